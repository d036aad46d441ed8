namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.RandomFlip (keras/src/layers/preprocessing/image_preprocessing/random_flip.py): flips images
    /// left-right, top-bottom or both (<c>mode</c>, default "horizontal_and_vertical"). Shape unchanged, no weights.
    /// Keras's constructor does not check <c>mode</c>: an unknown one flips nothing, silently. KerasDsl refuses it
    /// (KD0003), since the model would not do what it says.
    /// </summary>
    internal sealed class RandomFlip : AugmentationLayer
    {
        public static readonly LayerType Type = new LayerType("RandomFlip", a => new RandomFlip(a));

        private RandomFlip(LayerArgs args) : base(args)
        {
            args.ExactOption("mode", "horizontal_and_vertical", "horizontal", "vertical", "horizontal_and_vertical");
        }
    }
}
