extern alias AnalyzerAssembly;
using AnalyzerAssembly::KerasDsl.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="KerasModelAnalyzer"/> on a source with markup (<c>{|#0:LSTM|}</c>) and compares every
/// diagnostic's ID, span and message. The tooltips (KD0013, KD0014) are switched off unless a test asks;
/// then KD0014, Hidden by default and so not computed, is raised to suggestion as a user would.
/// </summary>
internal static class AnalyzerVerifier
{
    public static Task Verify(string source, params DiagnosticResult[] expected) => Verify(source, tooltips: false, expected);

    public static Task Verify(string source, bool tooltips, params DiagnosticResult[] expected) =>
        tooltips
            ? VerifyWithConfig(source, ("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.KD0014.severity = suggestion\n"), [], expected)
            : VerifyWithConfig(source, null, ["KD0013", "KD0014"], expected);

    /// <summary>With an analyzer configuration file (an .editorconfig or .globalconfig: path and text) and IDs switched off.</summary>
    public static async Task VerifyWithConfig(string source, (string Path, string Text)? config, string[] disabled, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<KerasModelAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = References.None,
        };
        test.TestState.AdditionalReferences.AddRange(References.All);
        if (config is { } file) test.TestState.AnalyzerConfigFiles.Add((file.Path, file.Text));
        test.DisabledDiagnostics.AddRange(disabled);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity, int location, string message) =>
        new DiagnosticResult(id, severity).WithLocation(location).WithMessage(message);

    public static DiagnosticResult Error(string id, int location, string message) => Diagnostic(id, DiagnosticSeverity.Error, location, message);

    public static DiagnosticResult Warning(string id, int location, string message) => Diagnostic(id, DiagnosticSeverity.Warning, location, message);

    public static DiagnosticResult Info(string id, int location, string message) => Diagnostic(id, DiagnosticSeverity.Info, location, message);

    /// <summary>A layer's tooltip, KD0014, as a test with tooltips raises it: suggestion (Info).</summary>
    public static DiagnosticResult LayerTooltip(int location, string message) => Diagnostic("KD0014", DiagnosticSeverity.Info, location, message);
}
