namespace KerasDsl
{
    // keras.layers.Lambda (keras/src/layers/core/lambda_layer.py): a function KerasDsl does not run, so its output shape is given.
    public sealed partial class Sequential
    {
        /// <summary>
        /// keras.layers.Lambda: a function of the input, no weights. KerasDsl does not run functions: outputShape is Keras's
        /// <c>output_shape</c>, the output's shape without the batch dim (the input's batch dim is prepended), which Keras
        /// would otherwise infer by running the function.
        /// </summary>
        public Sequential Lambda(PartialShape outputShape, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Lambda(outputShape, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Lambda, for <c>Sequential(...).Add</c>, wrappers and the functional API (several inputs: <c>Lambda(...).Apply(a, b)</c>).</summary>
        public static LayerSpec Lambda(PartialShape outputShape, bool trainable = true, string? name = null) =>
            Args.Spec("Lambda", Args.A("outputShape", outputShape), Args.A("trainable", trainable), Args.A("name", name));
    }
}
