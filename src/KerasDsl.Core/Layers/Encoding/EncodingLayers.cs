using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// The text and categorical preprocessing layers (keras/src/layers/preprocessing: lookups, hashing, encodings,
    /// discretization), registered in <see cref="LayerCatalog"/>.
    /// </summary>
    internal static class EncodingLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            TextVectorization.Type,
            StringLookup.Type,
            IntegerLookup.Type,
            CategoryEncoding.Type,
            Hashing.Type,
            Discretization.Type,
        });
    }
}
