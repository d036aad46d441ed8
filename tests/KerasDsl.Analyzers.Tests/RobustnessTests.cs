extern alias AnalyzerAssembly;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using AnalyzerAssembly::KerasDsl.Analyzers;

namespace KerasDsl.Analyzers.Tests;

/// <summary>
/// The generator and analyzer never throw into the compiler (no AD0001, no CS8785), whatever the
/// code looks like while it is typed: each TestData source is cut after every token and both run
/// on each prefix. The exceptions their guards would swallow are watched too, so a bug the guards
/// hide still fails here.
/// </summary>
[Collection(nameof(RobustnessTests))]
public class RobustnessTests
{
    public static TheoryData<string> Sources => new(TestData.Names);

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Every_prefix_of_a_source_is_handled_without_exceptions(string file)
    {
        string source = TestData.Read(file);
        var swallowed = new ConcurrentQueue<Exception>();
        UnexpectedExceptions.Observer = swallowed.Enqueue;
        try
        {
            var compilation = References.Compile(source);
            // KD0014 is computed only when raised: raise it, so the per-layer tooltips are exercised on every prefix too.
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
                compilation.Options.SpecificDiagnosticOptions.SetItem("KD0014", ReportDiagnostic.Info)));
            var tree = compilation.SyntaxTrees.Single();
            var cuts = tree.GetRoot().DescendantTokens().Select(t => t.Span.End).Distinct().ToList();
            GeneratorDriver driver = GeneratorRunner.CreateDriver();
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new KerasModelAnalyzer());
            var thrown = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]),
                (e, analyzer, diagnostic) => thrown.Enqueue(e.ToString()), concurrentAnalysis: false, logAnalyzerExecutionTime: false);

            bool layerTooltips = false;
            foreach (int cut in cuts)
            {
                var prefix = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(source[..cut])));
                driver = driver.RunGenerators(prefix);
                var result = driver.GetRunResult().Results.Single();
                Assert.True(result.Exception == null, $"the generator threw on {file}[..{cut}]: {result.Exception}");
                Assert.Empty(result.Diagnostics);

                var diagnostics = await prefix.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
                Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
                layerTooltips |= diagnostics.Any(d => d.Id == "KD0014");
                Assert.True(thrown.IsEmpty, $"the analyzer threw on {file}[..{cut}]: {string.Join("\n", thrown)}");
            }
            Assert.True(swallowed.IsEmpty, $"an exception was swallowed on {file}: {string.Join("\n", swallowed)}");
            Assert.True(cuts.Count > 100, $"{file} has only {cuts.Count} tokens");
            Assert.True(layerTooltips, $"no prefix of {file} reached the per-layer tooltips");
        }
        finally
        {
            UnexpectedExceptions.Observer = null;
        }
    }
}
