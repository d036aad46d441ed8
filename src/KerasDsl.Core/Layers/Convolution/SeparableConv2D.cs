namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class SeparableConv2D : BaseSeparableConv
    {
        public static readonly LayerType Type = new LayerType("SeparableConv2D", a => new SeparableConv2D(a));

        private SeparableConv2D(LayerArgs args) : base(args, 2)
        {
        }
    }
}
