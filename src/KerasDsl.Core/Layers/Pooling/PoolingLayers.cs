using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class PoolingLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            MaxPooling1D.Type, MaxPooling2D.Type, MaxPooling3D.Type,
            AveragePooling1D.Type, AveragePooling2D.Type, AveragePooling3D.Type,
            GlobalMaxPooling1D.Type, GlobalMaxPooling2D.Type, GlobalMaxPooling3D.Type,
            GlobalAveragePooling1D.Type, GlobalAveragePooling2D.Type, GlobalAveragePooling3D.Type,
        });
    }
}
