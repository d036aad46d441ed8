namespace KerasDsl.Core
{
    /// <summary>keras.layers.ZeroPadding3D: padding n, (d1, d2, d3) or three (before, after) pairs, default 1.</summary>
    internal sealed class ZeroPadding3D : ZeroPaddingBase
    {
        public static readonly LayerType Type = new LayerType("ZeroPadding3D", a => new ZeroPadding3D(a));

        private ZeroPadding3D(LayerArgs args) : base(args, 3, 1)
        {
        }
    }
}
