extern alias AnalyzerAssembly;
using System.Collections.Immutable;
using System.Reflection;
using KerasDsl.Analyzers.Tests.Generator;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using KerasModelAnalyzer = AnalyzerAssembly::KerasDsl.Analyzers.KerasModelAnalyzer;
using KerasModelGenerator = AnalyzerAssembly::KerasDsl.Analyzers.KerasModelGenerator;

namespace KerasDsl.Analyzers.Tests.Evaluation;

/// <summary>
/// The compiler's evaluator as a user meets it: a name bound as the program binds it (a file-local type is never taken for
/// the runtime's), a helper edited in another file, each reason evaluation stops (an Info where, and the helper path), and
/// KerasDsl's own failure made visible (KD0019).
/// </summary>
// With the robustness tests, which watch every swallowed exception: this class forces one.
[Collection(nameof(RobustnessTests))]
public class EvaluatorTests
{
    private const string FileLocalK = """
        using K = KerasDsl.Keras;
        namespace App;

        // This file's K is its own: its LSTM makes a GRU. The program binds K here to this class, not to the alias.
        file static class K
        {
            public static KerasDsl.Sequential Sequential() => KerasDsl.Keras.Sequential();
            public static KerasDsl.LayerSpec LSTM(int units) => KerasDsl.Keras.GRU(units);
        }

        public static partial class Models
        {
            [KerasDsl.KerasModel] public static readonly KerasDsl.Sequential M = K.Sequential().Add(K.LSTM(16), input: (null, 8));
        }
        """;

