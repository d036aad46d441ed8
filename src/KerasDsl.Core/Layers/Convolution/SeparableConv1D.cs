namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class SeparableConv1D : BaseSeparableConv
    {
        public static readonly LayerType Type = new LayerType("SeparableConv1D", a => new SeparableConv1D(a));

        private SeparableConv1D(LayerArgs args) : base(args, 1)
        {
        }
    }
}
