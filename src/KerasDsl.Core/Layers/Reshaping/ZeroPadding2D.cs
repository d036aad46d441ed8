namespace KerasDsl.Core
{
    /// <summary>keras.layers.ZeroPadding2D: padding n, (rows, cols) or ((top, bottom), (left, right)), default 1.</summary>
    internal sealed class ZeroPadding2D : ZeroPaddingBase
    {
        public static readonly LayerType Type = new LayerType("ZeroPadding2D", a => new ZeroPadding2D(a));

        private ZeroPadding2D(LayerArgs args) : base(args, 2, 1)
        {
        }
    }
}
