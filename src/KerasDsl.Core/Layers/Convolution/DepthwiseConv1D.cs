namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class DepthwiseConv1D : BaseDepthwiseConv
    {
        public static readonly LayerType Type = new LayerType("DepthwiseConv1D", a => new DepthwiseConv1D(a));

        private DepthwiseConv1D(LayerArgs args) : base(args, 1)
        {
        }
    }
}
