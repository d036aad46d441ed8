namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.StringLookup (keras/src/layers/preprocessing/string_lookup.py): strings to indices ("int", the
    /// input's shape) or to encodings of the vocabulary's size ("one_hot", "multi_hot", "count", "tf_idf"); see
    /// <see cref="IndexLookupLayer"/>. Its OOV token defaults to "[UNK]", its mask token to None; <c>encoding</c> only
    /// decodes strings. No weights.
    /// </summary>
    internal sealed class StringLookup : IndexLookupLayer
    {
        public static readonly LayerType Type = new LayerType("StringLookup", a => new StringLookup(a));

        private StringLookup(LayerArgs args) : base(args, Spec(args))
        {
        }

        private static LookupSpec Spec(LayerArgs args)
        {
            args.String("encoding", "utf-8");
            return new LookupSpec
            {
                MaxTokens = LookupRules.OptionalInt(args, "maxTokens"),
                NumOovIndices = args.Int("numOovIndices", 1),
                MaskToken = LookupRules.Token(args, "maskToken", null, integer: false),
                OovToken = LookupRules.Token(args, "oovToken", ArgValue.Of("[UNK]"), integer: false),
            };
        }
    }
}
