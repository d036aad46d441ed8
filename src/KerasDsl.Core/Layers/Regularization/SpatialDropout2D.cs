namespace KerasDsl.Core
{
    /// <summary>keras.layers.SpatialDropout2D: rank-4 input, with a data_format.</summary>
    internal sealed class SpatialDropout2D : SpatialDropoutBase
    {
        public static readonly LayerType Type = new LayerType("SpatialDropout2D", a => new SpatialDropout2D(a));

        private SpatialDropout2D(LayerArgs args) : base(args, 2, hasDataFormat: true)
        {
        }
    }
}
