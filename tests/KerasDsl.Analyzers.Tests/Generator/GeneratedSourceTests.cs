extern alias AnalyzerAssembly;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;

namespace KerasDsl.Analyzers.Tests.Generator;

/// <summary>
/// The generated source, approved file by file (Approved/*.approved.cs), for every kind of place a
/// [KerasModel] can live; each output must also compile with warnings as errors and XML docs checked.
/// </summary>
public class GeneratedSourceTests
{
    private static void Approve(string name, string source, int expectedFiles)
    {
        var files = GeneratorRunner.Generate(out var output, source);
        GeneratorRunner.AssertCompilesClean(output);
        Assert.Equal(expectedFiles, files.Count);
        // Every file is compared (and a .received.cs written for each difference) before the test fails.
        var failures = new List<Exception>();
        foreach (var (hint, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            try { text.ShouldMatchApprovedSource(name + "." + hint.Replace(".KerasModel.g.cs", "").Replace(".g.cs", "")); }
            catch (Exception e) { failures.Add(e); }
        }
        if (failures.Count > 0) throw new AggregateException(failures);
    }

    [Fact]
    public void Seed_models_in_a_block_namespace() => Approve("BlockNamespace", Usings + """

        namespace Seed.Models
        {
            public static partial class SeedModels
            {
                /// <summary>The seed article's first model.</summary>
                [KerasModel]
                public static readonly Sequential Mlp = Sequential()
                    .Dense(4, activation: "relu", input: 3)
                    .Dense(5, activation: "relu", trainable: false)
                    .Dense(10, activation: "relu", trainable: false)
                    .Dense(2, activation: "softmax");

                [KerasModel]
                public static Sequential Dense5 { get; } = Sequential()
                    .Dense(5, activation: "relu", input: 3)
                    .Dense(8, activation: "relu", trainable: false)
                    .Dense(10, activation: "relu", trainable: false)
                    .Dense(15, activation: "relu")
                    .Dense(4, activation: "softmax");
            }
        }
        """, expectedFiles: 2);

    [Fact]
    public void File_scoped_namespace_and_expression_bodied_property() => Approve("FileScoped", Usings + """

        namespace Vision;

        internal partial class Models
        {
            [KerasModel]
            internal static Sequential Classifier => Sequential(name: "classifier").Flatten(input: (28, 28)).Dense(10, activation: "softmax", name: "logits");
        }
        """, expectedFiles: 1);

    [Fact]
    public void Nested_generic_types_records_and_interfaces() => Approve("Nested", Usings + """

        public partial class Outer<TKey, TValue>
        {
            private partial record struct Pair
            {
                [KerasModel] static readonly Sequential Small = Sequential().Dense(1, input: 1);
            }

            public partial interface IModels<TIn, TOut>
            {
                [KerasModel] static Sequential Tiny => Sequential().Dense(2, input: 2);
            }

            protected partial record Holder
            {
                [KerasModel] static readonly Sequential Big = Sequential().Dense(3, input: 3);
            }
        }
        """, expectedFiles: 3);

    [Fact]
    public void Keyword_names_need_at_signs() => Approve("Keywords", Usings + """

        namespace @namespace
        {
            static partial class @class
            {
                [KerasModel] public static readonly Sequential @event = Sequential().Dense(1, input: 1);
            }
        }
        """, expectedFiles: 1);

    [Fact]
    public void Names_with_markup_are_escaped_in_the_docs_and_kept_in_the_text() => Approve("Escaping", Usings + """

        partial class Escaping
        {
            [KerasModel] static readonly Sequential Model = Sequential(name: "a<b>&\"c\"").Dense(1, input: 1, name: "x<y>");
        }
        """, expectedFiles: 1);

    [Fact]
    public void The_constants_are_constants_usable_in_const_declarations_and_attributes()
    {
        var files = GeneratorRunner.Generate(out var output, Usings + """

            [assembly: System.Reflection.AssemblyDescription(M.ModelSummary.Text)]

            public static partial class M
            {
                [KerasModel] public static readonly Sequential Model = Sequential().Dense(4, input: 3).Dense(1);

                public const long Total = ModelSummary.TotalParams;
                public const bool Expected = Total == 21 && ModelSummary.TrainableParams == 21 && ModelSummary.NonTrainableParams == 0 &&
                                             ModelSummary.LayerCount == 2 && ModelSummary.OutputShape == "(None, 1)";

                public static string Describe(long count) => count switch
                {
                    ModelSummary.TotalParams => "the model's size",
                    _ => "another size",
                };
            }
            """);
        GeneratorRunner.AssertCompilesClean(output);
        Assert.Single(files);
        var expected = (Microsoft.CodeAnalysis.IFieldSymbol)output.GetTypeByMetadataName("M")!.GetMembers("Expected").Single();
        Assert.Equal(true, expected.ConstantValue);
    }

    [Fact]
    public void Output_compiles_in_CSharp_7_3_without_the_nullable_directive()
    {
        var options = References.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3).WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create("Old",
            [CSharpSyntaxTree.ParseText(Marked("[KerasModel] static readonly Sequential Model = Sequential().Dense(4, input: 3);"), options)],
            References.All, References.CompilationOptions.WithNullableContextOptions(NullableContextOptions.Disable));
        var driver = CSharpGeneratorDriver.Create([new AnalyzerAssembly::KerasDsl.Analyzers.KerasModelGenerator().AsSourceGenerator()], parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generated = Assert.Single(driver.GetRunResult().GeneratedTrees, t => !t.FilePath.EndsWith(GeneratorRunner.ModelListHintName, StringComparison.Ordinal)).ToString();
        Assert.DoesNotContain("#nullable", generated);
        GeneratorRunner.AssertCompilesClean(output);
    }

    [Theory]
    [InlineData("[KerasModel] static readonly Sequential Model = Sequential().Dense(4).Dense(2);")]
    [InlineData("[KerasModel] static readonly Sequential Model = Sequential().Dense(0, input: 3);")]
    [InlineData("static int n = 4; [KerasModel] static readonly Sequential Model = Sequential().Dense(n, input: 3);")]
    [InlineData("[KerasModel] static readonly Sequential Model = Build(); static Sequential Build() => Sequential().Dense(n(), input: 3); static int n() => System.Environment.ProcessorCount;")]
    [InlineData("[KerasModel] readonly Sequential Model = Sequential().Dense(4, input: 3);")]
    public void A_model_that_cannot_be_counted_gets_no_file_and_no_generator_diagnostic(string declaration)
    {
        var (_, result) = GeneratorRunner.Run(Marked(declaration));
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Cancellation_reaches_the_compiler_and_is_not_swallowed()
    {
        var compilation = References.Compile(Marked("[KerasModel] static readonly Sequential Model = Sequential().Dense(4, input: 3);"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => GeneratorRunner.CreateDriver().RunGenerators(compilation, cancelled.Token));
    }

    [Fact]
    public void Output_is_deterministic()
    {
        string source = Marked("[KerasModel] static readonly Sequential A = Sequential().Dense(4, input: 3);\n    [KerasModel] static readonly Sequential B = Sequential().Dense(2, input: 5);");
        var first = GeneratorRunner.Generate(source);
        var second = GeneratorRunner.Generate(source);
        Assert.Equal(first.OrderBy(f => f.Key), second.OrderBy(f => f.Key));
        Assert.Equal(["C.A.c.KerasModel.g.cs", "C.B.c.KerasModel.g.cs"], first.Keys.Order(StringComparer.Ordinal));
    }
}
