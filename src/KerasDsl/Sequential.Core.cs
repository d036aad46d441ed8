namespace KerasDsl
{
    // keras.layers core family: Dense, EinsumDense, Masking.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Dense: kernel (in, units) and bias (units).</summary>
        public Sequential Dense(int units, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Dense(units, activation, useBias, trainable, name), input);

        /// <summary>
        /// keras.layers.EinsumDense: einsum(equation, x, kernel) plus a bias over biasAxes, e.g. EinsumDense("abc,cd->abd",
        /// (null, 64), biasAxes: "d"); outputShape is the output's shape without the batch dim (null: unknown).
        /// </summary>
        public Sequential EinsumDense(string equation, PartialShape outputShape, string? activation = null, string? biasAxes = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.EinsumDense(equation, outputShape, activation, biasAxes, trainable, name), input);

        /// <summary>keras.layers.Masking: masks the steps whose features all equal maskValue (default 0.0). No weights.</summary>
        public Sequential Masking(double maskValue = 0.0, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Masking(maskValue, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Dense, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Dense(int units, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("Dense", Args.A("units", units), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.EinsumDense, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec EinsumDense(string equation, PartialShape outputShape, string? activation = null, string? biasAxes = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("EinsumDense", Args.A("equation", equation), Args.A("outputShape", outputShape), Args.A("activation", activation),
                Args.A("biasAxes", biasAxes), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Masking, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Masking(double maskValue = 0.0, bool trainable = true, string? name = null) =>
            Args.Spec("Masking", Args.A("maskValue", maskValue), Args.A("trainable", trainable), Args.A("name", name));
    }
}
