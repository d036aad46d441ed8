using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.layers attention family (keras/src/layers/attention): layers applied to several tensors, as Keras's layer
    // objects are: MultiHeadAttention(8, 64).Apply(query, value), Attention().Apply(query, value). No Sequential method:
    // a Sequential gives a layer one tensor. Every argument of Keras 3's constructors, in their order (AdditiveAttention's
    // seed is passed on to Attention), then the base Layer's.
    public static partial class Keras
    {
        /// <summary>
        /// keras.layers.MultiHeadAttention: apply it to (query, value) or (query, value, key). Weights: query, key and
        /// value projections to (numHeads, keyDim) / (numHeads, valueDim, default keyDim), with useGate a gate projection
        /// of the query to (numHeads, valueDim), and an output projection back to the query's last dim (or outputShape),
        /// each with a bias unless useBias is false. slidingWindow only masks.
        /// </summary>
        /// <param name="numHeads">The number of attention heads.</param>
        /// <param name="keyDim">The size of each head for query and key.</param>
        /// <param name="valueDim">The size of each head for value; null is keyDim.</param>
        /// <param name="dropout">The fraction of the attention scores dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="useBias">Whether the projections have biases.</param>
        /// <param name="outputShape">The output's last dims; <c>default</c> is the query's last dim.</param>
        /// <param name="attentionAxes">The axes attention runs over (batch and heads excluded); <c>default</c> is every axis between batch and features.</param>
        /// <param name="slidingWindow">Each query attends only to keys this close; null for all. Changes no count.</param>
        /// <param name="flashAttention">Whether flash attention runs it: true, false, or null for whenever the backend can. Changes no count.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="useGate">Whether a gate projection of the query multiplies the attention output.</param>
        /// <param name="seed">The seed of the attention dropout, or null for a random one. Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec MultiHeadAttention(int numHeads, int keyDim, int? valueDim = null, double dropout = 0.0,
            bool useBias = true, Size outputShape = default, Size attentionAxes = default, int? slidingWindow = null,
            bool? flashAttention = null, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            bool useGate = false, int? seed = null, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("MultiHeadAttention", A("numHeads", numHeads), A("keyDim", keyDim), A("valueDim", valueDim),
                A("dropout", dropout), A("useBias", useBias), A("outputShape", outputShape), A("attentionAxes", attentionAxes),
                A("slidingWindow", slidingWindow), A("flashAttention", flashAttention), A("kernelInitializer", kernelInitializer),
                A("biasInitializer", biasInitializer), A("kernelRegularizer", kernelRegularizer),
                A("biasRegularizer", biasRegularizer), A("activityRegularizer", activityRegularizer),
                A("kernelConstraint", kernelConstraint), A("biasConstraint", biasConstraint), A("useGate", useGate),
                A("seed", seed), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>
        /// keras.layers.Attention (Luong-style): apply it to (query, value) or (query, value, key); output (*query[:-1],
        /// value[-1]). Weights: a scalar scale with useScale, a scalar concat_score_weight with scoreMode "concat".
        /// </summary>
        /// <param name="useScale">Whether a trainable scalar scales the scores.</param>
        /// <param name="scoreMode">"dot" or "concat" (which adds a trainable scalar).</param>
        /// <param name="dropout">The fraction of the attention scores dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The seed of the attention dropout, or null for a random one. Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Attention(bool useScale = false, string scoreMode = "dot", double dropout = 0.0, int? seed = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Attention", A("useScale", useScale), A("scoreMode", scoreMode), A("dropout", dropout), A("seed", seed),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>
        /// keras.layers.AdditiveAttention (Bahdanau-style): apply it to (query, value) or (query, value, key); output
        /// (*query[:-1], value[-1]). Weights: with useScale (the default) a scale of the query's last dim.
        /// </summary>
        /// <param name="useScale">Whether a trainable scale of the query's last dim scales the scores.</param>
        /// <param name="dropout">The fraction of the attention scores dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The seed of the attention dropout, or null for a random one. Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec AdditiveAttention(bool useScale = true, double dropout = 0.0, int? seed = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("AdditiveAttention", A("useScale", useScale), A("dropout", dropout), A("seed", seed),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));
    }
}
