namespace KerasDsl
{
    // keras.layers.Embedding (core family), in its own file to keep Sequential.Core.cs to Dense.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Embedding: integer ids (batch, ...) → vectors (batch, ..., outputDim); weights (inputDim, outputDim).</summary>
        public Sequential Embedding(int inputDim, int outputDim, bool maskZero = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Embedding(inputDim, outputDim, maskZero, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Embedding, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Embedding(int inputDim, int outputDim, bool maskZero = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("Embedding", Args.A("inputDim", inputDim), Args.A("outputDim", outputDim),
                Args.A("maskZero", maskZero), Args.A("trainable", trainable), Args.A("name", name));
    }
}
