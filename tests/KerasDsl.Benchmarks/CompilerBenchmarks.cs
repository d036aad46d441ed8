extern alias AnalyzerAssembly;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Interpreter = AnalyzerAssembly::KerasDsl.Analyzers.Interpretation.Interpreter;
using Lowerer = AnalyzerAssembly::KerasDsl.Analyzers.Lowering.Lowerer;
using RuntimeApi = AnalyzerAssembly::KerasDsl.Analyzers.Lowering.RuntimeApi;
using KerasModelAnalyzer = AnalyzerAssembly::KerasDsl.Analyzers.KerasModelAnalyzer;
using KerasModelGenerator = AnalyzerAssembly::KerasDsl.Analyzers.KerasModelGenerator;

namespace KerasDsl.Benchmarks;

/// <summary>
/// KerasDsl's generator and analyzer over 500 [KerasModel] models (the recipe of build-cost/generate.py: Dense,
/// Conv2D, recurrent and Bidirectional chains of 4 to 12 layers), in process, warm, on a compilation already
/// bound: what they cost once the compiler is loaded, without the noise of a whole build. The analyzer's own
/// cost is the difference between <see cref="Analyzer"/> and <see cref="OperationWalk"/>, an analyzer that
/// only receives the same invocations (the compiler's binding and operation trees are in both).
/// </summary>
[MemoryDiagnoser]
public class CompilerBenchmarks
{
    private CSharpCompilation compilation = null!;

    /// <summary>The 500 models' compilation, once <see cref="Setup"/> has made it (for <see cref="GeneratorSteps"/>).</summary>
    internal CSharpCompilation Compilation => compilation;
    private readonly ISourceGenerator generator = new KerasModelGenerator().AsSourceGenerator();
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    [GlobalSetup]
    public void Setup()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Keras).Assembly.Location)
            .Append(typeof(KerasDsl.Core.SequentialModel).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var trees = BuildCostModels.Sources(500).Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions));
        compilation = CSharpCompilation.Create("BuildCost", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The benchmark's models do not compile: " + errors[0]);
    }

    [Benchmark(Description = "Generator, 500 models (a first run: every model lowered and evaluated)")]
    public int Generator() => RunGenerator();

    [Benchmark(Description = "Analyzer, 500 models")]
    public int Analyzer() => RunAnalyzer(new KerasModelAnalyzer());

    private (IOperation Body, CSharpCompilation Compilation) resNet50, chain1000;

    [GlobalSetup(Targets = new[] { nameof(EvaluateResNet50), nameof(EvaluateChain1000), nameof(LowerChain1000), nameof(InterpretChain1000) })]
    public void SetupEvaluations()
    {
        Setup();
        resNet50 = Body(File.ReadAllText(Path.Combine(RepoRoot(), "samples", "KerasDsl.Samples", "Applications", "ResNet50.cs")), "ResNet50");
        var chain = "Sequential().Dense(8, input: 8)" + string.Concat(Enumerable.Repeat(".Dense(8)", 999));
        chain1000 = Body("using KerasDsl;\nusing static KerasDsl.Keras;\npublic static partial class Chain\n{\n    [KerasModel] public static Sequential Long() => " + chain + ";\n}\n", "Long");
    }

    /// <summary>What the generator does for ResNet50's [KerasModel] method once the compiler has bound it: lower its code and run it.</summary>
    [Benchmark(Description = "Evaluator: ResNet50 (lower + run)")]
    public object? EvaluateResNet50() => Evaluate(resNet50);

    [Benchmark(Description = "Evaluator: a 1,000-layer Sequential chain (lower + run)")]
    public object? EvaluateChain1000() => Evaluate(chain1000);

    /// <summary>The two halves of <see cref="EvaluateChain1000"/>: lowering the bound code into a program, and running it.</summary>
    [Benchmark(Description = "Evaluator: a 1,000-layer Sequential chain (lower only)")]
    public object LowerChain1000() => Lower(chain1000);

    [Benchmark(Description = "Evaluator: a 1,000-layer Sequential chain (run only)")]
    public object? InterpretChain1000() => Interpreter.Evaluate(chain1000Program ??= Lower(chain1000), CancellationToken.None).Value;

    private AnalyzerAssembly::KerasDsl.Analyzers.Program.ModelProgram? chain1000Program;

    private static object? Evaluate((IOperation Body, CSharpCompilation Compilation) member) =>
        Interpreter.Evaluate(Lower(member), CancellationToken.None).Value;

    private static AnalyzerAssembly::KerasDsl.Analyzers.Program.ModelProgram Lower((IOperation Body, CSharpCompilation Compilation) member) =>
        Lowerer.Lower(member.Body, "member", RuntimeApi.For(member.Compilation)!, member.Compilation, keepLocations: false, CancellationToken.None);

    /// <summary>The bound body of <paramref name="method"/> in a compilation of <paramref name="source"/> with the benchmark's references.</summary>
    private (IOperation, CSharpCompilation) Body(string source, string method)
    {
        var tree = CSharpSyntaxTree.ParseText("global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n" + source, ParseOptions);
        var c = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(tree);
        var declaration = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().First(m => m.Identifier.Text == method);
        return (c.GetSemanticModel(tree).GetOperation(declaration)!, c);
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    [Benchmark(Baseline = true, Description = "Operation walk alone (an analyzer that only receives the invocations)")]
    public int OperationWalk() => RunAnalyzer(new InvocationCounter());

    private int RunGenerator()
    {
        var driver = CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: ParseOptions).RunGenerators(compilation);
        return driver.GetRunResult().GeneratedTrees.Length;
    }

    private int RunAnalyzer(DiagnosticAnalyzer analyzer) =>
        WithAnalyzer(compilation, analyzer, logExecutionTime: false).GetAnalyzerDiagnosticsAsync().Result.Length;

    /// <summary><paramref name="analyzer"/> alone over <paramref name="target"/>, on one thread (for <see cref="GeneratorSteps"/> too).</summary>
    internal static CompilationWithAnalyzers WithAnalyzer(Compilation target, DiagnosticAnalyzer analyzer, bool logExecutionTime) =>
        target.WithAnalyzers(ImmutableArray.Create(analyzer), new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: logExecutionTime));

    /// <summary>Receives every invocation, as KerasModelAnalyzer does, and does nothing with it.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class InvocationCounter : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never", "never", "bench", DiagnosticSeverity.Info, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(c => _ = ((IInvocationOperation)c.Operation).TargetMethod.Name, OperationKind.Invocation);
        }
    }
}
