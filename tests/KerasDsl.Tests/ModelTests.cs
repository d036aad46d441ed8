using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests;

public class ModelTests
{
    [Fact]
    public void Layers_are_named_automatically_per_class_as_Keras_does()
    {
        var m = Sequential().Dense(4, input: 3).Flatten().Dense(2, name: "head").Dense(1);
        Assert.Equal(new[] { "dense", "flatten", "head", "dense_1" }, m.Layers.Select(l => l.Name));
    }

    [Fact]
    public void A_duplicate_name_is_refused()
    {
        var e = Refused("KD0005", "dense", () => Sequential().Dense(4, input: 3, name: "dense").Dense(2));
        Assert.Contains("unique", e.Message);
    }

    [Fact]
    public void Models_are_immutable()
    {
        var a = Sequential().Dense(4, input: 3);
        var b = a.Dense(2);
        Assert.Single(a.Layers);
        Assert.Equal(2, b.Layers.Count);
    }

    [Fact]
    public void A_model_without_an_input_shape_checks_arguments_but_cannot_be_counted()
    {
        var m = Sequential().Dense(4).Dense(2);
        Assert.False(m.IsBuilt);
        Refused("KD0002", "dense_2", () => m.Dense(0));
        var e = Assert.Throws<KerasModelException>(() => m.TotalParams);
        Assert.Equal("KD0010", e.Id);
    }

    [Fact]
    public void Input_is_only_taken_by_the_first_layer() =>
        Refused("KD0002", "dense_1", () => Sequential().Dense(4, input: 3).Dense(2, input: 4));
}
