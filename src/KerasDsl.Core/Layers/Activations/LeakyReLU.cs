namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.LeakyReLU (keras/src/layers/activations/leaky_relu.py): negative_slope 0 or
    /// more, default 0.3. Keras 2 and TensorFlow.js call it alpha, and Keras 3 still takes alpha
    /// (deprecated), which then wins over negative_slope. No weights; shape unchanged.
    /// </summary>
    public sealed class LeakyReLU : Layer
    {
        public static readonly LayerType Type = new LayerType("LeakyReLU", a => new LeakyReLU(a));

        private LeakyReLU(LayerArgs args) : base(args)
        {
            if (args.Has("alpha")) args.Float("alpha", 0.3, min: 0);
            else args.Float("negativeSlope", 0.3, min: 0);
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
