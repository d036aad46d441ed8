using System.Reflection;
using System.Runtime.Loader;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KerasDsl.Analyzers.Tests.Generator;

/// <summary>
/// The generated constants equal the runtime's counts: each TestData source is compiled with the
/// generator and loaded; for every [KerasModel] member, the runtime's model (the member's own
/// value, built by the runtime as the program runs) is compared with its Summary class's constants.
/// </summary>
public class ParityTests
{
    /// <summary>The seed article's totals (total, trainable, non-trainable), as it prints them.</summary>
    private static readonly Dictionary<string, (long Total, long Trainable, long NonTrainable)> SeedArticle = new()
    {
        ["Dense"] = (123, 38, 85),
        ["DenseFormula"] = (387, 249, 138),
        ["Conv"] = (39776, 39776, 0),
        ["ConvDense"] = (57377, 57377, 0),
        ["Recurrent"] = (29880, 29880, 0),
        ["Bidirectional"] = (75376, 75376, 0),
    };

    /// <summary>Every TestData source but Problems.cs, whose models the runtime refuses by design.</summary>
    public static TheoryData<string> Sources => new(TestData.Names.Where(n => n != "Problems.cs"));

    /// <summary>
    /// The samples' files that declare [KerasModel] members (each compiled alone), so the samples'
    /// models are checked too. A line that starts with the attribute is a declaration; a comment is not.
    /// </summary>
    public static TheoryData<string> Samples
    {
        get
        {
            var data = new TheoryData<string>();
            var root = Path.Combine(RepoRoot(), "samples");
            if (Directory.Exists(root))
                foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (!file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") &&
                        System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(file), @"^\s*\[KerasModel", System.Text.RegularExpressions.RegexOptions.Multiline))
                        data.Add(Path.GetRelativePath(RepoRoot(), file));
            if (data.Count == 0) data.Add("");
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_samples_generated_constants_equal_the_runtime_counts(string file)
    {
        Assert.True(file.Length > 0, "no file under samples/ declares a [KerasModel] member");
        // The samples' project has .NET's implicit usings; a file compiled alone gets them here.
        Check("global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n" + File.ReadAllText(Path.Combine(RepoRoot(), file)), file);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Generated_constants_equal_the_runtime_counts(string file) => Check(TestData.Read(file), file);

    private static void Check(string source, string file)
    {
        var assembly = CompileAndLoad(source);
        int compared = 0;
        foreach (var (member, value, summary) in Models(assembly))
        {
            dynamic model = value;
            bool countable = (value is not Sequential s || s.IsBuilt) && Record.Exception(() => (long)model.TotalParams) == null;
            if (!countable)
            {
                Assert.True(summary == null, $"{member}: the runtime cannot count it, yet {member}Summary was generated");
                continue;
            }
            Assert.True(summary != null, $"{member}: no {member}Summary was generated");
            Assert.Equal((long)model.TotalParams, Const<long>(summary!, "TotalParams"));
            Assert.Equal((long)model.TrainableParams, Const<long>(summary!, "TrainableParams"));
            Assert.Equal((long)model.NonTrainableParams, Const<long>(summary!, "NonTrainableParams"));
            Assert.Equal((int)model.Layers.Count, Const<int>(summary!, "LayerCount"));
            Assert.Equal((string)model.OutputShape.ToString(), Const<string>(summary!, "OutputShape"));
            Assert.Equal((string)model.Summary(), Const<string>(summary!, "Text"));
            compared++;
        }
        Assert.True(compared > 0, "no model compared in " + file);
    }

    [Fact]
    public void The_seed_models_have_the_articles_counts()
    {
        var assembly = CompileAndLoad(TestData.Read("SeedModels.cs"));
        var found = Models(assembly).ToDictionary(m => m.Member, m => m.Summary);
        Assert.Equal(SeedArticle.Keys.Order(), found.Keys.Order());
        foreach (var (name, expected) in SeedArticle)
        {
            var summary = found[name]!;
            Assert.Equal(expected, (Const<long>(summary, "TotalParams"), Const<long>(summary, "TrainableParams"), Const<long>(summary, "NonTrainableParams")));
        }
    }

    /// <summary>Each [KerasModel] member's value as the program computes it (a Sequential or a Model), and its Summary class.</summary>
    private static IEnumerable<(string Member, object Model, Type? Summary)> Models(Assembly assembly)
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            // A generic containing type is closed to read its static members; its constants are the same for any T.
            var closed = type.IsGenericTypeDefinition ? type.MakeGenericType(type.GetGenericArguments().Select(_ => typeof(object)).ToArray()) : type;
            foreach (var member in type.GetMembers(Static).Where(m => m.IsDefined(typeof(KerasModelAttribute))))
            {
                object? value = member switch
                {
                    FieldInfo f => closed.GetField(f.Name, Static)!.GetValue(null),
                    PropertyInfo p => closed.GetProperty(p.Name, Static)!.GetValue(null),
                    MethodInfo m => closed.GetMethod(m.Name, Static, Type.EmptyTypes)!.Invoke(null, null),
                    _ => null,
                };
                var summary = type.GetNestedType(member.Name + "Summary", BindingFlags.Public | BindingFlags.NonPublic);
                Assert.True(value is Sequential || value is Model, $"{member.Name} is {value?.GetType().Name ?? "null"}");
                yield return (member.Name, value!, summary);
            }
        }
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    internal static T Const<T>(Type summary, string name) =>
        Assert.IsType<T>(summary.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue());

    internal static Assembly CompileAndLoad(params string[] sources)
    {
        GeneratorRunner.Generate(out var output, sources);
        // The sources are data, not documented API: only their missing XML comments are let through.
        output = output.WithOptions(output.Options.WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Suppress)]));
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        // KerasDsl itself resolves to the test's own copy in the default context, so the models are the runtime's.
        return new AssemblyLoadContext("parity", isCollectible: true).LoadFromStream(stream);
    }
}
