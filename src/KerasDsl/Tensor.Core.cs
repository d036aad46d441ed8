namespace KerasDsl
{
    // The core family applied to a tensor: x.Dense(...) is Keras's Dense(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Dense: kernel (in, units) and bias (units).</summary>
        /// <param name="units">The output's last dim: a positive integer.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the kernel is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Dense(int units, string? activation = null, bool useBias = true, Initializer kernelInitializer = default,
            Initializer biasInitializer = default, Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.Dense(units, activation, useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer,
                activityRegularizer, kernelConstraint, biasConstraint, loraRank, loraAlpha, trainable, dtype, name));

        /// <summary>keras.layers.EinsumDense: einsum(equation, x, kernel) plus a bias over biasAxes; outputShape without the batch dim.</summary>
        /// <param name="equation">The einsum equation of the input and the kernel, e.g. "abc,cd->abd".</param>
        /// <param name="outputShape">The output's shape without the batch dim; null for a size the input gives.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="biasAxes">The output letters the bias spans, e.g. "d"; null for no bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the kernel is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor EinsumDense(string equation, PartialShape outputShape, string? activation = null, string? biasAxes = null,
            Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default, Constraint kernelConstraint = default,
            Constraint biasConstraint = default, int? loraRank = null, double? loraAlpha = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Then(Keras.EinsumDense(equation, outputShape, activation, biasAxes, kernelInitializer, biasInitializer,
                kernelRegularizer, biasRegularizer, kernelConstraint, biasConstraint, loraRank, loraAlpha, activityRegularizer,
                trainable, dtype, name));

        /// <summary>keras.layers.Masking: masks the steps whose features all equal maskValue (default 0.0). No weights.</summary>
        /// <param name="maskValue">The value whose steps are masked.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Tensor Masking(double maskValue = 0.0, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Then(Keras.Masking(maskValue, activityRegularizer, trainable, dtype, name));
    }
}
