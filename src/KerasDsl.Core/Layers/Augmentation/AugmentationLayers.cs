using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// The image augmentation layers (keras/src/layers/preprocessing/image_preprocessing), registered in
    /// <see cref="LayerCatalog"/>.
    /// </summary>
    internal static class AugmentationLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            RandomFlip.Type,
            RandomRotation.Type,
            RandomZoom.Type,
            RandomTranslation.Type,
            RandomContrast.Type,
            RandomBrightness.Type,
            RandomCrop.Type,
        });
    }
}
