extern alias AnalyzerAssembly;
using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ContainingTypeInfo = AnalyzerAssembly::KerasDsl.Analyzers.Models.ContainingTypeInfo;
using GeneratedModelInfo = AnalyzerAssembly::KerasDsl.Analyzers.Models.GeneratedModelInfo;
using HintNames = AnalyzerAssembly::KerasDsl.Analyzers.Emitter.HintNames;
using ModelListEmitter = AnalyzerAssembly::KerasDsl.Analyzers.Emitter.ModelListEmitter;
using SummaryEmitter = AnalyzerAssembly::KerasDsl.Analyzers.Emitter.SummaryEmitter;

namespace KerasDsl.Analyzers.Tests.Generator;

/// <summary>
/// <c>KerasDsl.Generated.KerasModels.All</c>: one entry per model the rest of the assembly can name, in the order of
/// their files' names, each made of its Summary class's constants; the others left out with a comment saying why.
/// The emitters are run on facts as the generator hands them over, with the user's partial types beside them, and the
/// assembly is compiled, loaded and read.
/// </summary>
public class ModelListTests
{
    private static GeneratedModelInfo Model(string? ns, ContainingTypeInfo[] types, string member, string name, long total, long trainable, int layers, string shape) =>
        new(HintNames.For(ns, types, member), ns, new(types), member, name, total, trainable, total - trainable, layers, shape,
            $"table of {name}\nTotal params: {total}\n") { AccessibleInAssembly = true };

    private static readonly GeneratedModelInfo Mlp = Model("Seed.Models", [new("class", "SeedModels", "")], "Mlp", "sequential", 123, 38, 4, "(None, 2)");
    private static readonly GeneratedModelInfo Event = Model("@namespace", [new("class", "@class", "")], "event", "odd \"name\"\n\u2028", 21, 21, 2, "(None, 1)");
    private static readonly GeneratedModelInfo Encoder = Model(null, [new("class", "Top", ""), new("class", "Inner", "")], "Encoder", "encoder", 10, 10, 1, "(None, 9)");
    private static readonly GeneratedModelInfo EncoderLower = Model(null, [new("class", "Top", ""), new("class", "Inner", "")], "encoder", "encoder_1", 12, 0, 1, "(None, 11)");
    private static readonly GeneratedModelInfo InGeneric = Model(null, [new("class", "Outer", "<TKey, TValue>"), new("record struct", "Pair", "")], "Small", "small", 2, 2, 1, "(None, 1)");
    private static readonly GeneratedModelInfo InPrivate = Model("App", [new("class", "Outer2", ""), new("class", "Hidden", "")], "Secret", "secret", 3, 3, 1, "(None, 2)") with { AccessibleInAssembly = false };
    private static readonly GeneratedModelInfo InFile = Model("App", [new("class", "Local", "")], "Mine", "mine", 4, 4, 1, "(None, 3)") with { InFileLocalType = true };

    private const string UserTypes = """
        namespace Seed.Models { static partial class SeedModels { } }
        namespace @namespace { static partial class @class { } }
        partial class Top { internal partial class Inner { } }
        partial class Outer<TKey, TValue> { private partial record struct Pair { } }
        namespace App { partial class Outer2 { private partial class Hidden { } } }
        """;

    private static readonly GeneratedModelInfo[] Emitted = [Mlp, Event, Encoder, EncoderLower, InGeneric, InPrivate];

    private static readonly ImmutableArray<AnalyzerAssembly::KerasDsl.Analyzers.Models.ModelListEntry> Entries =
        [.. new[] { InFile, EncoderLower, InPrivate, Mlp, InGeneric, Event, Encoder }.Select(ModelListEmitter.Entry)];

