namespace KerasDsl.Core
{
    /// <summary>keras.layers.Cropping2D: cropping n, (rows, cols) or ((top, bottom), (left, right)), default 0.</summary>
    internal sealed class Cropping2D : CroppingBase
    {
        public static readonly LayerType Type = new LayerType("Cropping2D", a => new Cropping2D(a));

        private Cropping2D(LayerArgs args) : base(args, 2, 0, hasDataFormat: true)
        {
        }
    }
}
