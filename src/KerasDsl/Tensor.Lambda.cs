namespace KerasDsl
{
    // Lambda applied to a tensor: x.Lambda((64,)) is Keras's Lambda(f, output_shape=(64,))(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Lambda with its output shape (without the batch dim) given. No weights.</summary>
        public Tensor Lambda(PartialShape outputShape, bool trainable = true, string? name = null) => Then(Keras.Lambda(outputShape, trainable, name));
    }
}
