namespace KerasDsl
{
    // keras.layers attention family (keras/src/layers/attention): layers applied to several tensors, as Keras's layer
    // objects are: MultiHeadAttention(8, 64).Apply(query, value), Attention().Apply(query, value). No Sequential method:
    // a Sequential gives a layer one tensor.
    public static partial class Keras
    {
        /// <summary>
        /// keras.layers.MultiHeadAttention: apply it to (query, value) or (query, value, key). Weights: query, key and
        /// value projections to (numHeads, keyDim) / (numHeads, valueDim, default keyDim), with useGate a gate projection
        /// of the query to (numHeads, valueDim), and an output projection back to the query's last dim (or outputShape),
        /// each with a bias unless useBias is false. slidingWindow only masks.
        /// </summary>
        public static LayerSpec MultiHeadAttention(int numHeads, int keyDim, int? valueDim = null, double dropout = 0.0, bool useBias = true,
            Size outputShape = default, Size attentionAxes = default, int? slidingWindow = null, bool useGate = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("MultiHeadAttention", Args.A("numHeads", numHeads), Args.A("keyDim", keyDim), Args.A("valueDim", valueDim),
                Args.A("dropout", dropout), Args.A("useBias", useBias), Args.A("outputShape", outputShape), Args.A("attentionAxes", attentionAxes),
                Args.A("slidingWindow", slidingWindow), Args.A("useGate", useGate), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>
        /// keras.layers.Attention (Luong-style): apply it to (query, value) or (query, value, key); output (*query[:-1],
        /// value[-1]). Weights: a scalar scale with useScale, a scalar concat_score_weight with scoreMode "concat".
        /// </summary>
        public static LayerSpec Attention(bool useScale = false, string scoreMode = "dot", double dropout = 0.0, bool trainable = true, string? name = null) =>
            Args.Spec("Attention", Args.A("useScale", useScale), Args.A("scoreMode", scoreMode), Args.A("dropout", dropout),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>
        /// keras.layers.AdditiveAttention (Bahdanau-style): apply it to (query, value) or (query, value, key); output
        /// (*query[:-1], value[-1]). Weights: with useScale (the default) a scale of the query's last dim.
        /// </summary>
        public static LayerSpec AdditiveAttention(bool useScale = true, double dropout = 0.0, bool trainable = true, string? name = null) =>
            Args.Spec("AdditiveAttention", Args.A("useScale", useScale), Args.A("dropout", dropout), Args.A("trainable", trainable), Args.A("name", name));
    }
}
