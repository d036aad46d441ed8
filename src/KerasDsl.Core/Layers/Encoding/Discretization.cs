using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Discretization (keras/src/layers/preprocessing/discretization.py): numbers to the index of their
    /// bin. Exactly one of <c>bin_boundaries</c> (a list of numbers: len + 1 bins) and <c>num_bins</c> (0 or more, the
    /// bins <c>adapt()</c> will find). Keras 3.15's <c>compute_output_shape</c>: "int" keeps the input's shape;
    /// "one_hot" appends the bins (replacing a last dim of 1 at rank 2 or more); "multi_hot" and "count" drop the
    /// second dim and append the bins, (batch, ..., bins), or give (bins) for a rank-1 input. No weights (the quantile
    /// summary is a NumPy array, not a variable).
    /// </summary>
    internal sealed class Discretization : Layer
    {
        public static readonly LayerType Type = new LayerType("Discretization", a => new Discretization(a));

        private readonly string outputMode;
        private readonly long depth;

        private Discretization(LayerArgs args) : base(args)
        {
            bool sparse = args.Bool("sparse", false);
            outputMode = args.String("outputMode", "int")!;
            if (sparse && outputMode == "int")
                throw args.Invalid("sparse", "sparse: true only with outputMode 'one_hot', 'multi_hot' or 'count'", "outputMode 'int'", "leave sparse false, or pick another outputMode");
            LookupRules.Option(args, "outputMode", outputMode, "int", "one_hot", "multi_hot", "count");
            var boundaries = args.Kept("binBoundaries");
            if (boundaries != null && !(boundaries.Kind == ArgKind.Tuple && boundaries.Items.All(b => b.Kind == ArgKind.Int || b.Kind == ArgKind.Float)))
                throw args.Invalid("binBoundaries", "a list of numbers", boundaries.ToString(), "pass binBoundaries: e.g. [0.0, 1.0, 2.0] (four bins)");
            long? numBins = LookupRules.OptionalInt(args, "numBins");
            if (numBins < 0)
                throw args.Invalid("numBins", "0 or more", LookupRules.Str(numBins.Value), "pass numBins: the number of bins adapt() should find");
            if (numBins != null && boundaries != null)
                throw args.Invalid("numBins", "either numBins or binBoundaries, not both", $"numBins {LookupRules.Str(numBins.Value)} and binBoundaries {boundaries}",
                    "pass binBoundaries: for fixed bins, or numBins: for bins adapt() finds");
            if (numBins == null && boundaries == null)
                throw args.Invalid("binBoundaries", "binBoundaries or numBins", "neither", "pass binBoundaries: e.g. [0.0, 1.0] or numBins: e.g. 4");
            args.Float("epsilon", 0.01);
            depth = boundaries != null ? boundaries.Items.Count + 1 : numBins!.Value;
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (outputMode == "int") return input;
            if (outputMode == "one_hot")
                return input.Rank > 1 && input.Last == 1 ? input.Slice(0, input.Rank - 1).Append(depth) : input.Append(depth);
            // "Match to eager tensor, remove second and append depth".
            return input.Rank >= 2 ? new Shape(input[0]).Append(input.Slice(2, input.Rank).Dims.ToArray()).Append(depth) : new Shape(depth);
        }
    }
}
