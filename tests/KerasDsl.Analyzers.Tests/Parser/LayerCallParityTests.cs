extern alias AnalyzerAssembly;
using System.Reflection;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using ArgumentReader = AnalyzerAssembly::KerasDsl.Analyzers.Parser.ArgumentReader;

namespace KerasDsl.Analyzers.Tests.Parser;

/// <summary>
/// The analyzer maps C# arguments to Core's by parameter name and never copies a layer rule; that
/// holds only while every runtime method passes each parameter to Core under its own name. These
/// tests check it for every layer factory and layer method the runtime has (as other layers are
/// added): the analyzer's record of a call equals the runtime's, and each <c>Sequential</c> method
/// takes its factory's parameters plus <c>input</c>.
/// </summary>
public class LayerCallParityTests
{
    private static readonly MethodInfo[] Factories = typeof(Keras).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(LayerSpec)).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_analyzers_record_of_each_factory_call_is_the_runtimes()
    {
        Assert.NotEmpty(Factories);
        var calls = Factories.Select(m => (Method: m, Args: m.GetParameters().Where(p => !p.IsOptional).Select(Sample).ToList())).ToList();
        string source = "using KerasDsl;\nclass Calls\n{\n    object[] All() => new object[]\n    {\n" +
            string.Join(",\n", calls.Select(c => $"        Keras.{c.Method.Name}({string.Join(", ", c.Args.Select(a => a.Code))})")) + "\n    };\n}\n";
        var compilation = References.Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var invocations = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Where(i => i.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.InitializerExpressionSyntax)
            .Select(i => (IInvocationOperation)model.GetOperation(i)!).ToList();
        Assert.Equal(calls.Count, invocations.Count);

        foreach (var ((method, args), invocation) in calls.Zip(invocations))
        {
            Assert.Equal(method.GetParameters().Select(p => p.Name), invocation.TargetMethod.Parameters.Select(p => p.Name));
            var reader = new ArgumentReader(keepLocations: false, CancellationToken.None);
            var compiled = reader.ReadFactory(invocation, 0, null);
            Assert.True(compiled != null, $"{method.Name}: the analyzer could not read {invocation.Syntax}: {reader.Stop}");

            var values = method.GetParameters().Select(p => p.IsOptional ? p.DefaultValue : args.First(a => a.Name == p.Name).Value).ToArray();
            var runtime = ((LayerSpec)method.Invoke(null, values)!).Call;
            Assert.Equal(runtime.ClassName, compiled!.ClassName);
            Assert.Equal(Given(runtime), Given(compiled!));
        }
    }

    [Fact]
    public void Each_layer_method_takes_its_factorys_parameters_and_input()
    {
        var methods = typeof(Sequential).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.ReturnType == typeof(Sequential) && m.Name != nameof(Sequential.Add) && m.Name != nameof(Sequential.Input)).ToList();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var factory = Factories.SingleOrDefault(f => f.Name == method.Name);
            Assert.True(factory != null, $"Sequential.{method.Name} has no Keras.{method.Name} factory");
            var expected = factory!.GetParameters().Select(Describe).ToList();
            var actual = method.GetParameters().Where(p => p.Name != "input").Select(Describe).ToList();
            Assert.Equal(expected, actual);
            var input = Assert.Single(method.GetParameters(), p => p.Name == "input");
            Assert.Equal(typeof(InputShape), input.ParameterType);
            Assert.True(input.IsOptional);
        }
    }

    /// <summary>
    /// The arguments Core sees, by name, nested layers included (null ones are Keras's defaults either
    /// way). Dynamic, because the analyzer's copy of Core is another assembly's types, printed alike.
    /// </summary>
    private static string Given(dynamic call)
    {
        var parts = new List<string>();
        foreach (dynamic arg in call.Args)
        {
            if ((bool)arg.Value.IsNull) continue;
            dynamic? layer = arg.Value.Layer;
            parts.Add((string)arg.Name + "=" + (layer != null ? Given(layer) : (string)arg.Value.ToString()));
        }
        parts.Sort(StringComparer.Ordinal);
        return (string)call.ClassName + "(" + string.Join(", ", parts) + ")";
    }

    private static string Describe(ParameterInfo p) => $"{p.ParameterType.Name} {p.Name}" + (p.IsOptional ? " = " + (p.DefaultValue ?? "null") : "");

    /// <summary>A value for a required parameter, as C# source and as the runtime receives it.</summary>
    private static (string Name, string Code, object? Value) Sample(ParameterInfo p)
    {
        var t = p.ParameterType;
        if (t == typeof(int)) return (p.Name!, "3", 3);
        if (t == typeof(long)) return (p.Name!, "3L", 3L);
        if (t == typeof(double)) return (p.Name!, "0.25", 0.25);
        if (t == typeof(float)) return (p.Name!, "0.25f", 0.25f);
        if (t == typeof(bool)) return (p.Name!, "true", true);
        if (t == typeof(string)) return (p.Name!, "\"relu\"", "relu");
        if (t == typeof(Size)) return (p.Name!, "2", (Size)2);
        if (t == typeof(InputShape)) return (p.Name!, "3", (InputShape)3);
        if (t == typeof(LayerSpec)) return (p.Name!, "Keras.Dense(2)", Keras.Dense(2));
        if (Nullable.GetUnderlyingType(t) != null || !t.IsValueType) return (p.Name!, "null", null);
        return (p.Name!, $"default({t.FullName})", Activator.CreateInstance(t));
    }
}
