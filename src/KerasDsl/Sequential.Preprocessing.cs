namespace KerasDsl
{
    // keras.layers preprocessing family: Rescaling, Normalization, Resizing, CenterCrop.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Rescaling: x * scale + offset, e.g. Rescaling(1.0 / 255). No weights.</summary>
        public Sequential Rescaling(double scale, double offset = 0.0, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Rescaling(scale, offset, trainable, name), input);

        /// <summary>
        /// keras.layers.Normalization: (x - mean) / sqrt(variance) over axis (default -1). Without mean and variance it has
        /// non-trainable mean and variance of the axis sizes and a count (7 params over 3 channels); with them, none.
        /// </summary>
        public Sequential Normalization(Size axis = default, double[]? mean = null, double[]? variance = null, bool invert = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Normalization(axis, mean, variance, invert, trainable, name), input);

        /// <summary>keras.layers.Resizing: images (batch, rows, cols, channels) resized to (height, width). No weights.</summary>
        public Sequential Resizing(int height, int width, string interpolation = "bilinear", bool cropToAspectRatio = false,
            bool padToAspectRatio = false, string? dataFormat = null, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Resizing(height, width, interpolation, cropToAspectRatio, padToAspectRatio, dataFormat, trainable, name), input);

        /// <summary>keras.layers.CenterCrop: the central (height, width) of images (batch, rows, cols, channels). No weights.</summary>
        public Sequential CenterCrop(int height, int width, string? dataFormat = null, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.CenterCrop(height, width, dataFormat, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Rescaling, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Rescaling(double scale, double offset = 0.0, bool trainable = true, string? name = null) =>
            Args.Spec("Rescaling", Args.A("scale", scale), Args.A("offset", offset), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Normalization, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Normalization(Size axis = default, double[]? mean = null, double[]? variance = null, bool invert = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("Normalization", Args.A("axis", axis), Args.A("mean", mean), Args.A("variance", variance), Args.A("invert", invert),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Resizing, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Resizing(int height, int width, string interpolation = "bilinear", bool cropToAspectRatio = false,
            bool padToAspectRatio = false, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("Resizing", Args.A("height", height), Args.A("width", width), Args.A("interpolation", interpolation),
                Args.A("cropToAspectRatio", cropToAspectRatio), Args.A("padToAspectRatio", padToAspectRatio), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.CenterCrop, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec CenterCrop(int height, int width, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("CenterCrop", Args.A("height", height), Args.A("width", width), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));
    }
}
