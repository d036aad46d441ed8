namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.RandomContrast (keras/src/layers/preprocessing/image_preprocessing/random_contrast.py): scales
    /// each image's contrast by a random factor. <c>factor</c> (required) is checked by _set_factor within [0, 1]
    /// (its _FACTOR_BOUNDS); <c>value_range</c> (default (0, 255)) is not checked by Keras. Shape unchanged, no weights.
    /// </summary>
    internal sealed class RandomContrast : AugmentationLayer
    {
        public static readonly LayerType Type = new LayerType("RandomContrast", a => new RandomContrast(a));

        private RandomContrast(LayerArgs args) : base(args)
        {
            AugmentationFactor.Bounded(args, "factor", 0, 1);
            RandomBrightness.ReadValueRange(args, checkedByKeras: false);
        }
    }
}
