namespace KerasDsl.Core
{
    /// <summary>One row of the diagnostic table: a stable ID and what it means.</summary>
    internal sealed class DiagnosticInfo
    {
        public DiagnosticInfo(string id, string title, DiagnosticSeverityLevel severity, string category, bool enabledByDefault = true)
        {
            Id = id;
            Title = title;
            Severity = severity;
            Category = category;
            EnabledByDefault = enabledByDefault;
        }

        public string Id { get; }
        public string Title { get; }
        public DiagnosticSeverityLevel Severity { get; }
        public string Category { get; }
        public bool EnabledByDefault { get; }

        /// <summary>The help page, one per ID, under docs/diagnostics/ in the package's repository; "" when the package names no real repository address.</summary>
        public string HelpLink => HelpLinks.For(Id);

        public override string ToString() => Id;
    }
}
