namespace KerasDsl
{
    // The normalization family applied to a tensor: x.BatchNormalization(...) is Keras's BatchNormalization(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.BatchNormalization: gamma and beta trainable, moving mean and variance not, each of the axis dim (default -1).</summary>
        /// <param name="axis">The features axis; <c>default</c> is -1, the last.</param>
        /// <param name="momentum">The moving averages' momentum. Changes no count.</param>
        /// <param name="epsilon">The small number added to the variance. Changes no count.</param>
        /// <param name="center">Whether the layer has beta, an offset.</param>
        /// <param name="scale">Whether the layer has gamma, a scale.</param>
        /// <param name="betaInitializer">Beta's initializer; <c>default</c> is "zeros".</param>
        /// <param name="gammaInitializer">Gamma's initializer; <c>default</c> is "ones".</param>
        /// <param name="movingMeanInitializer">The moving mean's initializer; <c>default</c> is "zeros".</param>
        /// <param name="movingVarianceInitializer">The moving variance's initializer; <c>default</c> is "ones".</param>
        /// <param name="betaRegularizer">Beta's regularizer; <c>default</c> is none.</param>
        /// <param name="gammaRegularizer">Gamma's regularizer; <c>default</c> is none.</param>
        /// <param name="betaConstraint">Beta's constraint; <c>default</c> is none.</param>
        /// <param name="gammaConstraint">Gamma's constraint; <c>default</c> is none.</param>
        /// <param name="renorm">Batch renormalization: adds the non-trainable moving_stddev, renorm_mean and renorm_stddev.</param>
        /// <param name="renormMomentum">Renormalization's momentum. Changes no count.</param>
        /// <param name="synchronized">Whether the statistics are synchronized across devices (Keras 3: TensorFlow backend only). Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor BatchNormalization(Size axis = default, double momentum = 0.99, double epsilon = 1e-3, bool center = true,
            bool scale = true, Initializer betaInitializer = default, Initializer gammaInitializer = default,
            Initializer movingMeanInitializer = default, Initializer movingVarianceInitializer = default,
            Regularizer betaRegularizer = default, Regularizer gammaRegularizer = default, Constraint betaConstraint = default,
            Constraint gammaConstraint = default, bool renorm = false, double renormMomentum = 0.99, bool synchronized = false,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.BatchNormalization(axis, momentum, epsilon, center, scale, betaInitializer, gammaInitializer,
                movingMeanInitializer, movingVarianceInitializer, betaRegularizer, gammaRegularizer, betaConstraint,
                gammaConstraint, renorm, renormMomentum, synchronized, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.LayerNormalization: gamma and beta of the dims of axis (an axis or axes, default -1).</summary>
        /// <param name="axis">The axis or axes normalized; <c>default</c> is -1, the last.</param>
        /// <param name="epsilon">The small number added to the variance. Changes no count.</param>
        /// <param name="center">Whether the layer has beta, an offset.</param>
        /// <param name="scale">Whether the layer has gamma, a scale.</param>
        /// <param name="betaInitializer">Beta's initializer; <c>default</c> is "zeros".</param>
        /// <param name="gammaInitializer">Gamma's initializer; <c>default</c> is "ones".</param>
        /// <param name="betaRegularizer">Beta's regularizer; <c>default</c> is none.</param>
        /// <param name="gammaRegularizer">Gamma's regularizer; <c>default</c> is none.</param>
        /// <param name="betaConstraint">Beta's constraint; <c>default</c> is none.</param>
        /// <param name="gammaConstraint">Gamma's constraint; <c>default</c> is none.</param>
        /// <param name="rmsScaling">Deprecated: true keeps gamma only and scales by the variance, with Keras 3's warning (KD0025). Keras 3's RMSNormalization is what it meant.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor LayerNormalization(Size axis = default, double epsilon = 1e-3, bool center = true, bool scale = true,
            Initializer betaInitializer = default, Initializer gammaInitializer = default, Regularizer betaRegularizer = default,
            Regularizer gammaRegularizer = default, Constraint betaConstraint = default, Constraint gammaConstraint = default,
            bool rmsScaling = false, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Then(Keras.LayerNormalization(axis, epsilon, center, scale, betaInitializer, gammaInitializer, betaRegularizer,
                gammaRegularizer, betaConstraint, gammaConstraint, rmsScaling, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.GroupNormalization: the axis dim split into groups (a divisor of it, or -1); gamma and beta of the axis dim.</summary>
        /// <param name="groups">The number of groups the axis dim is split into (a divisor of it), or -1 for one per channel.</param>
        /// <param name="axis">The channels axis.</param>
        /// <param name="epsilon">The small number added to the variance. Changes no count.</param>
        /// <param name="center">Whether the layer has beta, an offset.</param>
        /// <param name="scale">Whether the layer has gamma, a scale.</param>
        /// <param name="betaInitializer">Beta's initializer; <c>default</c> is "zeros".</param>
        /// <param name="gammaInitializer">Gamma's initializer; <c>default</c> is "ones".</param>
        /// <param name="betaRegularizer">Beta's regularizer; <c>default</c> is none.</param>
        /// <param name="gammaRegularizer">Gamma's regularizer; <c>default</c> is none.</param>
        /// <param name="betaConstraint">Beta's constraint; <c>default</c> is none.</param>
        /// <param name="gammaConstraint">Gamma's constraint; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor GroupNormalization(int groups = 32, int axis = -1, double epsilon = 1e-3, bool center = true,
            bool scale = true, Initializer betaInitializer = default, Initializer gammaInitializer = default,
            Regularizer betaRegularizer = default, Regularizer gammaRegularizer = default, Constraint betaConstraint = default,
            Constraint gammaConstraint = default, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.GroupNormalization(groups, axis, epsilon, center, scale, betaInitializer, gammaInitializer,
                betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, activityRegularizer, trainable, dtype, name));

        /// <summary>keras.layers.UnitNormalization: L2-normalizes along axis (an axis or axes, default -1). No weights.</summary>
        /// <param name="axis">The axis or axes normalized; <c>default</c> is -1, the last.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor UnitNormalization(Size axis = default, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.UnitNormalization(axis, activityRegularizer, trainable, dtype, name));
    }
}
