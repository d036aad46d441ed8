using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.layers.Embedding (core family, keras/src/layers/core/embedding.py), in its own file to keep Sequential.Core.cs
    // to Dense.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Embedding: integer ids (batch, ...) → vectors (batch, ..., outputDim); weights (inputDim, outputDim).</summary>
        /// <param name="inputDim">The vocabulary size: ids are in [0, inputDim).</param>
        /// <param name="outputDim">The size of each vector.</param>
        /// <param name="embeddingsInitializer">The embeddings' initializer; <c>default</c> is "uniform".</param>
        /// <param name="embeddingsRegularizer">The embeddings' regularizer; <c>default</c> is none.</param>
        /// <param name="embeddingsConstraint">The embeddings' constraint; <c>default</c> is none.</param>
        /// <param name="maskZero">Whether id 0 is padding, masked for the layers after.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the embeddings matrix is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="inputLength">Deprecated in Keras 3, which ignores it with a warning (KD0025): remove it; the input shape says the length.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Embedding(int inputDim, int outputDim, Initializer embeddingsInitializer = default,
            Regularizer embeddingsRegularizer = default, Constraint embeddingsConstraint = default, bool maskZero = false,
            int? loraRank = null, double? loraAlpha = null, int? inputLength = null, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Embedding(inputDim, outputDim, embeddingsInitializer, embeddingsRegularizer, embeddingsConstraint, maskZero,
                loraRank, loraAlpha, inputLength, activityRegularizer, trainable, dtype, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Embedding, for wrappers such as TimeDistributed.</summary>
        /// <param name="inputDim">The vocabulary size: ids are in [0, inputDim).</param>
        /// <param name="outputDim">The size of each vector.</param>
        /// <param name="embeddingsInitializer">The embeddings' initializer; <c>default</c> is "uniform".</param>
        /// <param name="embeddingsRegularizer">The embeddings' regularizer; <c>default</c> is none.</param>
        /// <param name="embeddingsConstraint">The embeddings' constraint; <c>default</c> is none.</param>
        /// <param name="maskZero">Whether id 0 is padding, masked for the layers after.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the embeddings matrix is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="inputLength">Deprecated in Keras 3, which ignores it with a warning (KD0025): remove it; the input shape says the length.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Embedding(int inputDim, int outputDim, Initializer embeddingsInitializer = default,
            Regularizer embeddingsRegularizer = default, Constraint embeddingsConstraint = default, bool maskZero = false,
            int? loraRank = null, double? loraAlpha = null, int? inputLength = null, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Embedding", A("inputDim", inputDim), A("outputDim", outputDim),
                A("embeddingsInitializer", embeddingsInitializer), A("embeddingsRegularizer", embeddingsRegularizer),
                A("embeddingsConstraint", embeddingsConstraint), A("maskZero", maskZero), A("loraRank", loraRank),
                A("loraAlpha", loraAlpha), A("inputLength", inputLength), A("activityRegularizer", activityRegularizer),
                A("trainable", trainable), A("dtype", dtype), A("name", name));
    }
}
