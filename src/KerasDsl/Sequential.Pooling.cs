namespace KerasDsl
{
    // keras.layers pooling family: MaxPooling, AveragePooling and their global forms, 1D to 3D.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.MaxPooling1D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public Sequential MaxPooling1D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.MaxPooling1D(poolSize, strides, padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.MaxPooling2D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public Sequential MaxPooling2D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.MaxPooling2D(poolSize, strides, padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.MaxPooling3D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public Sequential MaxPooling3D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.MaxPooling3D(poolSize, strides, padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.AveragePooling1D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public Sequential AveragePooling1D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.AveragePooling1D(poolSize, strides, padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.AveragePooling2D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public Sequential AveragePooling2D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.AveragePooling2D(poolSize, strides, padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.AveragePooling3D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public Sequential AveragePooling3D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.AveragePooling3D(poolSize, strides, padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.GlobalMaxPooling1D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Sequential GlobalMaxPooling1D(string? dataFormat = null, bool keepdims = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GlobalMaxPooling1D(dataFormat, keepdims, trainable, name), input);

        /// <summary>keras.layers.GlobalMaxPooling2D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Sequential GlobalMaxPooling2D(string? dataFormat = null, bool keepdims = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GlobalMaxPooling2D(dataFormat, keepdims, trainable, name), input);

        /// <summary>keras.layers.GlobalMaxPooling3D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Sequential GlobalMaxPooling3D(string? dataFormat = null, bool keepdims = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GlobalMaxPooling3D(dataFormat, keepdims, trainable, name), input);

        /// <summary>keras.layers.GlobalAveragePooling1D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Sequential GlobalAveragePooling1D(string? dataFormat = null, bool keepdims = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GlobalAveragePooling1D(dataFormat, keepdims, trainable, name), input);

        /// <summary>keras.layers.GlobalAveragePooling2D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Sequential GlobalAveragePooling2D(string? dataFormat = null, bool keepdims = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GlobalAveragePooling2D(dataFormat, keepdims, trainable, name), input);

        /// <summary>keras.layers.GlobalAveragePooling3D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Sequential GlobalAveragePooling3D(string? dataFormat = null, bool keepdims = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GlobalAveragePooling3D(dataFormat, keepdims, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.MaxPooling1D, for wrappers such as TimeDistributed: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public static LayerSpec MaxPooling1D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("MaxPooling1D", Args.A("poolSize", poolSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.MaxPooling2D, for wrappers such as TimeDistributed: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public static LayerSpec MaxPooling2D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("MaxPooling2D", Args.A("poolSize", poolSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.MaxPooling3D, for wrappers such as TimeDistributed: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public static LayerSpec MaxPooling3D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("MaxPooling3D", Args.A("poolSize", poolSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.AveragePooling1D, for wrappers such as TimeDistributed: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public static LayerSpec AveragePooling1D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("AveragePooling1D", Args.A("poolSize", poolSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.AveragePooling2D, for wrappers such as TimeDistributed: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public static LayerSpec AveragePooling2D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("AveragePooling2D", Args.A("poolSize", poolSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.AveragePooling3D, for wrappers such as TimeDistributed: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public static LayerSpec AveragePooling3D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("AveragePooling3D", Args.A("poolSize", poolSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GlobalMaxPooling1D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public static LayerSpec GlobalMaxPooling1D(string? dataFormat = null, bool keepdims = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("GlobalMaxPooling1D", Args.A("dataFormat", dataFormat), Args.A("keepdims", keepdims),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GlobalMaxPooling2D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public static LayerSpec GlobalMaxPooling2D(string? dataFormat = null, bool keepdims = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("GlobalMaxPooling2D", Args.A("dataFormat", dataFormat), Args.A("keepdims", keepdims),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GlobalMaxPooling3D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public static LayerSpec GlobalMaxPooling3D(string? dataFormat = null, bool keepdims = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("GlobalMaxPooling3D", Args.A("dataFormat", dataFormat), Args.A("keepdims", keepdims),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GlobalAveragePooling1D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public static LayerSpec GlobalAveragePooling1D(string? dataFormat = null, bool keepdims = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("GlobalAveragePooling1D", Args.A("dataFormat", dataFormat), Args.A("keepdims", keepdims),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GlobalAveragePooling2D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public static LayerSpec GlobalAveragePooling2D(string? dataFormat = null, bool keepdims = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("GlobalAveragePooling2D", Args.A("dataFormat", dataFormat), Args.A("keepdims", keepdims),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GlobalAveragePooling3D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public static LayerSpec GlobalAveragePooling3D(string? dataFormat = null, bool keepdims = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("GlobalAveragePooling3D", Args.A("dataFormat", dataFormat), Args.A("keepdims", keepdims),
                Args.A("trainable", trainable), Args.A("name", name));
    }
}
