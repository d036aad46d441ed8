namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.ReLU (keras/src/layers/activations/relu.py): max_value None or 0 or more;
    /// negative_slope and threshold 0 or more (Keras also refuses None for these two; here null
    /// means the default, 0). No weights; shape unchanged.
    /// </summary>
    internal sealed class ReLU : Layer
    {
        public static readonly LayerType Type = new LayerType("ReLU", a => new ReLU(a));

        private ReLU(LayerArgs args) : base(args)
        {
            args.OptionalFloat("maxValue", min: 0);
            args.Float("negativeSlope", 0, min: 0);
            args.Float("threshold", 0, min: 0);
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
