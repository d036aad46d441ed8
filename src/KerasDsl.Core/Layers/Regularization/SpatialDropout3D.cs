namespace KerasDsl.Core
{
    /// <summary>keras.layers.SpatialDropout3D: rank-5 input, with a data_format.</summary>
    internal sealed class SpatialDropout3D : SpatialDropoutBase
    {
        public static readonly LayerType Type = new LayerType("SpatialDropout3D", a => new SpatialDropout3D(a));

        private SpatialDropout3D(LayerArgs args) : base(args, 3, hasDataFormat: true)
        {
        }
    }
}
