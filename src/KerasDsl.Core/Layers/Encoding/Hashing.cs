namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Hashing (keras/src/layers/preprocessing/hashing.py): values hashed into <c>num_bins</c> bins
    /// (required, 1 or more). Its <c>compute_output_spec</c>: "int" keeps the input's shape; "one_hot", "multi_hot"
    /// and "count" replace the last dim with num_bins. <c>salt</c> is an int or a pair; <c>sparse</c> needs a mode
    /// other than "int", and "int" needs an integer dtype (when a dtype is given). No weights.
    /// </summary>
    internal sealed class Hashing : Layer
    {
        public static readonly LayerType Type = new LayerType("Hashing", a => new Hashing(a));

        private readonly long numBins;
        private readonly string outputMode;

        private Hashing(LayerArgs args) : base(args)
        {
            if (!args.Has("numBins"))
                throw args.Invalid("numBins", "a positive number of bins", "nothing", "pass numBins:, e.g. 64");
            numBins = args.PositiveInt("numBins");
            outputMode = args.String("outputMode", "int")!;
            if (outputMode == "int" && args.Raw("dtype") is { Kind: ArgKind.String } dtype && dtype.Text != "int32" && dtype.Text != "int64")
                throw args.Invalid("dtype", "'int32' or 'int64' with outputMode 'int'", dtype.ToString(), "leave dtype out, or pass \"int64\"");
            LookupRules.Option(args, "outputMode", outputMode, "int", "one_hot", "multi_hot", "count");
            if (args.Bool("sparse", false) && outputMode == "int")
                throw args.Invalid("sparse", "sparse: true only with outputMode 'one_hot', 'multi_hot' or 'count'", "outputMode 'int'", "leave sparse false, or pick another outputMode");
            var salt = args.Kept("salt");
            if (salt != null && !(salt.Kind == ArgKind.Int || (salt.Kind == ArgKind.Tuple && salt.Items.Count == 2)))
                throw args.Invalid("salt", "an integer or a tuple of 2 integers", salt.ToString(), "pass salt: e.g. 133 or (133, 137)");
            var mask = args.Kept("maskValue");
            if (mask != null && mask.Kind != ArgKind.String && mask.Kind != ArgKind.Int && mask.Kind != ArgKind.Float)
                throw args.Invalid("maskValue", "a value of the input (a string or a number), or null", mask.ToString(), "pass maskValue: e.g. \"\" or 0");
        }

        public override Shape ComputeOutputShape(Shape input) =>
            outputMode == "int" ? input : input.Slice(0, input.Rank - 1).Append(numBins);
    }
}
