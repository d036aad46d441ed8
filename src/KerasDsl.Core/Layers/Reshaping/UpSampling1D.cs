namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.UpSampling1D: steps × size (a positive int, default 2; Keras refuses a tuple
    /// here, unlike UpSampling2D). No data_format.
    /// </summary>
    internal sealed class UpSampling1D : UpSamplingBase
    {
        public static readonly LayerType Type = new LayerType("UpSampling1D", a => new UpSampling1D(a));

        private UpSampling1D(LayerArgs args) : base(args, new[] { args.PositiveInt("size", 2) }, SpatialLayout.ChannelsLast(1))
        {
        }
    }
}
