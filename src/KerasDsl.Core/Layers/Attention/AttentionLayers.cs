namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class AttentionLayers
    {
        public static readonly LayerType[] Types =
        {
            MultiHeadAttention.Type,
            Attention.Type,
            AdditiveAttention.Type,
        };
    }
}
