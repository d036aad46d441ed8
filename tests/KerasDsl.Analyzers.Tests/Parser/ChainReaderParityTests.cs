extern alias AnalyzerAssembly;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ChainInfo = AnalyzerAssembly::KerasDsl.Analyzers.Models.ChainInfo;
using ChainParser = AnalyzerAssembly::KerasDsl.Analyzers.Parser.ChainParser;
using KerasApi = AnalyzerAssembly::KerasDsl.Analyzers.Parser.KerasApi;
using SyntaxChainReader = AnalyzerAssembly::KerasDsl.Analyzers.Parser.SyntaxChainReader;

namespace KerasDsl.Analyzers.Tests.Parser;

/// <summary>
/// The generator reads most chains from syntax (SyntaxChainReader) and the rest, like the analyzer, from
/// the operation tree (ChainParser), which itself reads each call's arguments from syntax first
/// (SyntaxArgumentReader) and from the operation tree only where syntax cannot be certain. The reference is the
/// operation tree alone: wherever a syntax path accepts, its records (and the analyzer's places) must be the
/// operation tree's, value for value; where it cannot be certain, it must decline.
/// </summary>
public class ChainReaderParityTests
{
    private const string Features = """
        using KerasDsl;
        using static KerasDsl.Keras;
        using K = KerasDsl.Keras;

        public static partial class Features
        {
            [KerasModel] public static readonly Sequential OutOfOrder = Sequential(name: "m")
                .Dense(useBias: false, units: 8, input: 3, activation: "relu")
                .Dropout(0.5)
                .Dense(1, trainable: false, name: "head");
            [KerasModel] public static readonly Sequential Tuples = Sequential()
                .Conv2D(16, (3, 3), strides: (2, 1), padding: "same", input: (28, 28, 3))
                .ZeroPadding2D(((1, 1), (2, 2)))
                .Reshape((-1, 16))
                .LSTM(4);
            [KerasModel] public static readonly Sequential Nested = Keras.Sequential()
                .Bidirectional(LSTM(64, returnSequences: true), input: (null, 5))
                .Bidirectional(Keras.GRU(16, resetAfter: false), mergeMode: "sum")
                .Dense(-1);
            [KerasModel] public static Sequential Property => Sequential().Dense(4, input: default).Dense(2);
            [KerasModel] public static Sequential Initialized { get; } = Sequential().Dense((4), input: (7)).LeakyReLU(0.2);
            [KerasModel] public static readonly Sequential Alias = K.Sequential().Dense(8, input: 3);
        }
        """;

    private const string Declined = """
        using KerasDsl;
        using static KerasDsl.Keras;

        public static partial class Declined
        {
            const int Units = 8;
            [KerasModel] public static readonly Sequential ConstField = Sequential().Dense(Units, input: 3);
            [KerasModel] public static readonly Sequential Arithmetic = Sequential().Dense(2 * 4, input: 3);
            [KerasModel] public static readonly Sequential ViaAdd = Sequential().Add(Dense(8), input: 3);
            [KerasModel] public static readonly Sequential LongLiteral = Sequential().Dense(8L, input: 3);
            [KerasModel] public static readonly Sequential UIntLiteral = Sequential().Dense(3000000000, input: 3);
            [KerasModel] public static readonly Sequential DefaultOfAType = Sequential().Dense(8, input: default(InputShape));
        }

        public static partial class Shadowing
        {
            static LayerSpec LSTM(int units) => Keras.GRU(units);
            [KerasModel] public static readonly Sequential ShadowedFactory = Sequential().Bidirectional(LSTM(8), input: (null, 5));
        }

        public static partial class ShadowingRoot
        {
            static Sequential Sequential() => Keras.Sequential().Dense(3, input: 2);
            [KerasModel] public static readonly Sequential ShadowedRoot = Sequential().Dense(1);
        }
        """;

    /// <summary>
    /// The syntax reader keeps what a name binds to per type scope (one semantic model, many models): a type that
    /// shadows a factory, and a type nested in it, must not see the answer of a type that does not, nor the reverse.
    /// </summary>
    private const string Scopes = """
        using KerasDsl;
        using static KerasDsl.Keras;

        public static partial class Plain
        {
            [KerasModel] public static readonly Sequential First = Sequential().Bidirectional(LSTM(8), input: (null, 5));
        }

        public static partial class Shadows
        {
            static LayerSpec LSTM(int units) => Keras.GRU(units);
            [KerasModel] public static readonly Sequential Shadowed = Sequential().Bidirectional(LSTM(8), input: (null, 5));

            public static partial class Nested
            {
                [KerasModel] public static readonly Sequential InheritsTheShadow = Sequential().Bidirectional(LSTM(8), input: (null, 5));
            }
        }

        public static partial class PlainAgain
        {
            [KerasModel] public static readonly Sequential Last = Sequential().Bidirectional(LSTM(8), input: (null, 5));
        }

        public static partial class PropertyNamedLikeAFactory
        {
            // An invocation looks past a member that cannot be invoked: GRU(8) is still Keras.GRU.
            static int GRU => 3;
            [KerasModel] public static readonly Sequential PastTheProperty = Sequential().Bidirectional(GRU(8), input: (null, 5));
        }
        """;

