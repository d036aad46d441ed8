namespace KerasDsl
{
    // The embedding family applied to a tensor: x.Embedding(...) is Keras's Embedding(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Embedding: integer ids (batch, ...) → vectors (batch, ..., outputDim); weights (inputDim, outputDim).</summary>
        public Tensor Embedding(int inputDim, int outputDim, bool maskZero = false, bool trainable = true, string? name = null) =>
            Then(Keras.Embedding(inputDim, outputDim, maskZero, trainable, name));
    }
}
