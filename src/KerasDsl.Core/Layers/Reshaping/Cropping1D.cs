namespace KerasDsl.Core
{
    /// <summary>keras.layers.Cropping1D: cropping n or (before, after) on the steps axis, default (1, 1); no data_format.</summary>
    internal sealed class Cropping1D : CroppingBase
    {
        public static readonly LayerType Type = new LayerType("Cropping1D", a => new Cropping1D(a));

        private Cropping1D(LayerArgs args) : base(args, 1, 1, hasDataFormat: false)
        {
        }
    }
}
