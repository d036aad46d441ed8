namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.LeakyReLU (keras/src/layers/activations/leaky_relu.py): negative_slope 0 or
    /// more, default 0.3. Keras 2 and TensorFlow.js call it alpha, and Keras 3 still takes alpha
    /// (deprecated, with a warning: KD0025), which then wins over negative_slope. No weights; shape unchanged.
    /// </summary>
    internal sealed class LeakyReLU : Layer
    {
        public static readonly LayerType Type = new LayerType("LeakyReLU", a => new LeakyReLU(a));

        private LeakyReLU(LayerArgs args) : base(args)
        {
            string slope = args.DeprecatedAlias("alpha", "negativeSlope", "Argument `alpha` is deprecated. Use `negative_slope` instead.");
            args.Float(slope, 0.3, min: 0);
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
