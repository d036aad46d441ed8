namespace KerasDsl
{
    // The regularization family applied to a tensor: x.Dropout(...) is Keras's Dropout(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Dropout: rate in [0, 1]; noiseShape (batch dim included, null = the input's size). No weights.</summary>
        /// <param name="rate">The fraction of the input dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="noiseShape">The shape of the dropout mask, batch dim included, null for the input's size: (null, 1, 64) drops the same units at every step; <c>default</c> is the input's shape.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Dropout(double rate, InputShape noiseShape = default, int? seed = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.Dropout(rate, noiseShape, seed, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.SpatialDropout1D: drops whole channels of a (batch, steps, channels) input. No weights.</summary>
        /// <param name="rate">The fraction of the input dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor SpatialDropout1D(double rate, int? seed = null, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Then(Keras.SpatialDropout1D(rate, seed, trainable, dtype, name));

        /// <summary>keras.layers.SpatialDropout2D: drops whole channels of a rank-4 input. No weights.</summary>
        /// <param name="rate">The fraction of the input dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor SpatialDropout2D(double rate, string? dataFormat = null, int? seed = null, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.SpatialDropout2D(rate, dataFormat, seed, trainable, dtype, name));

        /// <summary>keras.layers.SpatialDropout3D: drops whole channels of a rank-5 input. No weights.</summary>
        /// <param name="rate">The fraction of the input dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor SpatialDropout3D(double rate, string? dataFormat = null, int? seed = null, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.SpatialDropout3D(rate, dataFormat, seed, trainable, dtype, name));

        /// <summary>keras.layers.GaussianNoise: adds noise of stddev in [0, 1] while training. No weights.</summary>
        /// <param name="stddev">The standard deviation of the noise added while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GaussianNoise(double stddev, int? seed = null, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.GaussianNoise(stddev, seed, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.GaussianDropout: multiplies by noise of mean 1 while training; rate in [0, 1]. No weights.</summary>
        /// <param name="rate">The fraction of the input dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GaussianDropout(double rate, int? seed = null, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.GaussianDropout(rate, seed, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.ActivityRegularization: adds l1/l2 penalties (0 or more) on the activity. No weights.</summary>
        /// <param name="l1">The L1 factor of the output's penalty.</param>
        /// <param name="l2">The L2 factor of the output's penalty.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor ActivityRegularization(double l1 = 0.0, double l2 = 0.0, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Then(Keras.ActivityRegularization(l1, l2, trainable, dtype, name));
    }
}
