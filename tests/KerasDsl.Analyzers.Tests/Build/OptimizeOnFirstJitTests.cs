extern alias AnalyzerAssembly;
using System.Reflection;
using KerasModelGenerator = AnalyzerAssembly::KerasDsl.Analyzers.KerasModelGenerator;

namespace KerasDsl.Analyzers.Tests.Build;

/// <summary>
/// The analyzer assembly's build step (analyzers/KerasDsl.Analyzers/OptimizeOnFirstJit.targets) marks every method with a
/// body AggressiveOptimization, so the compiler server runs KerasDsl fully optimized from its first call. These tests read
/// the assembly the tests load, the one the package ships: a step that silently stopped working fails here.
/// </summary>
public class OptimizeOnFirstJitTests
{
    private static readonly Assembly Analyzers = typeof(KerasModelGenerator).Assembly;

    private static IEnumerable<MethodBase> MethodsWithBodies() =>
        Analyzers.GetTypes()
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .OfType<MethodBase>()
            .Where(method => !method.IsAbstract && (method.MethodImplementationFlags & MethodImplAttributes.InternalCall) == 0 && method.GetMethodBody() != null);

    [Fact]
    public void Every_method_with_a_body_is_marked()
    {
        var methods = MethodsWithBodies().ToList();
        Assert.True(methods.Count > 1000, $"only {methods.Count} methods found: the wrong assembly?");
        var unmarked = methods.Where(m => (m.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) == 0)
            .Select(m => m.DeclaringType + "." + m.Name).ToList();
        Assert.True(unmarked.Count == 0, $"{unmarked.Count} methods not marked, e.g. {string.Join(", ", unmarked.Take(5))}");
    }

    /// <summary>The flag is the only change: the methods still run (the analyzer's other tests run them all), and keep their other flags.</summary>
    [Fact]
    public void Other_implementation_flags_are_kept()
    {
        var method = typeof(KerasModelGenerator).GetMethod(nameof(KerasModelGenerator.Initialize))!;
        Assert.Equal(MethodImplAttributes.IL | MethodImplAttributes.Managed | MethodImplAttributes.AggressiveOptimization,
            method.MethodImplementationFlags);
    }
}
