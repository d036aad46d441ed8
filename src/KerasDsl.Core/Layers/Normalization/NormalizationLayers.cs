using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class NormalizationLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            BatchNormalization.Type,
            LayerNormalization.Type,
            GroupNormalization.Type,
            UnitNormalization.Type,
        });
    }
}
