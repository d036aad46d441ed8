using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

public class PreprocessingTests
{
    // ---- Rescaling (keras/src/layers/preprocessing/rescaling.py) ----

    [Fact]
    public void Rescaling_keeps_the_shape_and_has_no_weights() =>
        Last(Sequential().Rescaling(1.0 / 255, input: (28, 28, 3)), "(None, 28, 28, 3)", 0);

    [Fact]
    public void Rescaling_with_an_offset_keeps_unknown_dims() =>
        Last(Sequential().Rescaling(1.0 / 127.5, offset: -1, input: (null, null, 3)), "(None, None, None, 3)", 0);

    [Fact]
    public void Rescaling_takes_a_scale_per_channel_as_Keras_JSON_may_have_it()
    {
        var m = SequentialModel.FromCalls(new[]
        {
            new LayerCall("Rescaling", new Arg("input", ArgValue.Ints(4, 3)),
                new Arg("scale", ArgValue.Tuple(ArgValue.Of(0.5), ArgValue.Of(0.25), ArgValue.Of(1L)))),
        });
        Assert.Equal("(None, 4, 3)", m.OutputShape!.ToString());
    }

    [Fact]
    public void Rescaling_needs_a_scale() =>
        RegularizationTests.AssertCoreRefused("KD0002", "scale", new LayerCall("Rescaling", new Arg("input", ArgValue.Of(4L))));

    [Fact]
    public void Rescaling_refuses_a_scale_or_offset_that_is_not_numbers()
    {
        RegularizationTests.AssertCoreRefused("KD0002", "scale", new LayerCall("Rescaling",
            new Arg("input", ArgValue.Of(4L)), new Arg("scale", ArgValue.Of("1/255"))));
        RegularizationTests.AssertCoreRefused("KD0002", "offset", new LayerCall("Rescaling",
            new Arg("input", ArgValue.Of(4L)), new Arg("scale", ArgValue.Of(1.0)), new Arg("offset", ArgValue.Tuple(ArgValue.Of("a")))));
    }

    [Fact]
    public void Rescaling_factory_serves_Add() =>
        Last(Sequential().Add(Rescaling(2.0), input: 5), "(None, 5)", 0);
}
