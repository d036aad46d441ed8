namespace KerasDsl
{
    // The activations family applied to a tensor: x.Activation(...) is Keras's Activation(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Activation: applies a named activation ("relu", "softmax", ...). No weights.</summary>
        /// <param name="activation">The activation: a Keras name (<see cref="Activations"/>).</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Activation(string activation, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.Activation(activation, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.ReLU: maxValue (null or 0 or more), negativeSlope and threshold (0 or more). No weights.</summary>
        /// <param name="maxValue">The largest output, 0 or more; null for none.</param>
        /// <param name="negativeSlope">The slope below the threshold, 0 or more.</param>
        /// <param name="threshold">The value below which the slope applies, 0 or more.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor ReLU(double? maxValue = null, double negativeSlope = 0.0, double threshold = 0.0,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.ReLU(maxValue, negativeSlope, threshold, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.LeakyReLU: negativeSlope 0 or more (Keras 2's alpha, which Keras 3 still takes with a warning), default 0.3. No weights.</summary>
        /// <param name="negativeSlope">The slope below 0, 0 or more.</param>
        /// <param name="alpha">Deprecated: Keras 2's name of negativeSlope, which Keras 3 still takes with a warning (KD0025); given, it wins over negativeSlope. Write negativeSlope.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor LeakyReLU(double negativeSlope = 0.3, double? alpha = null, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.LeakyReLU(negativeSlope, alpha, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.PReLU: a trainable alpha of the input's shape, 1 along sharedAxes (1-based).</summary>
        /// <param name="alphaInitializer">The alpha weights' initializer; <c>default</c> is "Zeros".</param>
        /// <param name="alphaRegularizer">The alpha weights' regularizer; <c>default</c> is none.</param>
        /// <param name="alphaConstraint">The alpha weights' constraint; <c>default</c> is none.</param>
        /// <param name="sharedAxes">The axes (1-based, after the batch dim) along which alpha is shared, e.g. (1, 2) for images; <c>default</c> shares none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor PReLU(Initializer alphaInitializer = default, Regularizer alphaRegularizer = default,
            Constraint alphaConstraint = default, Size sharedAxes = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.PReLU(alphaInitializer, alphaRegularizer, alphaConstraint, sharedAxes, activityRegularizer, trainable,
                dtype, name));

        /// <summary>keras.layers.ELU: alpha, default 1.0. No weights.</summary>
        /// <param name="alpha">The scale of the negative part.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor ELU(double alpha = 1.0, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.ELU(alpha, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.Softmax: over axis (an axis or axes, default -1). No weights.</summary>
        /// <param name="axis">The axis or axes normalized; <c>default</c> is -1, the last.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Softmax(Size axis = default, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.Softmax(axis, activityRegularizer, trainable, dtype, name));
    }
}
