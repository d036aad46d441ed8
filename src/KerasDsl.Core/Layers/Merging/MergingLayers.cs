namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class MergingLayers
    {
        public static readonly LayerType[] Types =
        {
            Add.Type,
            Subtract.Type,
            Multiply.Type,
            Average.Type,
            Maximum.Type,
            Minimum.Type,
            Concatenate.Type,
            Dot.Type,
        };
    }
}
