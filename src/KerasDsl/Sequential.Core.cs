using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.layers core family: Dense, EinsumDense, Masking (keras/src/layers/core). Every argument of Keras 3's
    // constructors, in their order, then the base Layer's (activityRegularizer, trainable, dtype, name).
    public sealed partial class Sequential
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
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Dense(int units, string? activation = null, bool useBias = true,
            Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, InputShape input = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Add(Keras.Dense(units, activation, useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer,
                activityRegularizer, kernelConstraint, biasConstraint, loraRank, loraAlpha, trainable, dtype, name), input);

        /// <summary>
        /// keras.layers.EinsumDense: einsum(equation, x, kernel) plus a bias over biasAxes, e.g. EinsumDense("abc,cd->abd",
        /// (null, 64), biasAxes: "d"); outputShape is the output's shape without the batch dim (null: unknown).
        /// </summary>
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
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential EinsumDense(string equation, PartialShape outputShape, string? activation = null,
            string? biasAxes = null, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default, Constraint kernelConstraint = default,
            Constraint biasConstraint = default, int? loraRank = null, double? loraAlpha = null, InputShape input = default,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.EinsumDense(equation, outputShape, activation, biasAxes, kernelInitializer, biasInitializer,
                kernelRegularizer, biasRegularizer, kernelConstraint, biasConstraint, loraRank, loraAlpha, activityRegularizer,
                trainable, dtype, name), input);

        /// <summary>keras.layers.Masking: masks the steps whose features all equal maskValue (default 0.0). No weights.</summary>
        /// <param name="maskValue">The value whose steps are masked.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Masking(double maskValue = 0.0, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Masking(maskValue, activityRegularizer, trainable, dtype, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Dense, for wrappers such as TimeDistributed.</summary>
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
        public static LayerSpec Dense(int units, string? activation = null, bool useBias = true,
            Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Dense", A("units", units), A("activation", activation), A("useBias", useBias),
                A("kernelInitializer", kernelInitializer), A("biasInitializer", biasInitializer),
                A("kernelRegularizer", kernelRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("biasConstraint", biasConstraint), A("loraRank", loraRank), A("loraAlpha", loraAlpha),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.EinsumDense, for wrappers such as TimeDistributed.</summary>
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
        public static LayerSpec EinsumDense(string equation, PartialShape outputShape, string? activation = null,
            string? biasAxes = null, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default, Constraint kernelConstraint = default,
            Constraint biasConstraint = default, int? loraRank = null, double? loraAlpha = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("EinsumDense", A("equation", equation), A("outputShape", outputShape), A("activation", activation),
                A("biasAxes", biasAxes), A("kernelInitializer", kernelInitializer), A("biasInitializer", biasInitializer),
                A("kernelRegularizer", kernelRegularizer), A("biasRegularizer", biasRegularizer),
                A("kernelConstraint", kernelConstraint), A("biasConstraint", biasConstraint), A("loraRank", loraRank),
                A("loraAlpha", loraAlpha), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Masking, for wrappers such as TimeDistributed.</summary>
        /// <param name="maskValue">The value whose steps are masked.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Masking(double maskValue = 0.0, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Spec("Masking", A("maskValue", maskValue), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));
    }
}
