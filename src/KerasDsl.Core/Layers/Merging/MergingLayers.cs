using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class MergingLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            Add.Type,
            Subtract.Type,
            Multiply.Type,
            Average.Type,
            Maximum.Type,
            Minimum.Type,
            Concatenate.Type,
            Dot.Type,
        });
    }
}
