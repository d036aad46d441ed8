namespace KerasDsl.Core
{
    /// <summary>keras.layers.ZeroPadding1D: padding n or (before, after) on the steps axis, default 1.</summary>
    internal sealed class ZeroPadding1D : ZeroPaddingBase
    {
        public static readonly LayerType Type = new LayerType("ZeroPadding1D", a => new ZeroPadding1D(a));

        private ZeroPadding1D(LayerArgs args) : base(args, 1, 1)
        {
        }
    }
}
