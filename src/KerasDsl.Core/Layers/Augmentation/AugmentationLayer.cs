namespace KerasDsl.Core
{
    /// <summary>
    /// What Keras 3's image augmentation layers share (keras/src/layers/preprocessing/image_preprocessing/
    /// base_image_preprocessing_layer.py, BaseImagePreprocessingLayer): <c>data_format</c> (channels_last unless
    /// given), <c>seed</c> (an int or None, for a SeedGenerator, whose state Keras keeps out of <c>weights</c>: no
    /// params), and their input, a batch of images (rank 4) or one image (rank 3). Their <c>compute_output_shape</c>
    /// takes any rank, so Keras builds a model that feeds one a rank-2 tensor, but every call of the layer
    /// (training or not) goes through <c>_is_batched</c>, which refuses other ranks: KerasDsl refuses them when the
    /// model is built, as it does for Resizing. No weights.
    /// </summary>
    internal abstract class AugmentationLayer : Layer
    {
        protected AugmentationLayer(LayerArgs args) : base(args)
        {
            ChannelsFirst = args.Option("dataFormat", "channels_last", OptionLists.DataFormats) == "channels_first";
            Dropout.ReadSeed(args);
        }

        protected bool ChannelsFirst { get; }

        public sealed override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != 3 && input.Rank != 4)
                throw RankError(input,
                    ChannelsFirst ? "rank 4 (batch, channels, height, width), or 3 (one image)" : "rank 4 (batch, height, width, channels), or 3 (one image)",
                    "Keras's call of this layer refuses other ranks (\"Expected image tensor to have rank 3 (single image) or 4 (batch of images)\"); give it images");
            return Transform(input);
        }

        /// <summary>The output shape of images: the input's, except for the layers that crop.</summary>
        protected virtual Shape Transform(Shape images) => images;

        /// <summary>The interpolation and fill modes of the affine layers (RandomRotation, RandomZoom, RandomTranslation): Keras's exact names.</summary>
        internal static void ReadAffineOptions(LayerArgs args)
        {
            // Keras compares with `not in` against these tuples: exact, case-sensitive names.
            args.ExactOption("fillMode", "reflect", "reflect", "wrap", "constant", "nearest");
            args.ExactOption("interpolation", "bilinear", "nearest", "bilinear");
            args.Float("fillValue", 0.0);
        }
    }
}
