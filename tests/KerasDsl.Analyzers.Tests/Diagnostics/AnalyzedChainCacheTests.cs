extern alias AnalyzerAssembly;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using AnalyzedChain = AnalyzerAssembly::KerasDsl.Analyzers.Reporting.AnalyzedChain;
using AnalyzedChainCache = AnalyzerAssembly::KerasDsl.Analyzers.Reporting.AnalyzedChainCache;
using ChainParser = AnalyzerAssembly::KerasDsl.Analyzers.Parser.ChainParser;
using KerasApi = AnalyzerAssembly::KerasDsl.Analyzers.Parser.KerasApi;

namespace KerasDsl.Analyzers.Tests.Diagnostics;

/// <summary>
/// The analyzer reuses a chain read and evaluated in an earlier compilation when the chain's text is the same and
/// every call binds to the same method; each test's chain has units no other test writes, since the cache is
/// shared by every compilation against the test runtime. Places move with the chain; a changed binding, a const
/// (read from the operation tree) or a directive inside means reading again.
/// </summary>
public class AnalyzedChainCacheTests
{
    private const string Usings = "using KerasDsl;\nusing static KerasDsl.Keras;\n";

    /// <summary>The outermost chain call of the member <c>M</c>'s initializer in <paramref name="source"/>, read through the cache.</summary>
    private static (AnalyzedChain? Read, IInvocationOperation Call) ReadM(string source)
    {
        var compilation = References.Compile(source);
        var tree = compilation.SyntaxTrees.Single();
        var declarator = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == "M");
        var call = (IInvocationOperation)compilation.GetSemanticModel(tree).GetOperation(declarator.Initializer!.Value)!;
        return (AnalyzedChainCache.Read(call, KerasApi.For(compilation)!, default), call);
    }

    private static string Model(string chain, string before = "", string members = "") =>
        $"{Usings}{before}public static class Models\n{{\n{members}    public static readonly Sequential M = {chain};\n}}\n";

    [Fact]
    public void The_same_chain_moved_elsewhere_is_reused_with_its_places_moved()
    {
        const string chain = "Sequential(\"reuse\").Dense(4071, input: 3).Bidirectional(LSTM(71))";
        var (fresh, _) = ReadM(Model(chain));
        var (moved, call) = ReadM(Model(chain, before: "\n// Lines above the chain move it.\n\n", members: "    public const int Other = 1;\n"));

        Assert.Equal(0, fresh!.Value.Origin); // read: places are the file's own
        Assert.Equal(call.Syntax.SpanStart, moved!.Value.Origin); // reused: places relative to the chain
        Assert.Same(fresh.Value.Evaluation, moved.Value.Evaluation);

        // Every place, made absolute, is where a fresh read puts it in the moved file.
        var reference = ChainParser.Parse(call, keepLocations: true, default)!;
        var tree = call.Syntax.SyntaxTree;
        Assert.Equal(reference.RootSpan.Span, moved.Value.Locate(moved.Value.Chain.RootSpan, tree).SourceSpan);
        Assert.Equal(reference.Layers.Select(l => l.NameSpan.Span), moved.Value.Chain.Layers.Select(l => moved.Value.Locate(l.NameSpan, tree).SourceSpan));
        Assert.Equal(["Dense", "Bidirectional"], moved.Value.Chain.Layers.Select(l => tree.GetText().ToString(moved.Value.Locate(l.NameSpan, tree).SourceSpan)));
        Assert.Equal(reference.Layers.Select(l => l.Call), moved.Value.Chain.Layers.Select(l => l.Call));
    }

    [Fact]
    public void A_root_that_binds_elsewhere_with_the_same_text_is_not_a_chain()
    {
        const string chain = "Sequential().Dense(4072, input: 3)";
        Assert.NotNull(ReadM(Model(chain)).Read);
        // The same text, where Sequential() is the type's own method: a Sequential made some other way, not a chain to check.
        var (shadowed, _) = ReadM(Model(chain, members: "    private static Sequential Sequential() => Keras.Sequential(\"mine\").Dense(2, input: 7);\n"));
        Assert.Null(shadowed);
    }

    [Fact]
    public void A_factory_that_binds_elsewhere_with_the_same_text_is_read_again()
    {
        const string chain = "Sequential().Bidirectional(LSTM(4073), input: (null, 5))";
        var (keras, _) = ReadM(Model(chain));
        Assert.True(keras!.Value.Chain.IsComplete);
        Assert.Equal(2 * 4 * (4073 * (5 + 4073 + 1)), keras.Value.Evaluation.Summary!.TotalParams);

        // LSTM(...) is the type's own helper here: the compiler cannot see what it builds (KD0011 names it), no counts.
        var (helper, _) = ReadM(Model(chain, members: "    private static LayerSpec LSTM(int units) => Keras.GRU(units);\n"));
        Assert.False(helper!.Value.Chain.IsComplete);
        Assert.Null(helper.Value.Evaluation.Summary);
    }

    [Fact]
    public void A_chain_with_a_const_is_read_in_every_compilation()
    {
        const string chain = "Sequential().Dense(U, input: 4074)";
        var (four, _) = ReadM(Model(chain, members: "    private const int U = 4;\n"));
        var (five, _) = ReadM(Model(chain, members: "    private const int U = 5;\n"));
        Assert.Equal(4 * 4074 + 4, four!.Value.Evaluation.Summary!.TotalParams);
        Assert.Equal(5 * 4074 + 5, five!.Value.Evaluation.Summary!.TotalParams);
        Assert.Equal(0, five.Value.Origin);
    }

    [Fact]
    public void A_chain_with_a_directive_inside_is_read_in_every_compilation()
    {
        const string chain = "Sequential()\n#if DEBUG\n        .Dense(1)\n#endif\n        .Dense(4075, input: 3)";
        ReadM(Model(chain));
        var (again, _) = ReadM(Model(chain, before: "\n"));
        Assert.Equal(0, again!.Value.Origin);
    }
}
