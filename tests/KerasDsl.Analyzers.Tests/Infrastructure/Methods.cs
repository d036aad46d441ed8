namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// Sources with one statement per method, for the code-fix tests: the evaluator stops a method's code at its first refusal,
/// so each refusal a test fixes (and Fix All fixes together) is in a method of its own.
/// </summary>
internal static class Methods
{
    /// <summary>Class <paramref name="type"/> with methods M0, M1, ..., each holding one statement.</summary>
    public static string Of(string type, params string[] statements) =>
        Snippets.Usings + "\nclass " + type + "\n{\n" +
        string.Concat(statements.Select((s, i) => $"    void M{i}()\n    {{\n        {s}\n    }}\n")) + "}\n";

    /// <summary>Class C with methods M0, M1, ..., each holding one statement.</summary>
    public static string In(params string[] statements) => Of("C", statements);
}
