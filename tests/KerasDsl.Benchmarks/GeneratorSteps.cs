extern alias AnalyzerAssembly;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using KerasModelGenerator = AnalyzerAssembly::KerasDsl.Analyzers.KerasModelGenerator;

namespace KerasDsl.Benchmarks;

/// <summary>
/// The generator's time over the 500 build-cost models, by step, as Roslyn's step tracking reports it (ModelTargets: the
/// members' code bound and lowered; ModelFacts: evaluated; SourceOutput: emitted), beside the time the compiler takes to
/// bind the same 500 bodies alone, and the analyzer over the generator's output (its time as ReportAnalyzer reports it). Each round runs on a fresh clone of the compilation (nothing bound yet), in one
/// process, so the first round includes the JIT and the later ones show the warm cost. A profile, not a benchmark.
/// </summary>
internal static class GeneratorSteps
{
    public static void Print(int rounds)
    {
        var benchmarks = new CompilerBenchmarks();
        benchmarks.Setup();
        var compilation = benchmarks.Compilation;
        for (int round = 0; round < rounds; round++)
        {
            var bind = Stopwatch.StartNew();
            int bodies = BindAll(compilation.Clone());
            bind.Stop();

            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new KerasModelGenerator().AsSourceGenerator() },
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var run = Stopwatch.StartNew();
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation.Clone(), out var output, out _);
            run.Stop();
            var (analyzerWall, analyzerReported) = RunAnalyzer(output);
            var steps = driver.GetRunResult().Results[0].TrackedSteps;
            string Step(string name) => steps.TryGetValue(name, out var runs) ? $"{runs.Sum(s => s.ElapsedTime.TotalMilliseconds):F0} ms" : "-";
            Console.WriteLine($"round {round}: generator {run.Elapsed.TotalMilliseconds:F0} ms (ModelTargets {Step("ModelTargets")}, " +
                $"ModelFacts {Step("ModelFacts")}, SourceOutput {Step("SourceOutput")}); binding the {bodies} bodies alone {bind.Elapsed.TotalMilliseconds:F0} ms; " +
                $"analyzer {analyzerReported:F0} ms as reported ({analyzerWall:F0} ms wall with the compiler's binding)");
        }
    }

    /// <summary>
    /// The analyzer over the generator's output, as the compiler runs it after the generator; its time as ReportAnalyzer
    /// reports it, and the wall time of the whole analysis (the operation trees' binding included).
    /// </summary>
    private static (double Wall, double Reported) RunAnalyzer(Compilation compilation)
    {
        var analyzer = new AnalyzerAssembly::KerasDsl.Analyzers.KerasModelAnalyzer();
        var withAnalyzers = CompilerBenchmarks.WithAnalyzer(compilation, analyzer, logExecutionTime: true);
        var wall = Stopwatch.StartNew();
        _ = withAnalyzers.GetAnalyzerDiagnosticsAsync().Result;
        wall.Stop();
        var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).Result;
        return (wall.Elapsed.TotalMilliseconds, telemetry.ExecutionTime.TotalMilliseconds);
    }

    /// <summary>Binds every [KerasModel] member's initializer or expression body, as the generator's transform does first.</summary>
    private static int BindAll(Compilation compilation)
    {
        int bodies = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var body = node switch
                {
                    VariableDeclaratorSyntax { Initializer: { } initializer } => initializer.Value,
                    ArrowExpressionClauseSyntax arrow => arrow.Expression,
                    _ => null,
                };
                if (body == null) continue;
                _ = model.GetOperation(body);
                bodies++;
            }
        }
        return bodies;
    }
}
