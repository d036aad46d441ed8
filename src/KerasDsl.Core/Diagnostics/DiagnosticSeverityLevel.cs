namespace KerasDsl.Core
{
    /// <summary>Mirrors Roslyn's DiagnosticSeverity without depending on Roslyn.</summary>
    internal enum DiagnosticSeverityLevel
    {
        Hidden = 0,
        Info = 1,
        Warning = 2,
        Error = 3,
    }
}
