namespace KerasDsl.Core
{
    /// <summary>keras.layers.GaussianDropout (keras/src/layers/regularization/gaussian_dropout.py): rate in [0, 1]. Shape unchanged.</summary>
    internal sealed class GaussianDropout : Layer
    {
        public static readonly LayerType Type = new LayerType("GaussianDropout", a => new GaussianDropout(a));

        private GaussianDropout(LayerArgs args) : base(args)
        {
            Dropout.ReadRate(args);
            Dropout.ReadSeed(args);
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
