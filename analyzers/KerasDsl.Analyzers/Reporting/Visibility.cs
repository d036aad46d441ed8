using System.Threading;
using Microsoft.CodeAnalysis;

namespace KerasDsl.Analyzers.Reporting
{
    /// <summary>
    /// Whether a diagnostic could be seen at all where it would be reported. A Hidden diagnostic is shown
    /// nowhere (not in the build, not in the editor), so a tooltip left at its default Hidden severity is
    /// not computed: KD0014 is one diagnostic per layer, the bulk of what the analyzer would report.
    /// </summary>
    internal static class Visibility
    {
        /// <summary>
        /// True unless the descriptor is Hidden by default and nothing raises it: no <c>dotnet_diagnostic.ID.severity</c>
        /// (per file or global) and no compilation option (/warnaserror:ID, a ruleset). Bulk
        /// <c>dotnet_analyzer_diagnostic...severity</c> entries leave a Hidden-by-default diagnostic Hidden (Roslyn's rule;
        /// TooltipTests checks it), so they do not count.
        /// </summary>
        public static bool CanBeSeen(DiagnosticDescriptor descriptor, SyntaxTree tree, Compilation compilation, CancellationToken cancellationToken)
        {
            if (descriptor.DefaultSeverity != DiagnosticSeverity.Hidden) return true;
            var compilationOptions = compilation.Options;
            if (compilationOptions.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific) && Raises(specific)) return true;
            var provider = compilationOptions.SyntaxTreeOptionsProvider;
            if (provider != null &&
                ((provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var perTree) && Raises(perTree)) ||
                 (provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global) && Raises(global))))
                return true;
            return false;
        }

        private static bool Raises(ReportDiagnostic report) =>
            report == ReportDiagnostic.Error || report == ReportDiagnostic.Warn || report == ReportDiagnostic.Info;
    }
}
