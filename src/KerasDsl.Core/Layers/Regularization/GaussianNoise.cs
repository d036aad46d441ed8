namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.GaussianNoise (keras/src/layers/regularization/gaussian_noise.py): Keras 3
    /// requires stddev in [0, 1] (<c>0 &lt;= stddev &lt;= 1</c>), a check Keras 2 did not have. Shape unchanged.
    /// </summary>
    internal sealed class GaussianNoise : Layer
    {
        public static readonly LayerType Type = new LayerType("GaussianNoise", a => new GaussianNoise(a));

        private GaussianNoise(LayerArgs args) : base(args)
        {
            args.RequiredFloat("stddev", 0, 1);
            Dropout.ReadSeed(args);
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
