extern alias AnalyzerAssembly;
using System.Reflection;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Lowerer = AnalyzerAssembly::KerasDsl.Analyzers.Lowering.Lowerer;
using RuntimeApi = AnalyzerAssembly::KerasDsl.Analyzers.Lowering.RuntimeApi;
using Interpreter = AnalyzerAssembly::KerasDsl.Analyzers.Interpretation.Interpreter;
using LayerValue = AnalyzerAssembly::KerasDsl.Analyzers.Interpretation.LayerValue;
using SequentialValue = AnalyzerAssembly::KerasDsl.Analyzers.Interpretation.SequentialValue;

namespace KerasDsl.Analyzers.Tests.Parser;

/// <summary>
/// The compiler's evaluator maps C# arguments to Core's by parameter name and never copies a layer rule; that
/// holds only while every runtime method passes each parameter to Core under its own name. These
/// tests check it for every layer factory and layer method the runtime has (as other layers are
/// added): the evaluator's record of a call equals the runtime's, and each <c>Sequential</c> method
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
        string source = "using KerasDsl;\nstatic class Calls\n{\n" +
            string.Join("\n", calls.Select((c, i) => $"    static object F{i}() => Keras.{c.Method.Name}({string.Join(", ", c.Args.Select(a => a.Code))});")) + "\n}\n";
        var values = Evaluate(source, calls.Count, allowRefusal: false).Select(e => e.Value).ToList();

        foreach (var ((method, args), value) in calls.Zip(values))
        {
            var compiled = Assert.IsType<LayerValue>(value).Call;

            var given = method.GetParameters().Select(p => p.IsOptional ? p.DefaultValue : args.First(a => a.Name == p.Name).Value).ToArray();
            var runtime = ((LayerSpec)method.Invoke(null, given)!).Call;
            Assert.Equal(runtime.ClassName, compiled!.ClassName);
            Assert.Equal(Given(runtime), Given(compiled!));
        }
    }

    [Fact]
    public void The_evaluators_layer_of_each_Sequential_method_is_the_runtimes()
    {
        var methods = typeof(Sequential).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            // Input is not a layer of the list (Keras's Sequential does not show it): EvaluatorFeatures covers it.
            .Where(m => m.ReturnType == typeof(Sequential) && m.Name != nameof(Sequential.Add) && m.Name != nameof(Sequential.Input))
            .OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var calls = methods.Select(m => (Method: m, Args: m.GetParameters().Where(p => !p.IsOptional).Select(Sample).ToList())).ToList();
        string source = "using KerasDsl;\nstatic class Calls\n{\n" +
            string.Join("\n", calls.Select((c, i) => $"    static object F{i}() => Keras.Sequential().{c.Method.Name}({string.Join(", ", c.Args.Select(a => a.Code))});")) + "\n}\n";
        var evaluations = Evaluate(source, calls.Count, allowRefusal: true);
        foreach (var ((method, args), evaluation) in calls.Zip(evaluations))
        {
            var given = method.GetParameters().Select(p => p.IsOptional ? p.DefaultValue : args.First(a => a.Name == p.Name).Value).ToArray();
            Sequential runtime;
            try
            {
                runtime = (Sequential)method.Invoke(Keras.Sequential(), given)!;
            }
            catch (TargetInvocationException e) when (e.InnerException is KerasModelException refusal)
            {
                // The sample arguments do not suit every layer: then both refuse, in the same words.
                Assert.True(evaluation.Stop?.Refusal != null, $"Sequential.{method.Name}: the runtime refuses ({refusal.Message}), the evaluator does not");
                Assert.Equal(refusal.Message, evaluation.Stop!.Refusal!.Message);
                continue;
            }
            Assert.True(evaluation.Stop == null, $"Sequential.{method.Name}: {evaluation.Stop}");
            var compiled = Assert.IsType<SequentialValue>(evaluation.Value).Model.Nodes.Single().Call;
            Assert.Equal(Given(runtime.Model.Nodes.Single().Call), Given(compiled));
        }
    }

    /// <summary>Each static method F0, F1, ... of the source, lowered and run by the compiler's evaluator.</summary>
    private static List<AnalyzerAssembly::KerasDsl.Analyzers.Interpretation.Evaluation> Evaluate(string source, int count, bool allowRefusal)
    {
        var compilation = References.Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var api = RuntimeApi.For(compilation)!;
        var results = new List<AnalyzerAssembly::KerasDsl.Analyzers.Interpretation.Evaluation>();
        for (int i = 0; i < count; i++)
        {
            var method = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "F" + i);
            var body = model.GetOperation(method)!;
            var program = Lowerer.Lower(body, "F" + i, api, compilation, keepLocations: false, CancellationToken.None);
            var evaluation = Interpreter.Evaluate(program, CancellationToken.None);
            Assert.True(evaluation.Stop == null || (allowRefusal && evaluation.Stop.Refusal != null), $"{method}: {evaluation.Stop}");
            results.Add(evaluation);
        }
        return results;
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
        if (t == typeof(string) && p.Name == "equation") return (p.Name!, "\"ab,bc->ac\"", "ab,bc->ac");
        if (t == typeof(string)) return (p.Name!, "\"relu\"", "relu");
        if (t == typeof(Size)) return (p.Name!, "2", (Size)2);
        if (t == typeof(InputShape)) return (p.Name!, "3", (InputShape)3);
        if (t == typeof(PartialShape)) return (p.Name!, "3", (PartialShape)3);
        if (t == typeof(LayerSpec)) return (p.Name!, "Keras.LSTM(2)", Keras.LSTM(2));
        if (Nullable.GetUnderlyingType(t) != null || !t.IsValueType) return (p.Name!, "null", null);
        return (p.Name!, $"default({t.FullName})", Activator.CreateInstance(t));
    }
}
