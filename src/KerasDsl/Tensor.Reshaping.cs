namespace KerasDsl
{
    // The reshaping family applied to a tensor: x.Flatten(...) is Keras's Flatten(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Flatten: (batch, d1, ..., dn) → (batch, d1·...·dn).</summary>
        public Tensor Flatten(string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.Flatten(dataFormat, trainable, name));

        /// <summary>keras.layers.Reshape: (batch, ...) → (batch, *targetShape); one size may be -1, inferred.</summary>
        public Tensor Reshape(Size targetShape, bool trainable = true, string? name = null) =>
            Then(Keras.Reshape(targetShape, trainable, name));

        /// <summary>keras.layers.Permute: reorders the dims after the batch dim; dims is 1-based, e.g. (2, 1).</summary>
        public Tensor Permute(Size dims, bool trainable = true, string? name = null) =>
            Then(Keras.Permute(dims, trainable, name));

        /// <summary>keras.layers.RepeatVector: (batch, features) → (batch, n, features).</summary>
        public Tensor RepeatVector(int n, bool trainable = true, string? name = null) =>
            Then(Keras.RepeatVector(n, trainable, name));

        /// <summary>keras.layers.ZeroPadding1D: pads the steps axis by n or (before, after), default 1.</summary>
        public Tensor ZeroPadding1D(Margins padding = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.ZeroPadding1D(padding, dataFormat, trainable, name));

        /// <summary>keras.layers.ZeroPadding2D: pads rows and cols by n, (rows, cols) or ((top, bottom), (left, right)), default 1.</summary>
        public Tensor ZeroPadding2D(Margins padding = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.ZeroPadding2D(padding, dataFormat, trainable, name));

        /// <summary>keras.layers.ZeroPadding3D: pads the three spatial axes by n, (a, b, c) or three (before, after) pairs, default 1.</summary>
        public Tensor ZeroPadding3D(Margins padding = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.ZeroPadding3D(padding, dataFormat, trainable, name));

        /// <summary>keras.layers.Cropping1D: crops the steps axis by n or (before, after), default (1, 1).</summary>
        public Tensor Cropping1D(Margins cropping = default, bool trainable = true, string? name = null) =>
            Then(Keras.Cropping1D(cropping, trainable, name));

        /// <summary>keras.layers.Cropping2D: crops rows and cols by n, (rows, cols) or ((top, bottom), (left, right)), default 0.</summary>
        public Tensor Cropping2D(Margins cropping = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.Cropping2D(cropping, dataFormat, trainable, name));

        /// <summary>keras.layers.Cropping3D: crops the three spatial axes by n, (a, b, c) or three (before, after) pairs, default 1.</summary>
        public Tensor Cropping3D(Margins cropping = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.Cropping3D(cropping, dataFormat, trainable, name));

        /// <summary>keras.layers.UpSampling1D: repeats each step size times (default 2).</summary>
        public Tensor UpSampling1D(int size = 2, bool trainable = true, string? name = null) =>
            Then(Keras.UpSampling1D(size, trainable, name));

        /// <summary>keras.layers.UpSampling2D: rows and cols × size (n or (r, c), default (2, 2)); interpolation "nearest", "bilinear", ...</summary>
        public Tensor UpSampling2D(Size size = default, string? dataFormat = null, string interpolation = "nearest", bool trainable = true, string? name = null) =>
            Then(Keras.UpSampling2D(size, dataFormat, interpolation, trainable, name));

        /// <summary>keras.layers.UpSampling3D: the three spatial dims × size (n or (a, b, c), default (2, 2, 2)).</summary>
        public Tensor UpSampling3D(Size size = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Then(Keras.UpSampling3D(size, dataFormat, trainable, name));
    }
}