    private const string AliasK = """
        using K = KerasDsl.Keras;
        namespace App;

        public static partial class Other
        {
            [KerasDsl.KerasModel] public static readonly KerasDsl.Sequential N = K.Sequential().Add(K.LSTM(16), input: (null, 8));
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_file_local_type_named_like_the_alias_is_bound_as_the_program_binds_it(bool fileLocalFirst)
    {
        var sources = fileLocalFirst ? new[] { FileLocalK, AliasK } : new[] { AliasK, FileLocalK };
        var assembly = ParityTests.CompileAndLoad(sources);
        var m = (Sequential)assembly.GetType("App.Models")!.GetField("M")!.GetValue(null)!;
        var n = (Sequential)assembly.GetType("App.Other")!.GetField("N")!.GetValue(null)!;
        Assert.Equal("GRU", m.Layers[0].ClassName);
        Assert.Equal("LSTM", n.Layers[0].ClassName);
        Assert.Equal(m.TotalParams, Const(assembly, "App.Models+MSummary", "TotalParams"));
        Assert.Equal(n.TotalParams, Const(assembly, "App.Other+NSummary", "TotalParams"));
        Assert.NotEqual(m.TotalParams, n.TotalParams);
    }

    private const string Caller = """
        using KerasDsl;
        using static KerasDsl.Keras;
        public static partial class Caller
        {
            [KerasModel] public static Sequential Model() => Blocks.Stack(Sequential().Dense(4, input: 4), 2);
        }
        """;

    private const string Helper = """
        using KerasDsl;
        public static class Blocks
        {
            public static Sequential Stack(Sequential model, int count)
            {
                for (int i = 0; i < count; i++) model = model.Dense(4);
                return model;
            }
        }
        """;

    [Fact]
    public void Editing_a_helper_in_another_file_updates_its_callers_constant()
    {
        var compilation = References.Compile(Caller, Helper);
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);
        Assert.Contains("TotalParams = 60L;", ModelFile(driver));   // 4*4+4, then two 4*4+4

        var helperTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(helperTree, helperTree.WithChangedText(SourceText.From(Helper.Replace("model.Dense(4)", "model.Dense(8)"))));
        var second = driver.RunGenerators(edited);
        Assert.Contains("TotalParams = 132L;", ModelFile(second));  // 20, then 4*8+8 = 40, then 8*8+8 = 72
    }

    private static string ModelFile(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.Contains("Caller", StringComparison.Ordinal)).SourceText.ToString();

    [Theory]
    [InlineData("var m = Sequential().Dense(1, input: 1); for (long i = 0; i < long.MaxValue; i++) m = m; return m;", "more than 2,000,000 steps")]
    [InlineData("return Deep(0);", "(in Deep, called from Deep at line 6 (63 times), called from M at line 5): evaluation nests calls nested more than 64 deep")]
    [InlineData("var sizes = new int[1]; return Sequential().Dense(sizes[2], input: 1);", "the program throws here: index 2 is out of range")]
    [InlineData("return Sequential().Dense(System.Environment.ProcessorCount, input: 1);", "the compiler does not follow the property Environment.ProcessorCount")]
    [InlineData("return Sequential().Dense(int.MaxValue * 2 > 0 ? 1 : Checked(), input: 1);", "the program throws here: 2147483647 * 2 throws OverflowException")]
    public void Each_reason_evaluation_stops_is_an_Info_where_it_stops_and_the_member_gets_KD0012(string body, string reason)
    {
        string source = "using KerasDsl;\nusing static KerasDsl.Keras;\npublic static partial class C\n{\n" +
                        "    [KerasModel] public static Sequential M() { " + body + " }\n" +
                        "    static Sequential Deep(int n) => Deep(n + 1);\n" +
                        "    static int Checked() { int big = int.MaxValue; return checked(big * 2); }\n}\n";
        // The overflow case reaches Checked() only if the constant condition is false: int.MaxValue * 2 is a compile error
        // in a constant expression, so it is written through a local instead.
        source = source.Replace("int.MaxValue * 2 > 0 ? 1 : Checked()", "Checked()");
        var diagnostics = Analyze(source);
        var info = Assert.Single(diagnostics, d => d.Id == "KD0011");
        Assert.Contains(reason, info.GetMessage());
        Assert.Equal(DiagnosticSeverity.Info, info.DefaultSeverity);
        var warning = Assert.Single(diagnostics, d => d.Id == "KD0012");
        Assert.Equal("M", warning.Location.SourceTree!.GetText().ToString(warning.Location.SourceSpan));
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public void A_chain_of_3000_layers_is_evaluated_or_stopped_never_a_crash()
    {
        // Deep enough that an unguarded recursion over the chain would risk the stack on the compiler's threads.
        string chain = "Sequential().Dense(2, input: 2)" + string.Concat(Enumerable.Repeat(".Dense(2)", 2999));
        string source = "using KerasDsl;\nusing static KerasDsl.Keras;\npublic static partial class C\n{\n    [KerasModel] public static Sequential M() => " + chain + ";\n}\n";
        Exception? failure = null;
        // On a thread with room for Roslyn's own binding of the chain; the evaluator's guard turns any shortage into a stop.
        var thread = new Thread(() => { try { Run(); } catch (Exception e) { failure = e; } }, 16 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);

        void Run()
        {
            var (_, result) = GeneratorRunner.Run(source);
            Assert.Null(result.Exception);
            var file = Assert.Single(result.GeneratedSources, s => s.HintName.Contains(".M.", StringComparison.Ordinal)).SourceText.ToString();
            Assert.Contains("TotalParams = 18000L;", file);
        }
    }

    [Fact]
    public void A_refusal_inside_a_helper_is_reported_at_the_members_call_and_names_the_path()
    {
        string source = "using KerasDsl;\nusing static KerasDsl.Keras;\npublic static partial class C\n{\n" +
                        "    [KerasModel] public static Model M() { var x = Input(4); return Model(x, Block(x)); }\n" +
                        "    static Tensor Block(Tensor x) => Inner(x);\n" +
                        "    static Tensor Inner(Tensor x) => x.LSTM(8);\n}\n";
        var refusal = Assert.Single(Analyze(source), d => d.Id == "KD0001");
        Assert.Equal("Block", refusal.Location.SourceTree!.GetText().ToString(refusal.Location.SourceSpan));
        Assert.Contains("(in Inner, called from Block at line 6, called from M at line 5)", refusal.GetMessage());
    }

    [Fact]
    public void A_static_field_that_is_not_readonly_gets_KD0020()
    {
        var diagnostics = Analyze("using KerasDsl;\nusing static KerasDsl.Keras;\npublic static partial class C\n{\n    [KerasModel] public static Sequential M = Sequential().Dense(1, input: 1);\n}\n");
        Assert.Contains("static readonly", Assert.Single(diagnostics, d => d.Id == "KD0020").GetMessage());
    }

    [Fact]
    public void A_member_of_a_file_local_type_is_KD0015_and_gets_no_file()
    {
        string source = "using KerasDsl;\nusing static KerasDsl.Keras;\nfile partial class C\n{\n    [KerasModel] public static readonly Sequential M = Sequential().Dense(1, input: 1);\n}\n";
        Assert.Contains("file-local", Assert.Single(Analyze(source), d => d.Id == "KD0015").GetMessage());
        var (_, result) = GeneratorRunner.Run(source);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_failure_inside_the_generator_is_KD0019_with_the_exceptions_type_and_message()
    {
        KerasModelGenerator.FailOnMemberForTests = "ForcedFailureMember";
        try
        {
            var (_, result) = GeneratorRunner.Run("using KerasDsl;\nusing static KerasDsl.Keras;\npublic static partial class C\n{\n" +
                "    [KerasModel] public static readonly Sequential ForcedFailureMember = Sequential().Dense(1, input: 1);\n" +
                "    [KerasModel] public static readonly Sequential Fine = Sequential().Dense(1, input: 1);\n}\n");
            var failure = Assert.Single(result.Diagnostics);
            Assert.Equal("KD0019", failure.Id);
            Assert.Equal(DiagnosticSeverity.Warning, failure.DefaultSeverity);
            Assert.Contains("System.InvalidOperationException: a failure forced by the tests", failure.GetMessage());
            Assert.Contains("ForcedFailureMember", failure.GetMessage());
            // At the member, where a missing constant is looked for.
            Assert.True(failure.Location.IsInSource);
            Assert.Equal("ForcedFailureMember", failure.Location.SourceTree!.GetText().ToString(failure.Location.SourceSpan));
            // The other model still gets its constants.
            Assert.Contains(result.GeneratedSources, s => s.HintName.Contains("Fine", StringComparison.Ordinal));
        }
        finally
        {
            KerasModelGenerator.FailOnMemberForTests = null;
        }
    }

    private static List<Diagnostic> Analyze(string source)
    {
        var compilation = References.Compile(source);
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KerasModelAnalyzer()), options).GetAnalyzerDiagnosticsAsync().Result.ToList();
    }

    private static long Const(Assembly assembly, string type, string name) =>
        (long)assembly.GetType(type)!.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
}
