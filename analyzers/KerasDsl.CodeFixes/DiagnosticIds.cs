namespace KerasDsl.CodeFixes
{
    /// <summary>
    /// The IDs this assembly fixes, as Core's table declares them (src/KerasDsl.Core/Diagnostics/Diagnostics.cs). Written out
    /// here because this assembly compiles none of Core; a test holds each to Core's constant.
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string IncompatibleInputRank = "KD0001";
        public const string UnknownOption = "KD0003";
        public const string DuplicateLayerName = "KD0005";
        public const string DiscardedResult = "KD0021";
        public const string IntegerDivision = "KD0022";
    }
}
