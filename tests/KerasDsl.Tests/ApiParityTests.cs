using System.Reflection;
using KerasDsl.Core;

namespace KerasDsl.Tests;

/// <summary>
/// The analyzer maps a C# call to Core's arguments by parameter name, and the runtime builds the
/// same records through the factories. These tests hold the three views together: every Core
/// layer class has a builder method and a factory, with the same parameters and defaults, and
/// each factory records exactly its parameters, by name, in order.
/// </summary>
public class ApiParityTests
{
    private static readonly MethodInfo[] Factories = typeof(Keras)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(LayerSpec))
        .ToArray();

    private static readonly MethodInfo[] BuilderMethods = typeof(Sequential)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.ReturnType == typeof(Sequential) && m.Name != nameof(Sequential.Add) && m.Name != nameof(Sequential.Input))
        .ToArray();

    private static readonly MethodInfo[] TensorMethods = typeof(Tensor)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.ReturnType == typeof(Tensor) && m.Name != nameof(Tensor.Apply) && !m.IsSpecialName)
        .ToArray();

    /// <summary>Layers that take several tensors or none: the functional API's Input and merges, not chain links.</summary>
    private static readonly string[] GraphOnly = { "InputLayer", "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum", "Concatenate", "Dot" };

    /// <summary>
    /// Layers applied to several tensors as Keras's layer objects are (<c>MultiHeadAttention(8, 64).Apply(query, value)</c>):
    /// a factory, and no chain link, since a Sequential or a tensor method gives a layer one tensor.
    /// </summary>
    private static readonly string[] FactoryOnly = { "MultiHeadAttention", "Attention", "AdditiveAttention" };

    public static TheoryData<string> CoreClasses()
    {
        var data = new TheoryData<string>();
        foreach (var t in LayerCatalog.All.OrderBy(t => t.ClassName, StringComparer.Ordinal)) data.Add(t.ClassName);
        return data;
    }

    [Theory]
    [MemberData(nameof(CoreClasses))]
    public void Every_Core_layer_has_one_builder_method_and_one_factory(string className)
    {
        if (GraphOnly.Contains(className))
        {
            // Keras.Input makes an InputLayer; each merge is a function of tensors (Add([a, b])).
            var name = className == "InputLayer" ? "Input" : className;
            Assert.Single(typeof(Keras).GetMethods(), m => m.Name == name && m.ReturnType == typeof(Tensor));
            return;
        }
        if (FactoryOnly.Contains(className))
        {
            Assert.Single(Factories, m => m.Name == className);
            Assert.DoesNotContain(BuilderMethods, m => m.Name == className);
            Assert.DoesNotContain(TensorMethods, m => m.Name == className);
            return;
        }
        Assert.Single(BuilderMethods, m => m.Name == className);
        Assert.Single(Factories, m => m.Name == className);
        Assert.Single(TensorMethods, m => m.Name == className);
    }

    /// <summary>Sequential's Input is the model's input, Keras.Input's counterpart: the same parameters, in the same order.</summary>
    [Fact]
    public void Sequential_Input_takes_Keras_Input_parameters()
    {
        var input = typeof(Keras).GetMethod(nameof(Keras.Input))!;
        Assert.Equal(input.GetParameters().Select(Describe), typeof(Sequential).GetMethod(nameof(Sequential.Input))!.GetParameters().Select(Describe));
    }

    [Fact]
    public void Tensor_methods_take_the_factory_parameters()
    {
        Assert.NotEmpty(TensorMethods);
        foreach (var method in TensorMethods)
        {
            var factory = Factories.Single(f => f.Name == method.Name);
            Assert.Equal(factory.GetParameters().Select(Describe), method.GetParameters().Select(Describe));
        }
    }

    [Fact]
    public void Every_builder_method_is_a_Core_layer_class()
    {
        foreach (var m in BuilderMethods) Assert.True(LayerCatalog.TryGet(m.Name, out _), m.Name + " has no Core layer");
        foreach (var m in Factories) Assert.True(LayerCatalog.TryGet(m.Name, out _), m.Name + " has no Core layer");
    }

    [Fact]
    public void Builder_methods_take_the_factory_parameters_plus_input()
    {
        foreach (var builder in BuilderMethods)
        {
            var factory = Factories.Single(f => f.Name == builder.Name);
            var expected = factory.GetParameters().Select(Describe).ToList();
            var actual = builder.GetParameters().Where(p => p.Name != SequentialModel.InputArg).Select(Describe).ToList();
            Assert.Equal(expected, actual);
            var input = builder.GetParameters().Single(p => p.Name == SequentialModel.InputArg);
            Assert.Equal(typeof(InputShape), input.ParameterType);
            Assert.True(input.IsOptional);
        }
    }

    [Fact]
    public void Factories_record_each_parameter_by_name_in_order()
    {
        foreach (var factory in Factories)
        {
            var parameters = factory.GetParameters();
            var spec = (LayerSpec)factory.Invoke(null, parameters.Select(SampleValue).ToArray())!;
            Assert.Equal(factory.Name, spec.ClassName);
            Assert.Equal(parameters.Select(p => p.Name), spec.Call.Args.Select(a => a.Name));
        }
    }

    private static string Describe(ParameterInfo p) =>
        $"{p.Name}: {p.ParameterType.Name} = {(p.IsOptional ? p.DefaultValue ?? "null" : "required")}";

    /// <summary>Defaults for optional parameters, a plausible value for required ones.</summary>
    private static object? SampleValue(ParameterInfo p)
    {
        if (p.IsOptional) return p.DefaultValue is DBNull or null && p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : p.DefaultValue;
        if (p.ParameterType == typeof(int)) return 2;
        if (p.ParameterType == typeof(double)) return 0.5;
        if (p.ParameterType == typeof(string)) return "relu";
        if (p.ParameterType == typeof(Size)) return (Size)2;
        if (p.ParameterType == typeof(LayerSpec)) return Keras.Dense(2);
        if (p.ParameterType.IsValueType) return Activator.CreateInstance(p.ParameterType);
        throw new InvalidOperationException($"no sample value for {p.Member.Name}({p.ParameterType.Name} {p.Name})");
    }
}
