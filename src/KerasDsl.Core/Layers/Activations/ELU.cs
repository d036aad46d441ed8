namespace KerasDsl.Core
{
    /// <summary>keras.layers.ELU (keras/src/layers/activations/elu.py): alpha, default 1.0, unchecked by Keras. No weights; shape unchanged.</summary>
    internal sealed class ELU : Layer
    {
        public static readonly LayerType Type = new LayerType("ELU", a => new ELU(a));

        private ELU(LayerArgs args) : base(args)
        {
            args.Float("alpha", 1.0);
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
