namespace KerasDsl
{
    // The regularization family applied to a tensor: x.Dropout(...) is Keras's Dropout(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Dropout: rate in [0, 1]; noiseShape (batch dim included, null = the input's size). No weights.</summary>
        public Tensor Dropout(double rate, InputShape noiseShape = default, int? seed = null, bool trainable = true, string? name = null) =>
            Then(Keras.Dropout(rate, noiseShape, seed, trainable, name));

        /// <summary>keras.layers.SpatialDropout1D: drops whole channels of a (batch, steps, channels) input. No weights.</summary>
        public Tensor SpatialDropout1D(double rate, int? seed = null, bool trainable = true, string? name = null) =>
            Then(Keras.SpatialDropout1D(rate, seed, trainable, name));

        /// <summary>keras.layers.SpatialDropout2D: drops whole channels of a rank-4 input. No weights.</summary>
        public Tensor SpatialDropout2D(double rate, string? dataFormat = null, int? seed = null, bool trainable = true, string? name = null) =>
            Then(Keras.SpatialDropout2D(rate, dataFormat, seed, trainable, name));

        /// <summary>keras.layers.SpatialDropout3D: drops whole channels of a rank-5 input. No weights.</summary>
        public Tensor SpatialDropout3D(double rate, string? dataFormat = null, int? seed = null, bool trainable = true, string? name = null) =>
            Then(Keras.SpatialDropout3D(rate, dataFormat, seed, trainable, name));

        /// <summary>keras.layers.GaussianNoise: adds noise of stddev in [0, 1] while training. No weights.</summary>
        public Tensor GaussianNoise(double stddev, int? seed = null, bool trainable = true, string? name = null) =>
            Then(Keras.GaussianNoise(stddev, seed, trainable, name));

        /// <summary>keras.layers.GaussianDropout: multiplies by noise of mean 1 while training; rate in [0, 1]. No weights.</summary>
        public Tensor GaussianDropout(double rate, int? seed = null, bool trainable = true, string? name = null) =>
            Then(Keras.GaussianDropout(rate, seed, trainable, name));

        /// <summary>keras.layers.ActivityRegularization: adds l1/l2 penalties (0 or more) on the activity. No weights.</summary>
        public Tensor ActivityRegularization(double l1 = 0.0, double l2 = 0.0, bool trainable = true, string? name = null) =>
            Then(Keras.ActivityRegularization(l1, l2, trainable, name));
    }
}
