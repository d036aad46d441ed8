namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Activation (keras/src/layers/activations/activation.py): a named activation
    /// (activations.get, where None means linear). No weights; shape unchanged.
    /// </summary>
    internal sealed class Activation : Layer
    {
        public static readonly LayerType Type = new LayerType("Activation", a => new Activation(a));

        private Activation(LayerArgs args) : base(args)
        {
            args.Activation();
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
