using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class PreprocessingLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            Rescaling.Type,
            Normalization.Type,
            Resizing.Type,
            CenterCrop.Type,
        });
    }
}
