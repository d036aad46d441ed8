namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class Conv2DTranspose : BaseConvTranspose
    {
        public static readonly LayerType Type = new LayerType("Conv2DTranspose", a => new Conv2DTranspose(a));

        private Conv2DTranspose(LayerArgs args) : base(args, 2)
        {
        }
    }
}
