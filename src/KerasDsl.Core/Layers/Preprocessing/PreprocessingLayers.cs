namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class PreprocessingLayers
    {
        public static readonly LayerType[] Types =
        {
            Rescaling.Type,
            Normalization.Type,
            Resizing.Type,
            CenterCrop.Type,
        };
    }
}
