namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.CenterCrop (keras/src/layers/preprocessing/image_preprocessing/center_crop.py): the central
    /// (height, width) of each image, resized first when smaller (<see cref="ImageSizeLayer"/>). No weights.
    /// </summary>
    internal sealed class CenterCrop : ImageSizeLayer
    {
        public static readonly LayerType Type = new LayerType("CenterCrop", a => new CenterCrop(a));

        private CenterCrop(LayerArgs args) : base(args)
        {
        }
    }
}
