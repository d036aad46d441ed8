namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.RandomCrop (keras/src/layers/preprocessing/image_preprocessing/random_crop.py): a random
    /// (height, width) window of each image. Its <c>compute_output_shape</c> sets the input's axes -3 and -2
    /// (channels_last) or -2 and -1 (channels_first) to height and width, whatever the input's sizes (a smaller image
    /// is resized up when the layer runs). Keras's constructor does not check height and width; below 1 the crop's
    /// resize refuses them when the layer runs, so KerasDsl refuses them at once. No weights.
    /// </summary>
    internal sealed class RandomCrop : AugmentationLayer
    {
        public static readonly LayerType Type = new LayerType("RandomCrop", a => new RandomCrop(a));

        private readonly long height;
        private readonly long width;

        private RandomCrop(LayerArgs args) : base(args)
        {
            height = args.PositiveInt("height");
            width = args.PositiveInt("width");
        }

        protected override Shape Transform(Shape images) =>
            ChannelsFirst ? images.Replace(-2, height).Replace(-1, width) : images.Replace(-3, height).Replace(-2, width);
    }
}
