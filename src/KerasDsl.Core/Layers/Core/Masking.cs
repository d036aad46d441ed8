namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Masking (keras/src/layers/core/masking.py): masks the steps whose features all
    /// equal mask_value (default 0.0). No weights; shape unchanged.
    /// </summary>
    internal sealed class Masking : Layer
    {
        public static readonly LayerType Type = new LayerType("Masking", a => new Masking(a));

        private Masking(LayerArgs args) : base(args)
        {
            args.Float("maskValue", 0.0);
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
