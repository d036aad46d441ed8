using System.Globalization;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;

namespace KerasDsl.Analyzers.Tests.Generator;

/// <summary>
/// A model or layer name is any string, and it reaches the generated file in doc comments and string literals.
/// <c>Sequential(name: "x\npublic const int InjectedN = 42; //")</c> once ended a <c>///</c> line and declared a
/// constant. Every character C# treats as a line terminator, every other control character and the rest of what
/// may not appear raw, in a model's name and in a layer's: the output compiles with its XML docs checked, declares
/// nothing but the Summary class's constants, and those hold the runtime's name and table exactly.
/// </summary>
public class HostileNameTests
{
    /// <summary>C#'s line terminators (CR, LF, CR LF, NEL, LS, PS) first, then every other C0 and C1 control, then the rest.</summary>
    public static readonly string[] Hostile =
    [
        "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029",
        .. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Where(c => c is not ('\n' or '\r' or 0x85)).Select(c => ((char)c).ToString()),
        "\u202E", "\u2066", "\u200B", "\u061C", "\uFEFF", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\uDFFF\uD800",
        "</summary>", "</code>\n/// <summary>", "&amp;", "\"", "\\", "*/", "/*", "\n#error injected", "\n}\n}\nclass Injected {", "\u2028#if false",
    ];

    private static string CSharpLiteral(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' and not ('"' or '\\') ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\"";

    private static string ModelName(int i) => "x" + Hostile[i] + $"public const int InjectedN{i} = 42; //";

    private static string LayerName(int i) => "y" + Hostile[i] + $"public const int InjectedL{i} = 42; //";

    [Fact]
    public void Names_with_line_breaks_and_control_characters_inject_nothing()
    {
        var members = Enumerable.Range(0, Hostile.Length).Select(i =>
            $"    [KerasModel] public static readonly Sequential M{i} = Sequential(name: {CSharpLiteral(ModelName(i))}).Dense(1, input: 1, name: {CSharpLiteral(LayerName(i))});");
        string source = Usings + "\npublic static partial class C\n{\n" + string.Join("\n", members) + "\n}\n";

        var files = GeneratorRunner.Generate(out var output, source);
        Assert.Equal(Hostile.Length, files.Count);
        GeneratorRunner.AssertCompilesClean(output);

        Assert.Empty(output.GetSymbolsWithName(name => name.Contains("Injected", StringComparison.Ordinal), SymbolFilter.All));
        var c = output.GetTypeByMetadataName("C")!;
        Assert.Equal(Hostile.Length * 2, c.GetMembers().Count(m => !m.IsImplicitlyDeclared));
        for (int i = 0; i < Hostile.Length; i++)
        {
            var summary = c.GetTypeMembers($"M{i}Summary").Single();
            Assert.Equal(["LayerCount", "Name", "NonTrainableParams", "OutputShape", "Text", "TotalParams", "TrainableParams"],
                summary.GetMembers().Where(m => !m.IsImplicitlyDeclared).Select(m => m.Name).Order(StringComparer.Ordinal));
            Assert.Equal(ModelName(i), Constant(summary, "Name"));
            string runtime = Keras.Sequential(name: ModelName(i)).Dense(1, input: 1, name: LayerName(i)).Summary();
            Assert.Equal(runtime, Constant(summary, "Text"));
            Assert.Equal(2L, Constant(summary, "TotalParams"));
        }
    }

    private static object? Constant(INamedTypeSymbol type, string name) => ((IFieldSymbol)type.GetMembers(name).Single()).ConstantValue;
}
