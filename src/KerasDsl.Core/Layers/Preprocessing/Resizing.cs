namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Resizing (keras/src/layers/preprocessing/image_preprocessing/resizing.py): images resized to
    /// (height, width) (<see cref="ImageSizeLayer"/>). <c>interpolation</c> is one of the resize's methods (TensorFlow's
    /// list; JAX and torch take fewer), and <c>crop_to_aspect_ratio</c> and <c>pad_to_aspect_ratio</c> cannot both be
    /// true: Keras's image resize (keras/src/ops/image.py) refuses these when the layer runs. No weights.
    /// </summary>
    internal sealed class Resizing : ImageSizeLayer
    {
        public static readonly LayerType Type = new LayerType("Resizing", a => new Resizing(a));

        private Resizing(LayerArgs args) : base(args)
        {
            args.ExactOption("interpolation", "bilinear", "bilinear", "nearest", "lanczos3", "lanczos5", "bicubic", "area");
            bool crop = args.Bool("cropToAspectRatio", false);
            bool pad = args.Bool("padToAspectRatio", false);
            if (crop && pad)
                throw args.Invalid("padToAspectRatio", "at most one of cropToAspectRatio and padToAspectRatio", "both true",
                    "keep the aspect ratio by cropping or by padding, not both");
            // The image resize takes only "constant" (keras/src/backend/*/image.py resize); the value only fills the padding.
            args.ExactOption("fillMode", "constant", "constant");
            args.Float("fillValue", 0.0);
            args.Bool("antialias", false);
        }
    }
}
