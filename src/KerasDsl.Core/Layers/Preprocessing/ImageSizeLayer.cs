namespace KerasDsl.Core
{
    /// <summary>
    /// What keras.layers.Resizing and CenterCrop share (keras/src/layers/preprocessing/image_preprocessing, their
    /// <c>compute_output_shape</c>): <c>height</c> and <c>width</c> replace the image's two spatial dims. A rank-4 input is
    /// a batch, (batch, height, width, channels) or (batch, channels, height, width) with <c>data_format</c>; a rank-3
    /// input is read as one unbatched image, so that its first two dims (channels last; its last two channels first) are
    /// replaced, the batch dim among them, as Keras replaces them. Other ranks are refused (CenterCrop's own check;
    /// Keras's image resize for Resizing), and so are sizes below 1, which the resize refuses. No weights.
    /// </summary>
    internal abstract class ImageSizeLayer : Layer
    {
        private readonly long height;
        private readonly long width;
        private readonly bool channelsFirst;

        protected ImageSizeLayer(LayerArgs args) : base(args)
        {
            height = args.PositiveInt("height");
            width = args.PositiveInt("width");
            channelsFirst = args.Option("dataFormat", "channels_last", OptionLists.DataFormats) == "channels_first";
            // BaseImagePreprocessingLayer's bounding_box_format: the boxes' format when boxes are transformed too, one of
            // bounding_boxes/converters.py's formats (case-insensitive), or None for images only. Changes no count.
            if (args.Has("boundingBoxFormat")) args.Option("boundingBoxFormat", "xyxy", BoundingBoxFormats);
            else args.Record("boundingBoxFormat", ArgValue.Null);
        }

        /// <summary>keras/src/layers/preprocessing/image_preprocessing/bounding_boxes/converters.py's supported formats.</summary>
        private static readonly string[] BoundingBoxFormats =
            { "xyxy", "yxyx", "xywh", "center_xywh", "center_yxhw", "rel_xyxy", "rel_yxyx", "rel_xywh", "rel_center_xywh" };

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != 3 && input.Rank != 4)
                throw RankError(input, channelsFirst ? "rank 4 (batch, channels, height, width), or 3 (one image)" : "rank 4 (batch, height, width, channels), or 3 (one image)",
                    "give it images");
            int first = (input.Rank == 4 ? 1 : 0) + (channelsFirst ? 1 : 0);
            return input.Replace(first, height).Replace(first + 1, width);
        }
    }
}
