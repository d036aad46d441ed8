namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>User code around a model expression, as the tests' sources are written.</summary>
internal static class Snippets
{
    public const string Usings = "using KerasDsl;\nusing static KerasDsl.Keras;\n";

    /// <summary>A local in a method: an unmarked chain.</summary>
    public static string InMethod(string expression, string members = "") =>
        Usings + "\nclass C\n{\n" + members + "    void M()\n    {\n        var m = " + expression + ";\n    }\n}\n";

    /// <summary>A [KerasModel] field of a partial class.</summary>
    public static string Marked(string declaration) =>
        Usings + "\npartial class C\n{\n    " + declaration + "\n}\n";
}
