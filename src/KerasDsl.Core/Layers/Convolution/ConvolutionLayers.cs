using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class ConvolutionLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            Conv1D.Type, Conv2D.Type, Conv3D.Type,
            Conv1DTranspose.Type, Conv2DTranspose.Type, Conv3DTranspose.Type,
            SeparableConv1D.Type, SeparableConv2D.Type,
            DepthwiseConv1D.Type, DepthwiseConv2D.Type,
        });
    }
}
