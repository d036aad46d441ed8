namespace KerasDsl
{
    // The pooling family applied to a tensor: x.MaxPooling1D(...) is Keras's MaxPooling1D(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.MaxPooling1D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public Tensor MaxPooling1D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.MaxPooling1D(poolSize, strides, padding, dataFormat, trainable, name));

        /// <summary>keras.layers.MaxPooling2D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public Tensor MaxPooling2D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.MaxPooling2D(poolSize, strides, padding, dataFormat, trainable, name));

        /// <summary>keras.layers.MaxPooling3D: the maximum over windows of poolSize (default 2), moved by strides (default poolSize); no weights.</summary>
        public Tensor MaxPooling3D(Size poolSize = default, Size strides = default, string padding = "valid", string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.MaxPooling3D(poolSize, strides, padding, dataFormat, trainable, name));

        /// <summary>keras.layers.AveragePooling1D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public Tensor AveragePooling1D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.AveragePooling1D(poolSize, strides, padding, dataFormat, trainable, name));

        /// <summary>keras.layers.AveragePooling2D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public Tensor AveragePooling2D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.AveragePooling2D(poolSize, strides, padding, dataFormat, trainable, name));

        /// <summary>keras.layers.AveragePooling3D: the mean over windows of poolSize (required in Keras 3), moved by strides (default poolSize); no weights.</summary>
        public Tensor AveragePooling3D(Size poolSize, Size strides = default, string padding = "valid", string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.AveragePooling3D(poolSize, strides, padding, dataFormat, trainable, name));

        /// <summary>keras.layers.GlobalMaxPooling1D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Tensor GlobalMaxPooling1D(string? dataFormat = null, bool keepdims = false, bool trainable = true, string? name = null) =>
            Then(Keras.GlobalMaxPooling1D(dataFormat, keepdims, trainable, name));

        /// <summary>keras.layers.GlobalMaxPooling2D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Tensor GlobalMaxPooling2D(string? dataFormat = null, bool keepdims = false, bool trainable = true, string? name = null) =>
            Then(Keras.GlobalMaxPooling2D(dataFormat, keepdims, trainable, name));

        /// <summary>keras.layers.GlobalMaxPooling3D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Tensor GlobalMaxPooling3D(string? dataFormat = null, bool keepdims = false, bool trainable = true, string? name = null) =>
            Then(Keras.GlobalMaxPooling3D(dataFormat, keepdims, trainable, name));

        /// <summary>keras.layers.GlobalAveragePooling1D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Tensor GlobalAveragePooling1D(string? dataFormat = null, bool keepdims = false, bool trainable = true, string? name = null) =>
            Then(Keras.GlobalAveragePooling1D(dataFormat, keepdims, trainable, name));

        /// <summary>keras.layers.GlobalAveragePooling2D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Tensor GlobalAveragePooling2D(string? dataFormat = null, bool keepdims = false, bool trainable = true, string? name = null) =>
            Then(Keras.GlobalAveragePooling2D(dataFormat, keepdims, trainable, name));

        /// <summary>keras.layers.GlobalAveragePooling3D: (batch, spatial..., channels) → (batch, channels), or (batch, 1..., channels) with keepdims.</summary>
        public Tensor GlobalAveragePooling3D(string? dataFormat = null, bool keepdims = false, bool trainable = true, string? name = null) =>
            Then(Keras.GlobalAveragePooling3D(dataFormat, keepdims, trainable, name));
    }
}
