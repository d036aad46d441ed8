namespace KerasDsl.Core
{
    /// <summary>keras.layers.Cropping3D: cropping n, (d1, d2, d3) or three (before, after) pairs, default 1.</summary>
    internal sealed class Cropping3D : CroppingBase
    {
        public static readonly LayerType Type = new LayerType("Cropping3D", a => new Cropping3D(a));

        private Cropping3D(LayerArgs args) : base(args, 3, 1, hasDataFormat: true)
        {
        }
    }
}
