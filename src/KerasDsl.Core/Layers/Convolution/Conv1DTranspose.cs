namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class Conv1DTranspose : BaseConvTranspose
    {
        public static readonly LayerType Type = new LayerType("Conv1DTranspose", a => new Conv1DTranspose(a));

        private Conv1DTranspose(LayerArgs args) : base(args, 1)
        {
        }
    }
}
