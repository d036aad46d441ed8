using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class CoreLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            Dense.Type,
            EinsumDense.Type,
            Embedding.Type,
            Masking.Type,
            Lambda.Type,
        });
    }
}
