namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.CategoryEncoding (keras/src/layers/preprocessing/category_encoding.py): integer indices in
    /// [0, num_tokens) to encodings of size <c>num_tokens</c> (required, 1 or more). Its <c>compute_output_shape</c>:
    /// "one_hot" appends the encoding to the input's shape, replacing a last dim of 1 (at rank 2 or more);
    /// "multi_hot" (default; "binary" is its old name) and "count" replace the last dim. No weights.
    /// </summary>
    internal sealed class CategoryEncoding : Layer
    {
        public static readonly LayerType Type = new LayerType("CategoryEncoding", a => new CategoryEncoding(a));

        private readonly long numTokens;
        private readonly string outputMode;

        private CategoryEncoding(LayerArgs args) : base(args)
        {
            outputMode = LookupRules.Canonical(args.String("outputMode", "multi_hot")!, tfIdfAlias: false);
            LookupRules.Option(args, "outputMode", outputMode, "count", "one_hot", "multi_hot");
            if (!args.Has("numTokens"))
                throw args.Invalid("numTokens", "the number of tokens (Keras: \"num_tokens must be set to use this layer\")", "nothing",
                    "pass numTokens:, or use IntegerLookup when the number of tokens is not known beforehand");
            numTokens = args.PositiveInt("numTokens");
            args.Bool("sparse", false);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (outputMode == "one_hot" && (input.Last != 1 || input.Rank == 1)) return input.Append(numTokens);
            return input.Slice(0, input.Rank - 1).Append(numTokens);
        }
    }
}
