extern alias AnalyzerAssembly;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;
using ContainingTypeInfo = AnalyzerAssembly::KerasDsl.Analyzers.Models.ContainingTypeInfo;
using HintNames = AnalyzerAssembly::KerasDsl.Analyzers.Emitter.HintNames;

namespace KerasDsl.Analyzers.Tests.Generator;

/// <summary>
/// Roslyn refuses two generated files whose names differ only in case (CS8785), and the generator then contributes
/// nothing at all. Every member gets a file name of its own, whatever the case, and the same name from build to build.
/// </summary>
public class HintNameTests
{
    private static string Model(string member) => $"[KerasModel] static readonly Sequential {member} = Sequential().Dense(1, input: 1);";

    /// <summary>Generates, compiles and checks that every model got its Summary class.</summary>
    private static IReadOnlyDictionary<string, string> GenerateAll(string source, int models, params string[] summaryClasses)
    {
        var files = GeneratorRunner.Generate(out var output, source);
        GeneratorRunner.AssertCompilesClean(output);
        Assert.Equal(models, files.Count);
        Assert.Equal(models, files.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (string name in summaryClasses) Assert.NotNull(output.GetTypeByMetadataName(name));
        return files;
    }

    [Fact]
    public void Members_whose_names_differ_only_in_case_get_a_file_each()
    {
        var files = GenerateAll(Usings + $$"""

            partial class C
            {
                {{Model("Encoder")}}
                {{Model("encoder")}}
                {{Model("ENCODER")}}
            }
            """, 3, "C+EncoderSummary", "C+encoderSummary", "C+ENCODERSummary");
        Assert.Equal(["C.ENCODER.ff.KerasModel.g.cs", "C.Encoder.c0.KerasModel.g.cs", "C.encoder.80.KerasModel.g.cs"], files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Namespaces_and_types_whose_names_differ_only_in_case_get_a_file_each() => GenerateAll(Usings + $$"""

        namespace App.Models { partial class C { {{Model("M")}} } }
        namespace App.models { partial class C { {{Model("M")}} } }
        namespace App.Models { partial class c { {{Model("M")}} } }
        namespace App.Models { partial class Outer { partial class Inner { {{Model("M")}} } } partial class outer { partial class Inner { {{Model("M")}} } } }
        """, 5, "App.Models.C+MSummary", "App.models.C+MSummary", "App.Models.c+MSummary", "App.Models.Outer+Inner+MSummary", "App.Models.outer+Inner+MSummary");

    [Fact]
    public void Names_that_look_alike_once_escaped_get_a_file_each() => GenerateAll(Usings + $$"""

        partial class Outer_T1 { {{Model("M")}} }
        partial class Outer<T> { {{Model("M")}} }
        partial class Outer<T, U> { {{Model("M")}} }
        partial class A_B { {{Model("M")}} }
        partial class A { partial class B { {{Model("M")}} } }
        partial class A_x0042 { {{Model("M")}} }
        partial class Aé { {{Model("M")}} }
        partial class AÉ { {{Model("M")}} }
        """, 8);

    /// <summary>
    /// The same name however the compilation changes around it, and across versions: a renamed file would make every
    /// editor and build cache see a new file. Change these only on purpose.
    /// </summary>
    [Fact]
    public void A_name_depends_on_its_member_alone_and_is_stable()
    {
        ContainingTypeInfo[] types = [new("class", "SeedModels", "")];
        Assert.Equal("Seed.Models-SeedModels.Mlp.882208.KerasModel.g.cs", HintNames.For("Seed.Models", types, "Mlp"));
        Assert.Equal("namespace-class.event.00000.KerasModel.g.cs", HintNames.For("@namespace", [new("class", "@class", "")], "event"));
        Assert.Equal("Outer_T2.Pair.Small.8440.KerasModel.g.cs",
            HintNames.For(null, [new("class", "Outer", "<TKey, TValue>"), new("record struct", "Pair", "")], "Small"));
        Assert.Equal("C._x0394__x.8.KerasModel.g.cs", HintNames.For(null, [new("class", "C", "")], "Δ_x"));
    }

    /// <summary>
    /// Many members with names built from letters of both cases, '_', 'x', 'T', digits, a non-ASCII letter and
    /// namespaces of one or two parts, in a global namespace or not: no two distinct members share a name ignoring case,
    /// and every name is made of characters Roslyn accepts in a hint name.
    /// </summary>
    [Fact]
    public void No_two_members_share_a_name_ignoring_case()
    {
        var random = new Random(20240611);
        string[] alphabet = ["a", "A", "b", "B", "_", "x", "X", "T", "t", "1", "2", "é", "É", "__", "_x", "_T"];
        // A letter first, as an identifier has; then up to three pieces of the alphabet.
        string Name() => "aAbB"[random.Next(4)] + string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => alphabet[random.Next(alphabet.Length)]));

        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < 50_000; i++)
        {
            string? ns = random.Next(3) switch { 0 => null, 1 => Name(), _ => Name() + "." + Name() };
            var types = Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => new ContainingTypeInfo("class", Name(), random.Next(3) == 0 ? "<T>" : random.Next(3) == 0 ? "<T, U>" : ""))
                .ToArray();
            string member = Name();
            string identity = (ns ?? "<global>") + " | " + string.Join(" + ", types.Select(t => t.Name + t.TypeParameters)) + " | " + member;
            string hint = HintNames.For(ns, types, member);

            Assert.All(hint, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-', $"'{c}' in {hint}"));
            if (seen.TryGetValue(hint, out var other)) Assert.Equal(other, identity);
            else seen.Add(hint, identity);
        }
        Assert.True(seen.Count > 40_000, $"only {seen.Count} distinct members were drawn");
    }

    [Fact]
    public void The_model_lists_name_is_no_models_name()
    {
        Assert.EndsWith(HintNames.Suffix, HintNames.For(null, [new("class", "KerasDsl", "")], "Generated"));
        Assert.False(HintNames.ModelList.EndsWith(HintNames.Suffix, StringComparison.OrdinalIgnoreCase));
    }
}
