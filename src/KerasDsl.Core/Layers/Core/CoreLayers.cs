namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class CoreLayers
    {
        public static readonly LayerType[] Types =
        {
            Dense.Type,
            EinsumDense.Type,
            Embedding.Type,
            Masking.Type,
            Lambda.Type,
        };
    }
}
