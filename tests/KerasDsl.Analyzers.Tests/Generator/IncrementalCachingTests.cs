using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KerasDsl.Analyzers.Tests.Generator;

/// <summary>
/// With step tracking on, an edit in one of many models, or elsewhere in the file, leaves every
/// other model's tracked step outputs Cached or Unchanged; and no step output holds a symbol,
/// syntax or compilation. ManyModels.cs has six models (one not countable) with code around them;
/// SeedModels.cs is a second file that must stay cached throughout.
/// </summary>
public class IncrementalCachingTests
{
    private static readonly string Many = TestData.Read("ManyModels.cs");
    private static readonly string Other = TestData.Read("SeedModels.cs");

    /// <summary>Runs the generator once, then again after <paramref name="edit"/> of ManyModels.cs.</summary>
    private static (GeneratorDriver First, GeneratorDriver Second) RunTwice(Func<string, string> edit)
    {
        var compilation = References.Compile(Many, Other);
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.First();
        string edited = edit(Many);
        Assert.NotEqual(Many, edited);
        var next = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)));
        return (driver, driver.RunGenerators(next));
    }

    [Fact]
    public void A_rerun_on_a_clone_of_the_compilation_is_all_cached()
    {
        var compilation = References.Compile(Many, Other);
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);
        var first = IncrementalSteps.Outputs(driver);
        var second = IncrementalSteps.Outputs(driver.RunGenerators(compilation.Clone()));
        foreach (var name in IncrementalSteps.Names)
        {
            Assert.NotEmpty(first[name]);
            Assert.Equal(first[name].Select(o => o.Value), second[name].Select(o => o.Value));
            // The attribute step re-runs its transform on a new compilation (Unchanged); nothing after it runs again.
            Assert.All(second[name], o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }
        var outputs = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single().TrackedOutputSteps;
        Assert.All(outputs.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_edit_in_one_model_changes_only_that_model()
    {
        var (_, second) = RunTwice(s => s.Replace("Dense(8, input: 3)", "Dense(9, input: 3)"));
        var steps = IncrementalSteps.Outputs(second);
        foreach (var name in IncrementalSteps.Names)
        {
            var modified = steps[name].Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
            if (name == "ModelListEntries")
            {
                // An entry names the model and its Summary class, not its counts: a layer edit leaves the list as it was.
                Assert.Empty(modified);
                continue;
            }
            Assert.True(modified.Count == 1, $"{name}: {modified.Count} outputs modified, expected only Second's");
            Assert.Contains("Second", modified[0].Value.ToString());
            Assert.All(steps[name].Except(modified), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason} for {o.Value}"));
        }
    }

    [Theory]
    [InlineData("// a comment at the top moves every model\n")]
    [InlineData("public static int Helper(int x) => x + 2;")]
    [InlineData("namespace KerasDsl.Caching\n{\n    public static class Unrelated { }\n")]
    public void An_edit_elsewhere_in_the_file_leaves_every_model_cached_or_unchanged(string change)
    {
        var (_, second) = RunTwice(s => change.StartsWith("//", StringComparison.Ordinal) ? change + s
            : change.StartsWith("public static int", StringComparison.Ordinal) ? s.Replace("public static int Helper(int x) => x + 1;", change)
            : s.Replace("namespace KerasDsl.Caching\n{\n", change));
        var steps = IncrementalSteps.Outputs(second);
        foreach (var name in IncrementalSteps.Names)
        {
            Assert.NotEmpty(steps[name]);
            Assert.All(steps[name], o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason} for {o.Value}"));
        }
    }

    /// <summary>Fifty models in one file, every other one a functional model built by a helper; model <paramref name="edited"/> gets other units.</summary>
    private static string Fifty(int edited) =>
        "using KerasDsl;\nusing static KerasDsl.Keras;\npublic static partial class Fifty\n{\n" +
        string.Join("\n", Enumerable.Range(0, 50).Select(i => i % 2 == 0
            ? $"    [KerasModel] public static Sequential M{i}() => Sequential().Dense({(i == edited ? 99 : i + 1)}, input: 3).Dense(2);"
            : $"    [KerasModel] public static Model M{i}() {{ var x = Input(3); return Model(x, Block(x, {(i == edited ? 99 : i + 1)})); }}")) +
        "\n    static Tensor Block(Tensor x, int units) => x.Dense(units).Dense(2);\n}\n";

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public void Editing_one_model_of_fifty_re_evaluates_that_one_only(int edited)
    {
        var compilation = References.Compile(Fifty(-1));
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var second = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Fifty(edited)))));
        var steps = IncrementalSteps.Outputs(second);
        foreach (var name in new[] { "ModelTargets", "ModelFacts" })
        {
            Assert.Equal(50, steps[name].Count);
            var modified = Assert.Single(steps[name], o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains($"M{edited}", modified.Value.ToString());
            Assert.All(steps[name].Where(o => o.Reason != IncrementalStepRunReason.Modified), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason} for {o.Value}"));
        }
    }

    [Fact]
    public void Editing_the_helper_of_fifty_models_re_evaluates_its_callers_only()
    {
        var compilation = References.Compile(Fifty(-1));
        var driver = GeneratorRunner.CreateDriver().RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = Fifty(-1).Replace("x.Dense(units).Dense(2)", "x.Dense(units).Dense(3)");
        var steps = IncrementalSteps.Outputs(driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)))));
        // The 25 functional models call Block; the 25 chains do not.
        Assert.Equal(25, steps["ModelFacts"].Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(25, steps["ModelFacts"].Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Step_outputs_hold_only_values()
    {
        var (first, second) = RunTwice(s => s.Replace("Dense(7, input: 3)", "Dense(6, input: 3)"));
        int walked = 0;
        foreach (var driver in new[] { first, second })
            foreach (var (name, outputs) in IncrementalSteps.Outputs(driver))
                foreach (var (value, _) in outputs)
                {
                    IncrementalSteps.AssertHoldsOnlyValues(name, value);
                    walked++;
                }
        Assert.True(walked >= 2 * 8 * 2, $"only {walked} outputs walked");
    }

    [Fact]
    public void The_walk_finds_a_symbol_when_there_is_one()
    {
        var compilation = References.Compile(Many);
        var symbol = compilation.GetTypeByMetadataName("KerasDsl.Caching.Zoo")!;
        Assert.ThrowsAny<Exception>(() => IncrementalSteps.AssertHoldsOnlyValues("test", new[] { new { Symbol = symbol } }));
    }
}