    private static CSharpCompilation Compile(LanguageVersion version, string userTypes, IEnumerable<GeneratedModelInfo> models, string list)
    {
        var options = References.ParseOptions.WithLanguageVersion(version).WithDocumentationMode(DocumentationMode.Diagnose);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(userTypes, options, path: "UserTypes.cs") };
        trees.AddRange(models.Select(m => CSharpSyntaxTree.ParseText(SummaryEmitter.EmitText(m), options, path: m.HintName)));
        trees.Add(CSharpSyntaxTree.ParseText(list, options, path: HintNames.ModelList));
        return CSharpCompilation.Create("Listed", trees, References.All, References.CompilationOptions.WithNullableContextOptions(
            version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
    }

    [Fact]
    public void The_list_is_approved_and_compiles()
    {
        string list = ModelListEmitter.EmitText(Entries);
        list.ShouldMatchApprovedSource("ModelList.KerasDsl.Generated.KerasModels");
        GeneratorRunner.AssertCompilesClean(Compile(LanguageVersion.CSharp12, UserTypes, Emitted, list));
    }

    [Fact]
    public void Every_model_the_assembly_can_name_is_listed_in_file_name_order_with_its_constants()
    {
        var compilation = Compile(LanguageVersion.CSharp12, UserTypes, Emitted, ModelListEmitter.EmitText(Entries));
        var all = ReadAll(compilation);

        var expected = new[] { Mlp, Event, Encoder, EncoderLower }.OrderBy(m => m.HintName, StringComparer.Ordinal).ToList();
        Assert.Equal(["Seed.Models.SeedModels.Mlp", "Top.Inner.Encoder", "Top.Inner.encoder", "namespace.class.event"], all.Select(e => e.Member));
        Assert.Equal(expected.Select(Member), all.Select(e => e.Member));
        foreach (var (model, entry) in expected.Zip(all))
        {
            Assert.Equal(model.ModelName, entry.Name);
            Assert.Equal(model.TotalParams, entry.TotalParams);
            Assert.Equal(model.TrainableParams, entry.TrainableParams);
            Assert.Equal(model.NonTrainableParams, entry.NonTrainableParams);
            Assert.Equal(model.LayerCount, entry.LayerCount);
            Assert.Equal(model.OutputShape, entry.OutputShape);
            Assert.Equal(model.Text, entry.Text);
        }
        Assert.Equal("Seed.Models.SeedModels.Mlp (sequential): 123 params", all.Single(e => e.Name == "sequential").ToString());
    }

    [Fact]
    public void What_the_list_cannot_name_is_left_out_with_the_reason()
    {
        string list = ModelListEmitter.EmitText(Entries);
        Assert.Contains("// Not listed: Outer<TKey, TValue>.Pair.Small: in a generic type, its constants need type arguments.", list);
        Assert.Contains("// Not listed: App.Outer2.Hidden.Secret: in a private or protected type, the rest of the assembly cannot see its constants.", list);
        Assert.Contains("// Not listed: App.Local.Mine: in a file-local type, it has no Summary class.", list);
        Assert.DoesNotContain("SmallSummary", list);
        Assert.DoesNotContain("SecretSummary", list);
        Assert.Throws<ArgumentException>(() => SummaryEmitter.EmitText(InFile));
    }

    [Fact]
    public void An_entry_holds_no_counts_so_an_edited_model_leaves_the_list_step_cached()
    {
        var edited = Mlp with { TotalParams = 7, TrainableParams = 7, NonTrainableParams = 0, LayerCount = 1, OutputShape = "(None, 7)", Text = "other" };
        Assert.Equal(ModelListEmitter.Entry(Mlp), ModelListEmitter.Entry(edited));
        Assert.NotEqual(ModelListEmitter.Entry(Mlp), ModelListEmitter.Entry(Mlp with { MemberName = "Mlp2", HintName = "other" }));
    }

    [Fact]
    public void The_list_is_the_same_whatever_order_the_models_come_in()
    {
        var reversed = ImmutableArray.CreateRange(Entries.Reverse());
        Assert.Equal(ModelListEmitter.EmitText(Entries), ModelListEmitter.EmitText(reversed));
    }

    [Fact]
    public void An_assembly_without_models_has_an_empty_list()
    {
        var all = ReadAll(Compile(LanguageVersion.CSharp12, "", [], ModelListEmitter.EmitText([])));
        Assert.Empty(all);
    }

    [Fact]
    public void The_list_compiles_in_CSharp_7_3()
    {
        var old = new[] { Mlp with { NullableDirective = false }, Event with { NullableDirective = false } };
        string types = "namespace Seed.Models { static partial class SeedModels { } }\nnamespace @namespace { static partial class @class { } }";
        var compilation = Compile(LanguageVersion.CSharp7_3, types, old, ModelListEmitter.EmitText([.. old.Select(ModelListEmitter.Entry)]));
        GeneratorRunner.AssertCompilesClean(compilation);
        Assert.Equal(2, ReadAll(compilation).Count);
    }

    private static string Member(GeneratedModelInfo model) =>
        string.Join(".", (model.Namespace?.Split('.') ?? []).Concat(model.ContainingTypes.Select(t => t.Name)).Append(model.MemberName).Select(n => n.TrimStart('@')));

    /// <summary>Compiles, loads the assembly in a context of its own, and reads <c>KerasModels.All</c>.</summary>
    private static IReadOnlyList<KerasModelSummaryInfo> ReadAll(Compilation compilation)
    {
        GeneratorRunner.AssertCompilesClean(compilation);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("ModelList", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var property = assembly.GetType("KerasDsl.Generated.KerasModels")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!;
            var all = (IReadOnlyList<KerasModelSummaryInfo>)property.GetValue(null)!;
            Assert.False(all is IList { IsReadOnly: false }, "the list can be changed through a cast");
            return all.ToList();
        }
        finally
        {
            context.Unload();
        }
    }
}
