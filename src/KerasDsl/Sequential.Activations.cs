namespace KerasDsl
{
    // keras.layers activations family: Activation, ReLU, LeakyReLU, PReLU, ELU, Softmax.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Activation: applies a named activation ("relu", "softmax", ...). No weights.</summary>
        public Sequential Activation(string activation, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Activation(activation, trainable, name), input);

        /// <summary>keras.layers.ReLU: maxValue (null or 0 or more), negativeSlope and threshold (0 or more). No weights.</summary>
        public Sequential ReLU(double? maxValue = null, double negativeSlope = 0.0, double threshold = 0.0,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ReLU(maxValue, negativeSlope, threshold, trainable, name), input);

        /// <summary>keras.layers.LeakyReLU: negativeSlope 0 or more (Keras 2's alpha), default 0.3. No weights.</summary>
        public Sequential LeakyReLU(double negativeSlope = 0.3, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.LeakyReLU(negativeSlope, trainable, name), input);

        /// <summary>keras.layers.PReLU: a trainable alpha of the input's shape, 1 along sharedAxes (1-based).</summary>
        public Sequential PReLU(Size sharedAxes = default, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.PReLU(sharedAxes, trainable, name), input);

        /// <summary>keras.layers.ELU: alpha, default 1.0. No weights.</summary>
        public Sequential ELU(double alpha = 1.0, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ELU(alpha, trainable, name), input);

        /// <summary>keras.layers.Softmax: over axis (an axis or axes, default -1). No weights.</summary>
        public Sequential Softmax(Size axis = default, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Softmax(axis, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Activation, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Activation(string activation, bool trainable = true, string? name = null) =>
            Args.Spec("Activation", Args.A("activation", activation), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.ReLU, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec ReLU(double? maxValue = null, double negativeSlope = 0.0, double threshold = 0.0, bool trainable = true, string? name = null) =>
            Args.Spec("ReLU", Args.A("maxValue", maxValue), Args.A("negativeSlope", negativeSlope), Args.A("threshold", threshold),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.LeakyReLU, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec LeakyReLU(double negativeSlope = 0.3, bool trainable = true, string? name = null) =>
            Args.Spec("LeakyReLU", Args.A("negativeSlope", negativeSlope), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.PReLU, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec PReLU(Size sharedAxes = default, bool trainable = true, string? name = null) =>
            Args.Spec("PReLU", Args.A("sharedAxes", sharedAxes), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.ELU, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec ELU(double alpha = 1.0, bool trainable = true, string? name = null) =>
            Args.Spec("ELU", Args.A("alpha", alpha), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Softmax, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Softmax(Size axis = default, bool trainable = true, string? name = null) =>
            Args.Spec("Softmax", Args.A("axis", axis), Args.A("trainable", trainable), Args.A("name", name));
    }
}
