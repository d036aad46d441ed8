using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.layers pooling family (keras/src/layers/pooling): MaxPooling, AveragePooling and their global forms, 1D to 3D.
    // Every argument of Keras 3's constructors, in their order, then the base Layer's.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.MaxPooling1D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential MaxPooling1D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.MaxPooling1D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.MaxPooling2D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential MaxPooling2D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.MaxPooling2D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.MaxPooling3D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential MaxPooling3D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.MaxPooling3D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.AveragePooling1D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential AveragePooling1D(Size poolSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.AveragePooling1D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype,
                name), input);

        /// <summary>keras.layers.AveragePooling2D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential AveragePooling2D(Size poolSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.AveragePooling2D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype,
                name), input);

        /// <summary>keras.layers.AveragePooling3D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential AveragePooling3D(Size poolSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.AveragePooling3D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype,
                name), input);

        /// <summary>keras.layers.GlobalMaxPooling1D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential GlobalMaxPooling1D(string? dataFormat = null, bool keepdims = false, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.GlobalMaxPooling1D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.GlobalMaxPooling2D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential GlobalMaxPooling2D(string? dataFormat = null, bool keepdims = false, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.GlobalMaxPooling2D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.GlobalMaxPooling3D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential GlobalMaxPooling3D(string? dataFormat = null, bool keepdims = false, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.GlobalMaxPooling3D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.GlobalAveragePooling1D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential GlobalAveragePooling1D(string? dataFormat = null, bool keepdims = false, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.GlobalAveragePooling1D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.GlobalAveragePooling2D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential GlobalAveragePooling2D(string? dataFormat = null, bool keepdims = false, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.GlobalAveragePooling2D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.GlobalAveragePooling3D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential GlobalAveragePooling3D(string? dataFormat = null, bool keepdims = false, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.GlobalAveragePooling3D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.MaxPooling1D, for wrappers such as TimeDistributed: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec MaxPooling1D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Spec("MaxPooling1D", A("poolSize", poolSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.MaxPooling2D, for wrappers such as TimeDistributed: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec MaxPooling2D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Spec("MaxPooling2D", A("poolSize", poolSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.MaxPooling3D, for wrappers such as TimeDistributed: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec MaxPooling3D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Spec("MaxPooling3D", A("poolSize", poolSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.AveragePooling1D, for wrappers such as TimeDistributed: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec AveragePooling1D(Size poolSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Spec("AveragePooling1D", A("poolSize", poolSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.AveragePooling2D, for wrappers such as TimeDistributed: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec AveragePooling2D(Size poolSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Spec("AveragePooling2D", A("poolSize", poolSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.AveragePooling3D, for wrappers such as TimeDistributed: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec AveragePooling3D(Size poolSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Spec("AveragePooling3D", A("poolSize", poolSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.GlobalMaxPooling1D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec GlobalMaxPooling1D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("GlobalMaxPooling1D", A("dataFormat", dataFormat), A("keepdims", keepdims),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.GlobalMaxPooling2D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec GlobalMaxPooling2D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("GlobalMaxPooling2D", A("dataFormat", dataFormat), A("keepdims", keepdims),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.GlobalMaxPooling3D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec GlobalMaxPooling3D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("GlobalMaxPooling3D", A("dataFormat", dataFormat), A("keepdims", keepdims),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.GlobalAveragePooling1D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec GlobalAveragePooling1D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("GlobalAveragePooling1D", A("dataFormat", dataFormat), A("keepdims", keepdims),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.GlobalAveragePooling2D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec GlobalAveragePooling2D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("GlobalAveragePooling2D", A("dataFormat", dataFormat), A("keepdims", keepdims),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.GlobalAveragePooling3D, for wrappers such as TimeDistributed: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec GlobalAveragePooling3D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("GlobalAveragePooling3D", A("dataFormat", dataFormat), A("keepdims", keepdims),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));
    }
}
