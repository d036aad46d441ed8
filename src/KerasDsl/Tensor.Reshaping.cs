namespace KerasDsl
{
    // The reshaping family applied to a tensor: x.Flatten(...) is Keras's Flatten(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Flatten: (batch, d1, ..., dn) → (batch, d1·...·dn).</summary>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Flatten(string? dataFormat = null, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.Flatten(dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.Reshape: (batch, ...) → (batch, *targetShape); one size may be -1, inferred.</summary>
        /// <param name="targetShape">The output's shape without the batch dim; one size may be -1, inferred.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Reshape(Size targetShape, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.Reshape(targetShape, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.Permute: reorders the dims after the batch dim; dims is 1-based, e.g. (2, 1).</summary>
        /// <param name="dims">The new order of the dims after the batch dim, 1-based, e.g. (2, 1).</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Permute(Size dims, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Then(Keras.Permute(dims, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.RepeatVector: (batch, features) → (batch, n, features).</summary>
        /// <param name="n">How many times the input is repeated.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor RepeatVector(int n, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Then(Keras.RepeatVector(n, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.ZeroPadding1D: pads the steps axis by n or (before, after), default 1.</summary>
        /// <param name="padding">The zeros added: n or (before, after); <c>default</c> is 1.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor ZeroPadding1D(Margins padding = default, string? dataFormat = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.ZeroPadding1D(padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.ZeroPadding2D: pads rows and cols by n, (rows, cols) or ((top, bottom), (left, right)), default 1.</summary>
        /// <param name="padding">The zeros added: n, (rows, cols) or ((top, bottom), (left, right)); <c>default</c> is 1.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor ZeroPadding2D(Margins padding = default, string? dataFormat = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.ZeroPadding2D(padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.ZeroPadding3D: pads the three spatial axes by n, (a, b, c) or three (before, after) pairs, default 1.</summary>
        /// <param name="padding">The zeros added: n, (a, b, c) or three (before, after) pairs; <c>default</c> is 1.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor ZeroPadding3D(Margins padding = default, string? dataFormat = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.ZeroPadding3D(padding, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.Cropping1D: crops the steps axis by n or (before, after), default (1, 1).</summary>
        /// <param name="cropping">What is cut: n or (before, after); <c>default</c> is (1, 1).</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Cropping1D(Margins cropping = default, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.Cropping1D(cropping, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.Cropping2D: crops rows and cols by n, (rows, cols) or ((top, bottom), (left, right)), default 0.</summary>
        /// <param name="cropping">What is cut: n, (rows, cols) or ((top, bottom), (left, right)); <c>default</c> is 0.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Cropping2D(Margins cropping = default, string? dataFormat = null, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.Cropping2D(cropping, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.Cropping3D: crops the three spatial axes by n, (a, b, c) or three (before, after) pairs, default 1.</summary>
        /// <param name="cropping">What is cut: n, (a, b, c) or three (before, after) pairs; <c>default</c> is 1.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Cropping3D(Margins cropping = default, string? dataFormat = null, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.Cropping3D(cropping, dataFormat, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.UpSampling1D: repeats each step size times (default 2).</summary>
        /// <param name="size">How many times each step is repeated.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor UpSampling1D(int size = 2, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.UpSampling1D(size, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.UpSampling2D: rows and cols × size (n or (r, c), default (2, 2)); interpolation "nearest", "bilinear", ...</summary>
        /// <param name="size">The factors of rows and cols: n or (r, c); <c>default</c> is 2.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="interpolation">"nearest", "bilinear", "bicubic", "lanczos3", "lanczos5" or "area" (<see cref="Interpolation"/>).</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor UpSampling2D(Size size = default, string? dataFormat = null, string interpolation = "nearest",
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.UpSampling2D(size, dataFormat, interpolation, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.UpSampling3D: the three spatial dims × size (n or (a, b, c), default (2, 2, 2)).</summary>
        /// <param name="size">The factors of the three spatial dims: n or (a, b, c); <c>default</c> is 2.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor UpSampling3D(Size size = default, string? dataFormat = null, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.UpSampling3D(size, dataFormat, activityRegularizer, trainable, dtype, name));
    }
}
