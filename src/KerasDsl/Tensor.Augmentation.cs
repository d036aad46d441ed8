namespace KerasDsl
{
    // The image augmentation layers applied to a tensor: x.RandomFlip("horizontal") is Keras's RandomFlip("horizontal")(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.RandomFlip. Shape unchanged, no weights.</summary>
        public Tensor RandomFlip(string mode = "horizontal_and_vertical", int? seed = null, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.RandomFlip(mode, seed, dataFormat, trainable, name));

        /// <summary>keras.layers.RandomRotation. Shape unchanged, no weights.</summary>
        public Tensor RandomRotation(Factor factor, string fillMode = "reflect", string interpolation = "bilinear", int? seed = null,
            double fillValue = 0.0, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.RandomRotation(factor, fillMode, interpolation, seed, fillValue, dataFormat, trainable, name));

        /// <summary>keras.layers.RandomZoom. Shape unchanged, no weights.</summary>
        public Tensor RandomZoom(Factor heightFactor, Factor widthFactor = default, string fillMode = "reflect", string interpolation = "bilinear",
            int? seed = null, double fillValue = 0.0, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.RandomZoom(heightFactor, widthFactor, fillMode, interpolation, seed, fillValue, dataFormat, trainable, name));

        /// <summary>keras.layers.RandomTranslation. Shape unchanged, no weights.</summary>
        public Tensor RandomTranslation(Factor heightFactor, Factor widthFactor, string fillMode = "reflect", string interpolation = "bilinear",
            int? seed = null, double fillValue = 0.0, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.RandomTranslation(heightFactor, widthFactor, fillMode, interpolation, seed, fillValue, dataFormat, trainable, name));

        /// <summary>keras.layers.RandomContrast. Shape unchanged, no weights.</summary>
        public Tensor RandomContrast(Factor factor, (double, double)? valueRange = null, int? seed = null, string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Then(Keras.RandomContrast(factor, valueRange, seed, dataFormat, trainable, name));

        /// <summary>keras.layers.RandomBrightness. Shape unchanged, no weights.</summary>
        public Tensor RandomBrightness(Factor factor, (double, double)? valueRange = null, int? seed = null, string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Then(Keras.RandomBrightness(factor, valueRange, seed, dataFormat, trainable, name));

        /// <summary>keras.layers.RandomCrop: (height, width) windows. No weights.</summary>
        public Tensor RandomCrop(int height, int width, int? seed = null, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.RandomCrop(height, width, seed, dataFormat, trainable, name));
    }
}
