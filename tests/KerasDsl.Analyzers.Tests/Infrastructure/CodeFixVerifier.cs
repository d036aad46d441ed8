extern alias AnalyzerAssembly;
using AnalyzerAssembly::KerasDsl.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="KerasModelAnalyzer"/> and a code fix on sources with markup, and compares the fixed sources: the fix applied
/// one diagnostic at a time, then by Fix All in document, project and solution scope (the testing library checks each, with the
/// fix's FixAllProvider). The tooltips (KD0013, KD0014) are switched off, as in <see cref="AnalyzerVerifier"/>, and so is KD0011
/// (a model the compiler cannot follow, such as one held by a field), which has no fix and is tested on its own.
/// </summary>
internal static class CodeFixVerifier<TCodeFix> where TCodeFix : CodeFixProvider, new()
{
    /// <summary>One file: <paramref name="source"/> with its diagnostics, fixed into <paramref name="fixedSource"/>.</summary>
    public static Task Verify(string source, string fixedSource, params DiagnosticResult[] expected) =>
        Verify([source], [fixedSource], null, expected);

    /// <summary>The code action whose equivalence key is <paramref name="equivalenceKey"/> (one of several offered).</summary>
    public static Task Verify(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected) =>
        Verify([source], [fixedSource], equivalenceKey, expected);

    /// <summary>
    /// Several files (Models0.cs, Models1.cs, ...): Fix All in project scope fixes them all at once. <paramref name="iterations"/>
    /// is how many rounds of fixes it takes when one fix uncovers the next diagnostic (the evaluator stops at a model's first
    /// refusal); null is the library's default (one per diagnostic, checked exactly).
    /// </summary>
    public static async Task Verify(string[] sources, string[] fixedSources, string? equivalenceKey, DiagnosticResult[] expected,
        int? iterations = null, DiagnosticResult[]? remaining = null)
    {
        var test = new CSharpCodeFixTest<KerasModelAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = References.None,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        for (int i = 0; i < sources.Length; i++) test.TestState.Sources.Add(($"Models{i}.cs", sources[i]));
        for (int i = 0; i < fixedSources.Length; i++) test.FixedState.Sources.Add(($"Models{i}.cs", fixedSources[i]));
        test.TestState.AdditionalReferences.AddRange(References.All);
        test.FixedState.AdditionalReferences.AddRange(References.All);
        test.DisabledDiagnostics.AddRange(["KD0011", "KD0013", "KD0014"]);
        test.TestState.ExpectedDiagnostics.AddRange(expected);
        if (remaining != null) test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        if (iterations is { } n)
        {
            test.NumberOfIncrementalIterations = n;
            test.NumberOfFixAllIterations = n;
            test.NumberOfFixAllInDocumentIterations = n;
            test.NumberOfFixAllInProjectIterations = n;
        }
        await test.RunAsync();
    }

    /// <summary>The diagnostics are reported as <paramref name="expected"/> says, and no code action is offered for them.</summary>
    public static async Task VerifyNoFix(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<KerasModelAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = References.None,
            TestCode = source,
            FixedCode = source,
        };
        test.TestState.AdditionalReferences.AddRange(References.All);
        test.DisabledDiagnostics.AddRange(["KD0011", "KD0013", "KD0014"]);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
