namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class Conv3DTranspose : BaseConvTranspose
    {
        public static readonly LayerType Type = new LayerType("Conv3DTranspose", a => new Conv3DTranspose(a));

        private Conv3DTranspose(LayerArgs args) : base(args, 3)
        {
        }
    }
}
