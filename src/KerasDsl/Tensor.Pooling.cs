namespace KerasDsl
{
    // The pooling family applied to a tensor: x.MaxPooling2D(...) is Keras's MaxPooling2D(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.MaxPooling1D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor MaxPooling1D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Then(Keras.MaxPooling1D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.MaxPooling2D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor MaxPooling2D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Then(Keras.MaxPooling2D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.MaxPooling3D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple; <c>default</c> is 2 on every axis.</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor MaxPooling3D(Size poolSize = default, Size strides = default, string padding = "valid",
            string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Then(Keras.MaxPooling3D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.AveragePooling1D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor AveragePooling1D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.AveragePooling1D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.AveragePooling2D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor AveragePooling2D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.AveragePooling2D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.AveragePooling3D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        /// <param name="poolSize">The window's size: n or a tuple (Keras 3 requires it).</param>
        /// <param name="strides">The step of the window: n or a tuple; <c>default</c> is poolSize.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor AveragePooling3D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.AveragePooling3D(poolSize, strides, padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.GlobalMaxPooling1D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GlobalMaxPooling1D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.GlobalMaxPooling1D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.GlobalMaxPooling2D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GlobalMaxPooling2D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.GlobalMaxPooling2D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.GlobalMaxPooling3D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GlobalMaxPooling3D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.GlobalMaxPooling3D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.GlobalAveragePooling1D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GlobalAveragePooling1D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.GlobalAveragePooling1D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.GlobalAveragePooling2D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GlobalAveragePooling2D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.GlobalAveragePooling2D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.GlobalAveragePooling3D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="keepdims">Whether the pooled spatial axes stay, with size 1.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GlobalAveragePooling3D(string? dataFormat = null, bool keepdims = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.GlobalAveragePooling3D(dataFormat, keepdims, activityRegularizer, trainable, dtype, name));
    }
}
