namespace KerasDsl.Core
{
    /// <summary></summary>
    internal sealed class Conv1D : BaseConv
    {
        public static readonly LayerType Type = new LayerType("Conv1D", a => new Conv1D(a));

        private Conv1D(LayerArgs args) : base(args, 1)
        {
        }
    }
}
