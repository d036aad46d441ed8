extern alias AnalyzerAssembly;
using AnalyzerAssembly::KerasDsl.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="KerasModelGenerator"/> with step tracking, as the compiler would.</summary>
internal static class GeneratorRunner
{
    public const string ModelListHintName = AnalyzerAssembly::KerasDsl.Analyzers.Emitter.HintNames.ModelList;

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new KerasModelGenerator().AsSourceGenerator()],
            parseOptions: References.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The compilation with the generated files added, and the generator's own result.</summary>
    public static (Compilation Output, GeneratorRunResult Result) Run(params string[] sources)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(References.Compile(sources), out var output, out _);
        return (output, driver.GetRunResult().Results.Single());
    }

    /// <summary>The generated files by hint name, checking that the generator threw nothing and reported nothing.</summary>
    public static IReadOnlyDictionary<string, string> Generate(params string[] sources) => Generate(out _, sources);

    public static IReadOnlyDictionary<string, string> Generate(out Compilation output, params string[] sources)
    {
        var (compilation, result) = Run(sources);
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        output = compilation;
        // The per-model files; the list of every model (one file more) is ModelListTests' and GeneratedSourceTests' to check.
        return result.GeneratedSources.Where(s => s.HintName != ModelListHintName).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }

    /// <summary>
    /// No error or warning (warnings are errors in <see cref="References.CompilationOptions"/>), except
    /// the test sources' own missing XML comments: the generated files must have all theirs.
    /// </summary>
    public static void AssertCompilesClean(Compilation compilation)
    {
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Where(d => d.Id != "CS1591" || d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(problems.Count == 0, "The compilation has diagnostics:\n" + string.Join("\n", problems));
    }
}
