namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.RandomTranslation (keras/src/layers/preprocessing/image_preprocessing/random_translation.py):
    /// shifts by a random fraction of the height and width. <c>height_factor</c> and <c>width_factor</c> are both
    /// required, a number or a pair, each number in [-1, 1]. Shape unchanged, no weights.
    /// </summary>
    internal sealed class RandomTranslation : AugmentationLayer
    {
        public static readonly LayerType Type = new LayerType("RandomTranslation", a => new RandomTranslation(a));

        private RandomTranslation(LayerArgs args) : base(args)
        {
            AugmentationFactor.EachInRange(args, "heightFactor", lowerInclusive: true);
            AugmentationFactor.EachInRange(args, "widthFactor", lowerInclusive: true);
            ReadAffineOptions(args);
        }
    }
}