    [Fact]
    public void What_a_name_binds_to_is_kept_per_type_scope()
    {
        var (accepted, total) = Compare(Scopes);
        Assert.Equal(5, total);
        Assert.Equal(3, accepted); // Plain, PlainAgain, PropertyNamedLikeAFactory; the shadowing type and the type nested in it are declined
    }

    /// <summary>
    /// A chain read in one compilation is reused in the next (a compiler server's builds) when its text is the same and
    /// its names bind at its scope as before; a method added elsewhere in the type that shadows a factory, with the
    /// chain's text unchanged, must make the reader decline, not hand back the old chain.
    /// </summary>
    [Fact]
    public void A_chain_read_before_is_reused_only_where_its_names_still_bind_to_Keras()
    {
        const string models = """
            using KerasDsl;
            using static KerasDsl.Keras;

            public static partial class Reused
            {
                [KerasModel] public static readonly Sequential First = Sequential().Bidirectional(LSTM(8), input: (null, 5)).Dense(13);
                [KerasModel] public static readonly Sequential Second = Sequential().Bidirectional(LSTM(8), input: (null, 5)).Dense(17);
            }
            """;
        const string shadow = """
            using KerasDsl;

            public static partial class Reused
            {
                static LayerSpec LSTM(int units) => Keras.GRU(units);
            }
            """;

        ChainInfo?[] Read(params string[] sources)
        {
            var compilation = References.Compile(sources);
            var tree = compilation.SyntaxTrees.First();
            var model = compilation.GetSemanticModel(tree);
            return Values(tree.GetRoot()).Select(v => SyntaxChainReader.TryRead(v, model, default)).ToArray();
        }

        var before = Read(models);
        var again = Read(models);
        Assert.All(before, Assert.NotNull);
        Assert.Same(before[1], again[1]); // the scope's names were bound by the first model's read: the second is reused
        Assert.Equal(before[0], again[0]);

        var shadowed = Read(models, shadow);
        Assert.All(shadowed, Assert.Null);
    }

    public static TheoryData<string> Files() => new(TestData.Names);

    [Theory]
    [MemberData(nameof(Files))]
    public void Where_syntax_accepts_a_chain_it_reads_what_the_operation_tree_reads(string file) =>
        Compare(TestData.Read(file));

    [Fact]
    public void The_syntax_reader_accepts_every_seed_model() =>
        Assert.Equal(6, Compare(TestData.Read("SeedModels.cs")).Accepted);

    [Fact]
    public void The_syntax_reader_reads_named_arguments_tuples_defaults_nested_factories_and_aliases()
    {
        var (accepted, total) = Compare(Features);
        Assert.Equal(6, total);
        Assert.Equal(6, accepted);
    }

    [Fact]
    public void The_syntax_reader_declines_what_only_binding_can_tell()
    {
        var (accepted, total) = Compare(Declined);
        Assert.Equal(8, total);
        Assert.Equal(0, accepted);
    }

    /// <summary>
    /// Chains anywhere (locals, arguments, returns), where the analyzer reads them: a factory shadowed by a local
    /// function, a const local, a stop in the middle, compile errors. Not [KerasModel] members, so only ChainParser reads them.
    /// </summary>
    private const string InMethods = """
        using KerasDsl;
        using static KerasDsl.Keras;

        public static class InMethods
        {
            const int Units = 8;

            public static Sequential Local()
            {
                var model = Sequential(name: "local").Dense(Units, input: 3).Dense(2 * 4).Dropout(0.25);
                return model;
            }

            public static Sequential Shadowed()
            {
                static LayerSpec LSTM(int units) => Keras.GRU(units);
                return Sequential().Bidirectional(LSTM(8), input: (null, 5)).Dense(1);
            }

            public static Sequential Stops(int n) => Sequential().Dense(4, input: 3).Dense(n).Dense(1);

            public static Sequential Refused() => Sequential().Dense(4, input: 3).LSTM(64).Dense(1);

            public static Sequential Nested() => Keras.Sequential()
                .Bidirectional(LSTM(64, returnSequences: true), input: (null, 5))
                .Bidirectional(Keras.GRU(16, resetAfter: false), mergeMode: "sum")
                .TimeDistributed(Dense(3))
                .Add(Dense(1));

            public static Sequential Errors() => Sequential().Dense(8L, input: 3).Dense(units: "four").Dense(1);
        }
        """;

