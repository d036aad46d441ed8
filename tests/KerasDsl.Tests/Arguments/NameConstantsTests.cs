using System.Reflection;
using KerasDsl.Core;
using static KerasDsl.Keras;

namespace KerasDsl.Tests.Arguments;

/// <summary>
/// The IntelliSense constants (<c>Activations.Relu</c>, <c>Initializers.HeNormal</c>, ...) are exactly Keras 3's
/// names: each one is accepted where it is meant to go, and each Keras name of a family has its constant.
/// </summary>
public class NameConstantsTests
{
    private static string[] Values(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void Activations_are_Keras_3s_32_names()
    {
        var names = Values(typeof(Activations));
        Assert.Equal(32, names.Length);
        foreach (var name in names) Assert.Equal(4, Sequential().Dense(4, activation: name, input: 3).Layers[0].OutputShape[1]);
        Assert.DoesNotContain("gelu_new", names);
    }

    [Fact]
    public void Initializer_regularizer_and_constraint_constants_are_every_snake_case_name_Keras_resolves()
    {
        Assert.Equal(KerasObjects.Initializers.Names.Where(IsSnakeCase).OrderBy(n => n), Values(typeof(Initializers)).OrderBy(n => n));
        Assert.Equal(KerasObjects.Regularizers.Names.Where(IsSnakeCase).Where(n => n != "regularizer").OrderBy(n => n), Values(typeof(Regularizers)).OrderBy(n => n));
        Assert.Equal(KerasObjects.Constraints.Names.Where(IsSnakeCase).Where(n => n != "constraint").OrderBy(n => n), Values(typeof(Constraints)).OrderBy(n => n));
        foreach (var name in Values(typeof(Initializers))) Assert.Equal(16, Sequential().Dense(4, kernelInitializer: name, input: 3).TotalParams);
        foreach (var name in Values(typeof(Regularizers))) Assert.Equal(16, Sequential().Dense(4, kernelRegularizer: name, input: 3).TotalParams);
        foreach (var name in Values(typeof(Constraints))) Assert.Equal(16, Sequential().Dense(4, kernelConstraint: name, input: 3).TotalParams);
    }

    [Fact]
    public void Option_constants_are_accepted_where_they_go()
    {
        foreach (var padding in Values(typeof(Padding))) Assert.Equal(4, Sequential().Conv1D(4, 3, padding: padding, input: (8, 2)).OutputShape[2]);
        foreach (var format in Values(typeof(DataFormat))) Assert.Equal(2, Sequential().Flatten(dataFormat: format, input: (2, 1)).OutputShape.Rank);
        var modes = typeof(MergeMode).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (MergeMode)p.GetValue(null)!).ToList();
        Assert.Equal(5, modes.Count);
        foreach (var mode in modes) Assert.NotNull(Sequential().Bidirectional(LSTM(2), mergeMode: mode, input: (3, 2)).OutputShape);
        foreach (var method in Values(typeof(Interpolation)))
        {
            Assert.Equal(8, Sequential().UpSampling2D(interpolation: method, input: (4, 4, 1)).OutputShape[1]);
            Assert.Equal(5, Sequential().Resizing(5, 5, interpolation: method, input: (4, 4, 1)).OutputShape[1]);
        }
        foreach (var dtype in Values(typeof(DTypes))) Assert.Contains(dtype, LayerArgs.DTypePolicies);
    }

    private static bool IsSnakeCase(string name) => name == name.ToLowerInvariant();
}
