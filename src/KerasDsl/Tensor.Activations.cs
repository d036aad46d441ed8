namespace KerasDsl
{
    // The activations family applied to a tensor: x.Activation(...) is Keras's Activation(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Activation: applies a named activation ("relu", "softmax", ...). No weights.</summary>
        public Tensor Activation(string activation, bool trainable = true, string? name = null) =>
            Then(Keras.Activation(activation, trainable, name));

        /// <summary>keras.layers.ReLU: maxValue (null or 0 or more), negativeSlope and threshold (0 or more). No weights.</summary>
        public Tensor ReLU(double? maxValue = null, double negativeSlope = 0.0, double threshold = 0.0, bool trainable = true, string? name = null) =>
            Then(Keras.ReLU(maxValue, negativeSlope, threshold, trainable, name));

        /// <summary>keras.layers.LeakyReLU: negativeSlope 0 or more (Keras 2's alpha), default 0.3. No weights.</summary>
        public Tensor LeakyReLU(double negativeSlope = 0.3, bool trainable = true, string? name = null) =>
            Then(Keras.LeakyReLU(negativeSlope, trainable, name));

        /// <summary>keras.layers.PReLU: a trainable alpha of the input's shape, 1 along sharedAxes (1-based).</summary>
        public Tensor PReLU(Size sharedAxes = default, bool trainable = true, string? name = null) =>
            Then(Keras.PReLU(sharedAxes, trainable, name));

        /// <summary>keras.layers.ELU: alpha, default 1.0. No weights.</summary>
        public Tensor ELU(double alpha = 1.0, bool trainable = true, string? name = null) =>
            Then(Keras.ELU(alpha, trainable, name));

        /// <summary>keras.layers.Softmax: over axis (an axis or axes, default -1). No weights.</summary>
        public Tensor Softmax(Size axis = default, bool trainable = true, string? name = null) =>
            Then(Keras.Softmax(axis, trainable, name));
    }
}
