namespace KerasDsl
{
    // The preprocessing family applied to a tensor: x.Rescaling(...) is Keras's Rescaling(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Rescaling: x * scale + offset, e.g. Rescaling(1.0 / 255). No weights.</summary>
        public Tensor Rescaling(double scale, double offset = 0.0, bool trainable = true, string? name = null) =>
            Then(Keras.Rescaling(scale, offset, trainable, name));

        /// <summary>keras.layers.Normalization: over axis (default -1); non-trainable mean, variance and count unless mean and variance are given.</summary>
        public Tensor Normalization(Size axis = default, double[]? mean = null, double[]? variance = null, bool invert = false,
            bool trainable = true, string? name = null) =>
            Then(Keras.Normalization(axis, mean, variance, invert, trainable, name));

        /// <summary>keras.layers.Resizing: images resized to (height, width). No weights.</summary>
        public Tensor Resizing(int height, int width, string interpolation = "bilinear", bool cropToAspectRatio = false,
            bool padToAspectRatio = false, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.Resizing(height, width, interpolation, cropToAspectRatio, padToAspectRatio, dataFormat, trainable, name));

        /// <summary>keras.layers.CenterCrop: the central (height, width) of images. No weights.</summary>
        public Tensor CenterCrop(int height, int width, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.CenterCrop(height, width, dataFormat, trainable, name));
    }
}
