using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class RegularizationLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            Dropout.Type,
            SpatialDropout1D.Type,
            SpatialDropout2D.Type,
            SpatialDropout3D.Type,
            GaussianNoise.Type,
            GaussianDropout.Type,
            ActivityRegularization.Type,
        });
    }
}
