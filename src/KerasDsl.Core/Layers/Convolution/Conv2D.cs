namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class Conv2D : BaseConv
    {
        public static readonly LayerType Type = new LayerType("Conv2D", a => new Conv2D(a));

        private Conv2D(LayerArgs args) : base(args, 2)
        {
        }
    }
}
