namespace KerasDsl
{
    // The normalization family applied to a tensor: x.BatchNormalization(...) is Keras's BatchNormalization(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.BatchNormalization: gamma and beta trainable, moving mean and variance not, each of the axis dim (default -1).</summary>
        public Tensor BatchNormalization(Size axis = default, double momentum = 0.99, double epsilon = 1e-3,
            bool center = true, bool scale = true, bool renorm = false, bool trainable = true, string? name = null) =>
            Then(Keras.BatchNormalization(axis, momentum, epsilon, center, scale, renorm, trainable, name));

        /// <summary>keras.layers.LayerNormalization: gamma and beta of the dims of axis (an axis or axes, default -1).</summary>
        public Tensor LayerNormalization(Size axis = default, double epsilon = 1e-3, bool center = true, bool scale = true, bool trainable = true, string? name = null) =>
            Then(Keras.LayerNormalization(axis, epsilon, center, scale, trainable, name));

        /// <summary>keras.layers.GroupNormalization: the axis dim split into groups (a divisor of it, or -1); gamma and beta of the axis dim.</summary>
        public Tensor GroupNormalization(int groups = 32, int axis = -1, double epsilon = 1e-3, bool center = true, bool scale = true, bool trainable = true, string? name = null) =>
            Then(Keras.GroupNormalization(groups, axis, epsilon, center, scale, trainable, name));

        /// <summary>keras.layers.UnitNormalization: L2-normalizes along axis (an axis or axes, default -1). No weights.</summary>
        public Tensor UnitNormalization(Size axis = default, bool trainable = true, string? name = null) =>
            Then(Keras.UnitNormalization(axis, trainable, name));
    }
}
