namespace KerasDsl
{
    // keras.layers reshaping family: Flatten, Reshape, Permute, RepeatVector, ZeroPadding1D/2D/3D,
    // Cropping1D/2D/3D, UpSampling1D/2D/3D.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Flatten: (batch, d1, ..., dn) → (batch, d1·...·dn).</summary>
        public Sequential Flatten(string? dataFormat = null, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Flatten(dataFormat, trainable, name), input);

        /// <summary>keras.layers.Reshape: (batch, ...) → (batch, *targetShape); one size may be -1, inferred.</summary>
        public Sequential Reshape(Size targetShape, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Reshape(targetShape, trainable, name), input);

        /// <summary>keras.layers.Permute: reorders the dims after the batch dim; dims is 1-based, e.g. (2, 1).</summary>
        public Sequential Permute(Size dims, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Permute(dims, trainable, name), input);

        /// <summary>keras.layers.RepeatVector: (batch, features) → (batch, n, features).</summary>
        public Sequential RepeatVector(int n, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.RepeatVector(n, trainable, name), input);

        /// <summary>keras.layers.ZeroPadding1D: pads the steps axis by n or (before, after), default 1.</summary>
        public Sequential ZeroPadding1D(Margins padding = default, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ZeroPadding1D(padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.ZeroPadding2D: pads rows and cols by n, (rows, cols) or ((top, bottom), (left, right)), default 1.</summary>
        public Sequential ZeroPadding2D(Margins padding = default, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ZeroPadding2D(padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.ZeroPadding3D: pads the three spatial axes by n, (a, b, c) or three (before, after) pairs, default 1.</summary>
        public Sequential ZeroPadding3D(Margins padding = default, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ZeroPadding3D(padding, dataFormat, trainable, name), input);

        /// <summary>keras.layers.Cropping1D: crops the steps axis by n or (before, after), default (1, 1).</summary>
        public Sequential Cropping1D(Margins cropping = default,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Cropping1D(cropping, trainable, name), input);

        /// <summary>keras.layers.Cropping2D: crops rows and cols by n, (rows, cols) or ((top, bottom), (left, right)), default 0.</summary>
        public Sequential Cropping2D(Margins cropping = default, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Cropping2D(cropping, dataFormat, trainable, name), input);

        /// <summary>keras.layers.Cropping3D: crops the three spatial axes by n, (a, b, c) or three (before, after) pairs, default 1.</summary>
        public Sequential Cropping3D(Margins cropping = default, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Cropping3D(cropping, dataFormat, trainable, name), input);

        /// <summary>keras.layers.UpSampling1D: repeats each step size times (default 2).</summary>
        public Sequential UpSampling1D(int size = 2, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.UpSampling1D(size, trainable, name), input);

        /// <summary>keras.layers.UpSampling2D: rows and cols × size (n or (r, c), default (2, 2)); interpolation "nearest", "bilinear", ...</summary>
        public Sequential UpSampling2D(Size size = default, string? dataFormat = null, string interpolation = "nearest",
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.UpSampling2D(size, dataFormat, interpolation, trainable, name), input);

        /// <summary>keras.layers.UpSampling3D: the three spatial dims × size (n or (a, b, c), default (2, 2, 2)).</summary>
        public Sequential UpSampling3D(Size size = default, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.UpSampling3D(size, dataFormat, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Flatten, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Flatten(string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("Flatten", Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Reshape, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Reshape(Size targetShape, bool trainable = true, string? name = null) =>
            Args.Spec("Reshape", Args.A("targetShape", targetShape), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Permute, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Permute(Size dims, bool trainable = true, string? name = null) =>
            Args.Spec("Permute", Args.A("dims", dims), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.RepeatVector, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec RepeatVector(int n, bool trainable = true, string? name = null) =>
            Args.Spec("RepeatVector", Args.A("n", n), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.ZeroPadding1D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec ZeroPadding1D(Margins padding = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("ZeroPadding1D", Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.ZeroPadding2D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec ZeroPadding2D(Margins padding = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("ZeroPadding2D", Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.ZeroPadding3D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec ZeroPadding3D(Margins padding = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("ZeroPadding3D", Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Cropping1D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Cropping1D(Margins cropping = default, bool trainable = true, string? name = null) =>
            Args.Spec("Cropping1D", Args.A("cropping", cropping), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Cropping2D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Cropping2D(Margins cropping = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("Cropping2D", Args.A("cropping", cropping), Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Cropping3D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Cropping3D(Margins cropping = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("Cropping3D", Args.A("cropping", cropping), Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.UpSampling1D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec UpSampling1D(int size = 2, bool trainable = true, string? name = null) =>
            Args.Spec("UpSampling1D", Args.A("size", size), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.UpSampling2D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec UpSampling2D(Size size = default, string? dataFormat = null, string interpolation = "nearest", bool trainable = true, string? name = null) =>
            Args.Spec("UpSampling2D", Args.A("size", size), Args.A("dataFormat", dataFormat), Args.A("interpolation", interpolation),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.UpSampling3D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec UpSampling3D(Size size = default, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("UpSampling3D", Args.A("size", size), Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));
    }
}
