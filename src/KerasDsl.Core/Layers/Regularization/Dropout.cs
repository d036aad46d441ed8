namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Dropout (keras/src/layers/regularization/dropout.py): rate in [0, 1] (Keras's
    /// check is <c>0 &lt;= rate &lt;= 1</c>, so 1 is accepted); noise_shape a tuple of positive
    /// ints or None, not checked against the input until training; seed an int. Shape unchanged.
    /// </summary>
    internal sealed class Dropout : Layer
    {
        public static readonly LayerType Type = new LayerType("Dropout", a => new Dropout(a));

        private Dropout(LayerArgs args) : base(args)
        {
            ReadRate(args);
            args.OptionalDims("noiseShape");
            ReadSeed(args);
        }

        public override Shape ComputeOutputShape(Shape input) => input;

        /// <summary>The rate check Dropout and its subclasses (SpatialDropout*) share, and GaussianDropout repeats.</summary>
        internal static double ReadRate(LayerArgs args) => args.RequiredFloat("rate", 0, 1);

        /// <summary>Keras's SeedGenerator takes an int or None.</summary>
        internal static void ReadSeed(LayerArgs args) => args.Seed();
    }
}
