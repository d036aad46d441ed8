using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.layers activations family (keras/src/layers/activations): Activation, ReLU, LeakyReLU, PReLU, ELU, Softmax.
    // Every argument of Keras 3's constructors, in their order, then the base Layer's.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Activation: applies a named activation ("relu", "softmax", ...). No weights.</summary>
        /// <param name="activation">The activation: a Keras name (<see cref="Activations"/>).</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Activation(string activation, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Activation(activation, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.ReLU: maxValue (null or 0 or more), negativeSlope and threshold (0 or more). No weights.</summary>
        /// <param name="maxValue">The largest output, 0 or more; null for none.</param>
        /// <param name="negativeSlope">The slope below the threshold, 0 or more.</param>
        /// <param name="threshold">The value below which the slope applies, 0 or more.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential ReLU(double? maxValue = null, double negativeSlope = 0.0, double threshold = 0.0,
            InputShape input = default, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.ReLU(maxValue, negativeSlope, threshold, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.LeakyReLU: negativeSlope 0 or more (Keras 2's alpha, which Keras 3 still takes with a warning), default 0.3. No weights.</summary>
        /// <param name="negativeSlope">The slope below 0, 0 or more.</param>
        /// <param name="alpha">Deprecated: Keras 2's name of negativeSlope, which Keras 3 still takes with a warning (KD0025); given, it wins over negativeSlope. Write negativeSlope.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential LeakyReLU(double negativeSlope = 0.3, double? alpha = null, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.LeakyReLU(negativeSlope, alpha, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.PReLU: a trainable alpha of the input's shape, 1 along sharedAxes (1-based).</summary>
        /// <param name="alphaInitializer">The alpha weights' initializer; <c>default</c> is "Zeros".</param>
        /// <param name="alphaRegularizer">The alpha weights' regularizer; <c>default</c> is none.</param>
        /// <param name="alphaConstraint">The alpha weights' constraint; <c>default</c> is none.</param>
        /// <param name="sharedAxes">The axes (1-based, after the batch dim) along which alpha is shared, e.g. (1, 2) for images; <c>default</c> shares none.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential PReLU(Initializer alphaInitializer = default, Regularizer alphaRegularizer = default,
            Constraint alphaConstraint = default, Size sharedAxes = default, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.PReLU(alphaInitializer, alphaRegularizer, alphaConstraint, sharedAxes, activityRegularizer, trainable,
                dtype, name), input);

        /// <summary>keras.layers.ELU: alpha, default 1.0. No weights.</summary>
        /// <param name="alpha">The scale of the negative part.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential ELU(double alpha = 1.0, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.ELU(alpha, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.Softmax: over axis (an axis or axes, default -1). No weights.</summary>
        /// <param name="axis">The axis or axes normalized; <c>default</c> is -1, the last.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Softmax(Size axis = default, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Softmax(axis, activityRegularizer, trainable, dtype, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Activation, for wrappers such as TimeDistributed.</summary>
        /// <param name="activation">The activation: a Keras name (<see cref="Activations"/>).</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Activation(string activation, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Spec("Activation", A("activation", activation), A("activityRegularizer", activityRegularizer),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.ReLU, for wrappers such as TimeDistributed.</summary>
        /// <param name="maxValue">The largest output, 0 or more; null for none.</param>
        /// <param name="negativeSlope">The slope below the threshold, 0 or more.</param>
        /// <param name="threshold">The value below which the slope applies, 0 or more.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec ReLU(double? maxValue = null, double negativeSlope = 0.0, double threshold = 0.0,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("ReLU", A("maxValue", maxValue), A("negativeSlope", negativeSlope), A("threshold", threshold),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.LeakyReLU, for wrappers such as TimeDistributed.</summary>
        /// <param name="negativeSlope">The slope below 0, 0 or more.</param>
        /// <param name="alpha">Deprecated: Keras 2's name of negativeSlope, which Keras 3 still takes with a warning (KD0025); given, it wins over negativeSlope. Write negativeSlope.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec LeakyReLU(double negativeSlope = 0.3, double? alpha = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("LeakyReLU", A("negativeSlope", negativeSlope), A("alpha", alpha), A("activityRegularizer", activityRegularizer),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.PReLU, for wrappers such as TimeDistributed.</summary>
        /// <param name="alphaInitializer">The alpha weights' initializer; <c>default</c> is "Zeros".</param>
        /// <param name="alphaRegularizer">The alpha weights' regularizer; <c>default</c> is none.</param>
        /// <param name="alphaConstraint">The alpha weights' constraint; <c>default</c> is none.</param>
        /// <param name="sharedAxes">The axes (1-based, after the batch dim) along which alpha is shared, e.g. (1, 2) for images; <c>default</c> shares none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec PReLU(Initializer alphaInitializer = default, Regularizer alphaRegularizer = default,
            Constraint alphaConstraint = default, Size sharedAxes = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("PReLU", A("alphaInitializer", alphaInitializer), A("alphaRegularizer", alphaRegularizer),
                A("alphaConstraint", alphaConstraint), A("sharedAxes", sharedAxes), A("activityRegularizer", activityRegularizer),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.ELU, for wrappers such as TimeDistributed.</summary>
        /// <param name="alpha">The scale of the negative part.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec ELU(double alpha = 1.0, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Spec("ELU", A("alpha", alpha), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Softmax, for wrappers such as TimeDistributed.</summary>
        /// <param name="axis">The axis or axes normalized; <c>default</c> is -1, the last.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Softmax(Size axis = default, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Spec("Softmax", A("axis", axis), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));
    }
}
