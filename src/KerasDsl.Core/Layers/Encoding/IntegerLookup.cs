namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.IntegerLookup (keras/src/layers/preprocessing/integer_lookup.py): integers to indices or encodings,
    /// as <see cref="StringLookup"/>. Its OOV token defaults to -1; its own checks come first (max_tokens above 1,
    /// num_oov_indices of 0 or more, vocabulary_dtype "int64" only), then IndexLookup's, where a salt needs
    /// oov_method "farmhash". No weights.
    /// </summary>
    internal sealed class IntegerLookup : IndexLookupLayer
    {
        public static readonly LayerType Type = new LayerType("IntegerLookup", a => new IntegerLookup(a));

        private IntegerLookup(LayerArgs args) : base(args, Spec(args))
        {
        }

        private static LookupSpec Spec(LayerArgs args)
        {
            string dtype = args.String("vocabularyDtype", "int64")!;
            if (dtype != "int64")
                throw args.Invalid("vocabularyDtype", "'int64' (Keras: \"Only vocabulary_dtype='int64' is supported\")", "'" + dtype + "'", "leave vocabularyDtype out");
            return new LookupSpec
            {
                MaxTokens = LookupRules.OptionalInt(args, "maxTokens"),
                NumOovIndices = args.Int("numOovIndices", 1),
                MaskToken = LookupRules.Token(args, "maskToken", null, integer: true),
                OovToken = LookupRules.Token(args, "oovToken", ArgValue.Of(-1L), integer: true),
                IntegerTokens = true,
            };
        }
    }
}
