namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.RandomRotation (keras/src/layers/preprocessing/image_preprocessing/random_rotation.py): rotates
    /// by a random fraction of 2 pi. <c>factor</c> (required) is checked by BaseImagePreprocessingLayer._set_factor
    /// within [-1, 1]; <c>fill_mode</c> and <c>interpolation</c> are Keras's exact names. Shape unchanged, no weights.
    /// </summary>
    internal sealed class RandomRotation : AugmentationLayer
    {
        public static readonly LayerType Type = new LayerType("RandomRotation", a => new RandomRotation(a));

        private RandomRotation(LayerArgs args) : base(args)
        {
            AugmentationFactor.Bounded(args, "factor", -1, 1);
            ReadAffineOptions(args);
        }
    }
}
