namespace KerasDsl
{
    // The preprocessing family applied to a tensor: x.Rescaling(...) is Keras's Rescaling(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Rescaling: x * scale + offset, e.g. Rescaling(1.0 / 255). No weights.</summary>
        public Tensor Rescaling(double scale, double offset = 0.0, bool trainable = true, string? name = null) =>
            Then(Keras.Rescaling(scale, offset, trainable, name));
    }
}
