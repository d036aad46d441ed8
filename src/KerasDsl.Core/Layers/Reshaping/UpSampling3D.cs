namespace KerasDsl.Core
{
    /// <summary>keras.layers.UpSampling3D: the three spatial dims × size (n or (a, b, c), default (2, 2, 2)).</summary>
    internal sealed class UpSampling3D : UpSamplingBase
    {
        public static readonly LayerType Type = new LayerType("UpSampling3D", a => new UpSampling3D(a));

        private UpSampling3D(LayerArgs args) : base(args, args.IntTuple("size", 3, new long[] { 2, 2, 2 }), SpatialLayout.Read(args, 3))
        {
        }
    }
}