    public static TheoryData<string> Sources() => new([.. TestData.Names, nameof(Features), nameof(Declined), nameof(Scopes), nameof(InMethods)]);

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_chain_parser_reads_what_the_operation_tree_alone_reads_places_included(string source)
    {
        var text = source switch
        {
            nameof(Features) => Features,
            nameof(Declined) => Declined,
            nameof(Scopes) => Scopes,
            nameof(InMethods) => InMethods,
            _ => TestData.Read(source),
        };
        var compilation = References.Compile(text);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        int chains = 0;
        foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetOperation(call) is not IInvocationOperation invocation || !ChainParser.IsOutermostChainCall(invocation, KerasApi.For(model.Compilation)!)) continue;
            foreach (bool keepLocations in new[] { true, false })
            {
                ChainInfo? reference = ChainParser.Parse(invocation, keepLocations, argumentsFromSyntax: false, default);
                ChainInfo? hybrid = ChainParser.Parse(invocation, keepLocations, argumentsFromSyntax: true, default);
                Assert.Equal(reference?.ToString(), hybrid?.ToString());
                Assert.Equal(reference, hybrid);
            }
            chains++;
        }
        Assert.True(chains > 0, "no chain found");
    }

    /// <summary>For each [KerasModel] member: both readers; equal records where syntax accepts.</summary>
    private static (int Accepted, int Total) Compare(string source)
    {
        var (accepted, total) = CompareAll(source);
        return (accepted.Count, total);
    }

    /// <summary>The same over several files of one compilation, in order: the names of the members syntax accepted, and how many there are.</summary>
    private static (List<string> Accepted, int Total) CompareAll(params string[] sources)
    {
        var compilation = References.Compile(sources);
        var accepted = new List<string>();
        int total = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var value in Values(tree.GetRoot()))
            {
                total++;
                ChainInfo? fast = SyntaxChainReader.TryRead(value, model, default);
                if (fast == null) continue;
                accepted.Add(value.FirstAncestorOrSelf<VariableDeclaratorSyntax>()?.Identifier.ValueText ?? value.ToString());
                ChainInfo? bound = ChainParser.Parse(model.GetOperation(value), keepLocations: false, argumentsFromSyntax: false, default);
                Assert.True(bound != null, $"syntax read a chain the operation reader does not see: {value}");
                Assert.Equal(bound!.ToString(), fast.ToString());
                Assert.Equal(bound, fast);
            }
        }
        return (accepted, total);
    }

    /// <summary>
    /// What a name binds to is shared by the types of a compilation under the same namespaces and using directives
    /// when the type declares no such name: a type in another file with the same usings reuses it; a type whose base
    /// class declares the name, and a file with one more using static, do not.
    /// </summary>
    [Fact]
    public void What_a_name_binds_to_is_shared_only_by_types_with_the_same_usings_that_do_not_declare_it()
    {
        const string first = """
            using KerasDsl;
            using static KerasDsl.Keras;

            namespace SharedScopes;

            public static partial class First
            {
                [KerasModel] public static readonly Sequential Plain = Sequential().Bidirectional(LSTM(8), input: (null, 5));
            }

            public class Base
            {
                protected static LayerSpec LSTM(int units) => Keras.GRU(units);
            }

            public partial class Derived : Base
            {
                [KerasModel] public static readonly Sequential Inherited = Sequential().Bidirectional(LSTM(8), input: (null, 5));
            }

            public static class Helpers
            {
                public static LayerSpec LSTM(int units) => Keras.SimpleRNN(units);
            }
            """;
        const string sameUsings = """
            using KerasDsl;
            using static KerasDsl.Keras;

            namespace SharedScopes;

            public static partial class Second
            {
                [KerasModel] public static readonly Sequential AlsoPlain = Sequential().Bidirectional(LSTM(8), input: (null, 5));
            }
            """;
        const string moreUsings = """
            using KerasDsl;
            using static KerasDsl.Keras;
            using static SharedScopes.Helpers;

            namespace SharedScopes;

            public static partial class Third
            {
                // LSTM(8) is Helpers.LSTM here: C# prefers it, which fills in no optional parameter.
                [KerasModel] public static readonly Sequential HelpersLstm = Sequential().Bidirectional(LSTM(8), input: (null, 5));
            }
            """;

        var (accepted, total) = CompareAll(first, sameUsings, moreUsings);
        Assert.Equal(4, total);
        Assert.Equal(["Plain", "AlsoPlain"], accepted);
    }

    private static IEnumerable<ExpressionSyntax> Values(SyntaxNode root)
    {
        foreach (var member in root.DescendantNodes().OfType<MemberDeclarationSyntax>())
        {
            if (!member.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() == "KerasModel")) continue;
            switch (member)
            {
                case FieldDeclarationSyntax field:
                    foreach (var v in field.Declaration.Variables) if (v.Initializer != null) yield return v.Initializer.Value;
                    break;
                case PropertyDeclarationSyntax { ExpressionBody: { } body }:
                    yield return body.Expression;
                    break;
                case PropertyDeclarationSyntax { Initializer: { } init }:
                    yield return init.Value;
                    break;
            }
        }
    }
}
