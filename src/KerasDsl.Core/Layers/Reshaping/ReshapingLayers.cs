using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class ReshapingLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            Flatten.Type,
            Reshape.Type,
            Permute.Type,
            RepeatVector.Type,
            ZeroPadding1D.Type,
            ZeroPadding2D.Type,
            ZeroPadding3D.Type,
            Cropping1D.Type,
            Cropping2D.Type,
            Cropping3D.Type,
            UpSampling1D.Type,
            UpSampling2D.Type,
            UpSampling3D.Type,
        });
    }
}
