namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class Conv3D : BaseConv
    {
        public static readonly LayerType Type = new LayerType("Conv3D", a => new Conv3D(a));

        private Conv3D(LayerArgs args) : base(args, 3)
        {
        }
    }
}
