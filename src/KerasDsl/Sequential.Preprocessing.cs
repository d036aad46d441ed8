using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.layers preprocessing family (keras/src/layers/preprocessing): Rescaling, Normalization, Resizing, CenterCrop.
    // Every argument of Keras 3's constructors, in their order (Resizing and CenterCrop also take their image base's
    // boundingBoxFormat), then the base Layer's.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Rescaling: x * scale + offset, e.g. Rescaling(1.0 / 255). No weights.</summary>
        /// <param name="scale">The factor, e.g. 1.0 / 255 (not 1 / 255, which is C#'s integer 0).</param>
        /// <param name="offset">The value added after scaling.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Rescaling(double scale, double offset = 0.0, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Rescaling(scale, offset, activityRegularizer, trainable, dtype, name), input);

        /// <summary>
        /// keras.layers.Normalization: (x - mean) / sqrt(variance) over axis (default -1). Without mean and variance it has
        /// non-trainable mean and variance of the axis sizes and a count (7 params over 3 channels); with them, none.
        /// </summary>
        /// <param name="axis">The axis or axes that keep their own mean and variance; <c>default</c> is -1, the last.</param>
        /// <param name="mean">The means, one per kept axis size (or one number); null to adapt them (weights then hold them).</param>
        /// <param name="variance">The variances, as mean.</param>
        /// <param name="invert">Whether the layer undoes the normalization (x * sqrt(variance) + mean).</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Normalization(Size axis = default, double[]? mean = null, double[]? variance = null,
            bool invert = false, InputShape input = default, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Add(Keras.Normalization(axis, mean, variance, invert, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.Resizing: images (batch, rows, cols, channels) resized to (height, width). No weights.</summary>
        /// <param name="height">The output's height.</param>
        /// <param name="width">The output's width.</param>
        /// <param name="interpolation">"bilinear", "nearest", "bicubic", "lanczos3", "lanczos5" or "area" (<see cref="Interpolation"/>).</param>
        /// <param name="cropToAspectRatio">Whether to crop the images to the target aspect ratio first.</param>
        /// <param name="padToAspectRatio">Whether to pad the images to the target aspect ratio first.</param>
        /// <param name="fillMode">How padding is filled: "constant", the only mode Keras 3's resize takes.</param>
        /// <param name="fillValue">The padding's value.</param>
        /// <param name="antialias">Whether downsampling uses an anti-aliasing filter. Changes no count.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="boundingBoxFormat">The format of bounding boxes transformed with the images ("xyxy", "yxyx", "xywh", "center_xywh", "center_yxhw", or their "rel_" forms); null for images only. Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Resizing(int height, int width, string interpolation = "bilinear", bool cropToAspectRatio = false,
            bool padToAspectRatio = false, string fillMode = "constant", double fillValue = 0.0, bool antialias = false,
            string? dataFormat = null, string? boundingBoxFormat = null, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Resizing(height, width, interpolation, cropToAspectRatio, padToAspectRatio, fillMode, fillValue, antialias,
                dataFormat, boundingBoxFormat, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.CenterCrop: the central (height, width) of images (batch, rows, cols, channels). No weights.</summary>
        /// <param name="height">The output's height.</param>
        /// <param name="width">The output's width.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="boundingBoxFormat">The format of bounding boxes transformed with the images ("xyxy", "yxyx", "xywh", "center_xywh", "center_yxhw", or their "rel_" forms); null for images only. Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential CenterCrop(int height, int width, string? dataFormat = null, string? boundingBoxFormat = null,
            InputShape input = default, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.CenterCrop(height, width, dataFormat, boundingBoxFormat, activityRegularizer, trainable, dtype,
                name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Rescaling, for wrappers such as TimeDistributed.</summary>
        /// <param name="scale">The factor, e.g. 1.0 / 255 (not 1 / 255, which is C#'s integer 0).</param>
        /// <param name="offset">The value added after scaling.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Rescaling(double scale, double offset = 0.0, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Rescaling", A("scale", scale), A("offset", offset), A("activityRegularizer", activityRegularizer),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Normalization, for wrappers such as TimeDistributed.</summary>
        /// <param name="axis">The axis or axes that keep their own mean and variance; <c>default</c> is -1, the last.</param>
        /// <param name="mean">The means, one per kept axis size (or one number); null to adapt them (weights then hold them).</param>
        /// <param name="variance">The variances, as mean.</param>
        /// <param name="invert">Whether the layer undoes the normalization (x * sqrt(variance) + mean).</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Normalization(Size axis = default, double[]? mean = null, double[]? variance = null,
            bool invert = false, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Spec("Normalization", A("axis", axis), A("mean", mean), A("variance", variance), A("invert", invert),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Resizing, for wrappers such as TimeDistributed.</summary>
        /// <param name="height">The output's height.</param>
        /// <param name="width">The output's width.</param>
        /// <param name="interpolation">"bilinear", "nearest", "bicubic", "lanczos3", "lanczos5" or "area" (<see cref="Interpolation"/>).</param>
        /// <param name="cropToAspectRatio">Whether to crop the images to the target aspect ratio first.</param>
        /// <param name="padToAspectRatio">Whether to pad the images to the target aspect ratio first.</param>
        /// <param name="fillMode">How padding is filled: "constant", the only mode Keras 3's resize takes.</param>
        /// <param name="fillValue">The padding's value.</param>
        /// <param name="antialias">Whether downsampling uses an anti-aliasing filter. Changes no count.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="boundingBoxFormat">The format of bounding boxes transformed with the images ("xyxy", "yxyx", "xywh", "center_xywh", "center_yxhw", or their "rel_" forms); null for images only. Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Resizing(int height, int width, string interpolation = "bilinear", bool cropToAspectRatio = false,
            bool padToAspectRatio = false, string fillMode = "constant", double fillValue = 0.0, bool antialias = false,
            string? dataFormat = null, string? boundingBoxFormat = null, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Resizing", A("height", height), A("width", width), A("interpolation", interpolation),
                A("cropToAspectRatio", cropToAspectRatio), A("padToAspectRatio", padToAspectRatio), A("fillMode", fillMode),
                A("fillValue", fillValue), A("antialias", antialias), A("dataFormat", dataFormat),
                A("boundingBoxFormat", boundingBoxFormat), A("activityRegularizer", activityRegularizer),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.CenterCrop, for wrappers such as TimeDistributed.</summary>
        /// <param name="height">The output's height.</param>
        /// <param name="width">The output's width.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="boundingBoxFormat">The format of bounding boxes transformed with the images ("xyxy", "yxyx", "xywh", "center_xywh", "center_yxhw", or their "rel_" forms); null for images only. Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec CenterCrop(int height, int width, string? dataFormat = null, string? boundingBoxFormat = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("CenterCrop", A("height", height), A("width", width), A("dataFormat", dataFormat),
                A("boundingBoxFormat", boundingBoxFormat), A("activityRegularizer", activityRegularizer),
                A("trainable", trainable), A("dtype", dtype), A("name", name));
    }
}
