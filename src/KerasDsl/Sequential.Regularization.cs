namespace KerasDsl
{
    // keras.layers regularization family: Dropout, SpatialDropout1D/2D/3D, GaussianNoise,
    // GaussianDropout, ActivityRegularization.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Dropout: rate in [0, 1]; noiseShape (batch dim included, null = the input's size). No weights.</summary>
        public Sequential Dropout(double rate, InputShape noiseShape = default, int? seed = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Dropout(rate, noiseShape, seed, trainable, name), input);

        /// <summary>keras.layers.SpatialDropout1D: drops whole channels of a (batch, steps, channels) input. No weights.</summary>
        public Sequential SpatialDropout1D(double rate, int? seed = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.SpatialDropout1D(rate, seed, trainable, name), input);

        /// <summary>keras.layers.SpatialDropout2D: drops whole channels of a rank-4 input. No weights.</summary>
        public Sequential SpatialDropout2D(double rate, string? dataFormat = null, int? seed = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.SpatialDropout2D(rate, dataFormat, seed, trainable, name), input);

        /// <summary>keras.layers.SpatialDropout3D: drops whole channels of a rank-5 input. No weights.</summary>
        public Sequential SpatialDropout3D(double rate, string? dataFormat = null, int? seed = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.SpatialDropout3D(rate, dataFormat, seed, trainable, name), input);

        /// <summary>keras.layers.GaussianNoise: adds noise of stddev in [0, 1] while training. No weights.</summary>
        public Sequential GaussianNoise(double stddev, int? seed = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GaussianNoise(stddev, seed, trainable, name), input);

        /// <summary>keras.layers.GaussianDropout: multiplies by noise of mean 1 while training; rate in [0, 1]. No weights.</summary>
        public Sequential GaussianDropout(double rate, int? seed = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GaussianDropout(rate, seed, trainable, name), input);

        /// <summary>keras.layers.ActivityRegularization: adds l1/l2 penalties (0 or more) on the activity. No weights.</summary>
        public Sequential ActivityRegularization(double l1 = 0.0, double l2 = 0.0,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ActivityRegularization(l1, l2, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Dropout, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Dropout(double rate, InputShape noiseShape = default, int? seed = null, bool trainable = true, string? name = null) =>
            Args.Spec("Dropout", Args.A("rate", rate), Args.A("noiseShape", noiseShape), Args.A("seed", seed),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.SpatialDropout1D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec SpatialDropout1D(double rate, int? seed = null, bool trainable = true, string? name = null) =>
            Args.Spec("SpatialDropout1D", Args.A("rate", rate), Args.A("seed", seed), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.SpatialDropout2D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec SpatialDropout2D(double rate, string? dataFormat = null, int? seed = null, bool trainable = true, string? name = null) =>
            Args.Spec("SpatialDropout2D", Args.A("rate", rate), Args.A("dataFormat", dataFormat), Args.A("seed", seed),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.SpatialDropout3D, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec SpatialDropout3D(double rate, string? dataFormat = null, int? seed = null, bool trainable = true, string? name = null) =>
            Args.Spec("SpatialDropout3D", Args.A("rate", rate), Args.A("dataFormat", dataFormat), Args.A("seed", seed),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GaussianNoise, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec GaussianNoise(double stddev, int? seed = null, bool trainable = true, string? name = null) =>
            Args.Spec("GaussianNoise", Args.A("stddev", stddev), Args.A("seed", seed), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GaussianDropout, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec GaussianDropout(double rate, int? seed = null, bool trainable = true, string? name = null) =>
            Args.Spec("GaussianDropout", Args.A("rate", rate), Args.A("seed", seed), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.ActivityRegularization, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec ActivityRegularization(double l1 = 0.0, double l2 = 0.0, bool trainable = true, string? name = null) =>
            Args.Spec("ActivityRegularization", Args.A("l1", l1), Args.A("l2", l2), Args.A("trainable", trainable), Args.A("name", name));
    }
}
