extern alias AnalyzerAssembly;
using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using TrackingNames = AnalyzerAssembly::KerasDsl.Analyzers.TrackingNames;

namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// The generator's tracked steps (NetEscapades.EnumGenerators' test idea): the reasons of their
/// outputs, and a walk of the outputs that fails if one holds something that keeps a compilation
/// alive or compares by reference (a symbol, a syntax node or tree, a semantic model, an operation, a location).
/// </summary>
internal static class IncrementalSteps
{
    public static readonly string[] Names =
        typeof(TrackingNames).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    private static readonly Type[] Banned =
        [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(IOperation), typeof(Location)];

    /// <summary>Each tracked step's outputs, flattened over its runs.</summary>
    public static Dictionary<string, List<(object Value, IncrementalStepRunReason Reason)>> Outputs(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var steps = Names.ToDictionary(n => n, _ => new List<(object, IncrementalStepRunReason)>());
        foreach (var name in Names)
            if (result.TrackedSteps.TryGetValue(name, out var runs))
                foreach (var run in runs)
                    steps[name].AddRange(run.Outputs);
        return steps;
    }

    /// <summary>Fails on a banned type anywhere in a step output's object graph.</summary>
    public static void AssertHoldsOnlyValues(string step, object root)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(root, step);

        void Visit(object? node, string path)
        {
            if (node is null) return;
            var type = node.GetType();
            if (type.IsPrimitive || type.IsEnum || node is string || node is decimal) return;
            if (!type.IsValueType && !visited.Add(node)) return;
            foreach (var banned in Banned)
                Assert.False(banned.IsInstanceOfType(node), $"{path} holds a {banned.Name} ({type.FullName})");
            if (node is IEnumerable items)
            {
                int i = 0;
                foreach (var item in items) Visit(item, $"{path}[{i++}]");
            }
            for (var t = type; t != null && t != typeof(object); t = t.BaseType)
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    Visit(field.GetValue(node), path + "." + field.Name);
        }
    }
}
