namespace KerasDsl
{
    // keras.layers normalization family: BatchNormalization, LayerNormalization, GroupNormalization,
    // UnitNormalization.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.BatchNormalization: gamma and beta trainable, moving mean and variance not, each of the axis dim (default -1).</summary>
        public Sequential BatchNormalization(Size axis = default, double momentum = 0.99, double epsilon = 1e-3,
            bool center = true, bool scale = true, bool renorm = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.BatchNormalization(axis, momentum, epsilon, center, scale, renorm, trainable, name), input);

        /// <summary>keras.layers.LayerNormalization: gamma and beta of the dims of axis (an axis or axes, default -1).</summary>
        public Sequential LayerNormalization(Size axis = default, double epsilon = 1e-3, bool center = true, bool scale = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.LayerNormalization(axis, epsilon, center, scale, trainable, name), input);

        /// <summary>keras.layers.GroupNormalization: the axis dim split into groups (a divisor of it, or -1); gamma and beta of the axis dim.</summary>
        public Sequential GroupNormalization(int groups = 32, int axis = -1, double epsilon = 1e-3, bool center = true, bool scale = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GroupNormalization(groups, axis, epsilon, center, scale, trainable, name), input);

        /// <summary>keras.layers.UnitNormalization: L2-normalizes along axis (an axis or axes, default -1). No weights.</summary>
        public Sequential UnitNormalization(Size axis = default, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.UnitNormalization(axis, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.BatchNormalization, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec BatchNormalization(Size axis = default, double momentum = 0.99, double epsilon = 1e-3,
            bool center = true, bool scale = true, bool renorm = false, bool trainable = true, string? name = null) =>
            Args.Spec("BatchNormalization", Args.A("axis", axis), Args.A("momentum", momentum), Args.A("epsilon", epsilon),
                Args.A("center", center), Args.A("scale", scale), Args.A("renorm", renorm), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.LayerNormalization, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec LayerNormalization(Size axis = default, double epsilon = 1e-3, bool center = true, bool scale = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("LayerNormalization", Args.A("axis", axis), Args.A("epsilon", epsilon), Args.A("center", center), Args.A("scale", scale),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GroupNormalization, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec GroupNormalization(int groups = 32, int axis = -1, double epsilon = 1e-3, bool center = true, bool scale = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("GroupNormalization", Args.A("groups", groups), Args.A("axis", axis), Args.A("epsilon", epsilon), Args.A("center", center),
                Args.A("scale", scale), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.UnitNormalization, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec UnitNormalization(Size axis = default, bool trainable = true, string? name = null) =>
            Args.Spec("UnitNormalization", Args.A("axis", axis), Args.A("trainable", trainable), Args.A("name", name));
    }
}
