namespace KerasDsl.Core
{
    /// <summary>keras.layers.SpatialDropout1D: (batch, steps, channels) input; no data_format.</summary>
    internal sealed class SpatialDropout1D : SpatialDropoutBase
    {
        public static readonly LayerType Type = new LayerType("SpatialDropout1D", a => new SpatialDropout1D(a));

        private SpatialDropout1D(LayerArgs args) : base(args, 1, hasDataFormat: false)
        {
        }
    }
}
