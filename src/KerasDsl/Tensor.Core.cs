namespace KerasDsl
{
    // The core family applied to a tensor: x.Dense(...) is Keras's Dense(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Dense: kernel (in, units) and bias (units).</summary>
        public Tensor Dense(int units, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.Dense(units, activation, useBias, trainable, name));

        /// <summary>keras.layers.EinsumDense: einsum(equation, x, kernel) plus a bias over biasAxes; outputShape without the batch dim.</summary>
        public Tensor EinsumDense(string equation, PartialShape outputShape, string? activation = null, string? biasAxes = null,
            bool trainable = true, string? name = null) =>
            Then(Keras.EinsumDense(equation, outputShape, activation, biasAxes, trainable, name));

        /// <summary>keras.layers.Masking: masks the steps whose features all equal maskValue (default 0.0). No weights.</summary>
        public Tensor Masking(double maskValue = 0.0, bool trainable = true, string? name = null) =>
            Then(Keras.Masking(maskValue, trainable, name));
    }
}
