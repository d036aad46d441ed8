namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class DepthwiseConv2D : BaseDepthwiseConv
    {
        public static readonly LayerType Type = new LayerType("DepthwiseConv2D", a => new DepthwiseConv2D(a));

        private DepthwiseConv2D(LayerArgs args) : base(args, 2)
        {
        }
    }
}
