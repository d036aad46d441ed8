namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.RandomZoom (keras/src/layers/preprocessing/image_preprocessing/random_zoom.py): zooms by a random
    /// fraction. <c>height_factor</c> (required) and <c>width_factor</c> (None: the height's) are a number or a pair,
    /// each number in (-1, 1] (its own _check_factor_range refuses <c>x &lt;= -1</c>). Shape unchanged, no weights.
    /// </summary>
    internal sealed class RandomZoom : AugmentationLayer
    {
        public static readonly LayerType Type = new LayerType("RandomZoom", a => new RandomZoom(a));

        private RandomZoom(LayerArgs args) : base(args)
        {
            AugmentationFactor.EachInRange(args, "heightFactor", lowerInclusive: false);
            AugmentationFactor.EachInRange(args, "widthFactor", lowerInclusive: false, required: false);
            ReadAffineOptions(args);
        }
    }
}
