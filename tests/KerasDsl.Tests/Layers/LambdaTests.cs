using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

/// <summary>
/// keras.layers.Lambda (keras/src/layers/core/lambda_layer.py): no weights; its output shape is <c>output_shape</c>
/// with the input's batch dim in front. Keras infers the shape by running the function when it is not given; KerasDsl
/// cannot run it, and refuses.
/// </summary>
public class LambdaTests
{
    [Fact]
    public void Lambda_gives_its_output_shape_after_the_inputs_batch_dim()
    {
        Last(Sequential().Lambda(64, input: 10), "(None, 64)", 0);
        Last(Sequential().Lambda((null, 8), input: (5, 8)), "(None, None, 8)", 0);
        Last(Sequential().Lambda(new PartialShape(Array.Empty<int?>()), input: 3), "(None,)", 0);
        Last(Sequential().Input(10, batchSize: 32).Lambda((2, 5)), "(32, 2, 5)", 0);
        Assert.Equal("lambda", Sequential().Lambda(4, input: 4).Layers[0].Name);
    }

    [Fact]
    public void Lambda_without_an_output_shape_is_refused_when_its_shape_is_needed()
    {
        var e = Refused("KD0002", "lambda", () => Sequential().Lambda(default, input: 10));
        Assert.Equal("outputShape", e.Argument);
        Assert.Contains("Keras infers it by running the function", e.Message);
        Assert.False(Sequential().Lambda(default).IsBuilt);   // no input shape, nothing to compute yet
    }

    [Fact]
    public void Lambda_takes_several_tensors_in_the_functional_API()
    {
        var a = Input(4);
        var b = Input(4);
        var sum = Lambda(4, name: "sum").Apply(a, b);
        Assert.Equal("(None, 4)", sum.Shape.ToString());
        Assert.Equal(0, Model(new[] { a, b }, sum).TotalParams);
        Assert.Equal("(None, 2, 2)", a.Lambda((2, 2)).Shape.ToString());
    }
}
