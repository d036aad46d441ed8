namespace KerasDsl.Core
{
    /// <summary>
    /// What keras.layers.StringLookup and IntegerLookup share (keras/src/layers/preprocessing/index_lookup.py,
    /// IndexLookup): the arguments both read, checked by <see cref="LookupRules"/>, and the output shape of Keras
    /// 3.15's <c>compute_output_shape</c>. No weights: Keras 3 keeps the vocabulary in a lookup table and the TF-IDF
    /// weights in a plain tf.Variable, neither of them in <c>weights</c>.
    /// </summary>
    internal abstract class IndexLookupLayer : Layer
    {
        private readonly string outputMode;
        private readonly long? depth;

        private protected IndexLookupLayer(LayerArgs args, LookupSpec spec) : base(args)
        {
            spec.Vocabulary = LookupRules.ListOrPath(args, "vocabulary", pathAllowed: true);
            spec.IdfWeights = LookupRules.ListOrPath(args, "idfWeights", pathAllowed: false);
            spec.Invert = args.Bool("invert", false);
            spec.OutputMode = LookupRules.Canonical(args.String("outputMode", "int")!, tfIdfAlias: true);
            spec.Sparse = args.Bool("sparse", false);
            spec.PadToMaxTokens = args.Bool("padToMaxTokens", false);
            spec.OovMethod = args.String("oovMethod", "floormod")!;
            spec.Salt = args.Kept("salt");
            spec.VocabularySize = LookupRules.OptionalInt(args, "vocabularySize");
            outputMode = spec.OutputMode;
            depth = LookupRules.Check(args, spec, ClassName);
        }

        public override Shape ComputeOutputShape(Shape input) => LookupRules.OutputShape(input, outputMode, depth);
    }
}
