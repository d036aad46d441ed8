namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class NormalizationLayers
    {
        public static readonly LayerType[] Types =
        {
            BatchNormalization.Type,
            LayerNormalization.Type,
            GroupNormalization.Type,
            UnitNormalization.Type,
        };
    }
}
