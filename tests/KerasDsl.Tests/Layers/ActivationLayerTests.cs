using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

public class ActivationLayerTests
{
    // ---- Activation (keras/src/layers/activations/activation.py) ----

    [Fact]
    public void Activation_keeps_the_shape() =>
        Last(Sequential().Dense(4, input: 3).Activation("relu"), "(None, 4)", 0);

    [Fact]
    public void Activation_refuses_an_unknown_name()
    {
        var e = Refused("KD0003", "activation", () => Sequential().Activation("rleu", input: 3));
        Assert.Contains("'rleu'", e.Message);
        Assert.Equal("activation", e.Argument);
    }

    [Fact]
    public void The_activation_names_are_exactly_those_Keras_3_resolves_by_string()
    {
        // keras/src/activations/__init__.py (Keras 3.15): ALL_OBJECTS's 30 functions by __name__, plus the aliases
        // "swish" (silu) and "hard_swish" (hard_silu) that ALL_OBJECTS_DICT adds; activations.get accepts no other string.
        string[] keras3 =
        {
            "relu", "leaky_relu", "relu6", "softmax", "celu", "elu", "selu", "softplus", "softsign", "squareplus",
            "soft_shrink", "sparse_plus", "silu", "gelu", "glu", "tanh", "tanh_shrink", "threshold", "sigmoid",
            "sparse_sigmoid", "exponential", "hard_sigmoid", "hard_silu", "hard_tanh", "hard_shrink", "linear", "mish",
            "log_softmax", "log_sigmoid", "sparsemax", "swish", "hard_swish",
        };
        Assert.Equal(keras3.OrderBy(n => n, StringComparer.Ordinal), Core.Activations.Names.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void TensorFlow_js_gelu_new_is_not_a_Keras_activation()
    {
        var e = Refused("KD0003", "dense", () => Sequential().Dense(4, activation: "gelu_new", input: 3));
        Assert.Contains("'gelu_new'", e.Message);
        Assert.DoesNotContain("gelu_new,", e.Message);   // not offered among the names Keras accepts
    }

    // ---- ReLU (keras/src/layers/activations/relu.py) ----

    [Fact]
    public void ReLU_is_named_re_lu_and_keeps_the_shape()
    {
        var m = Sequential().ReLU(maxValue: 6, negativeSlope: 0.1, threshold: 0.5, input: (null, 4));
        Assert.Equal("re_lu", m.Layers[0].Name);
        Last(m, "(None, None, 4)", 0);
    }

    [Fact]
    public void ReLU6_is_ReLU_with_max_value_6_as_Keras_Applications_write_it()
    {
        // MobileNetV2's layers.ReLU(6.0): no weights, shape kept; Keras JSON writes max_value 6.0.
        Last(Sequential().ReLU(6.0, input: (112, 112, 32)), "(None, 112, 112, 32)", 0);
        var m = SequentialModel.FromCalls(new[] { new LayerCall("ReLU", new Arg("input", ArgValue.Ints(4)), new Arg("maxValue", ArgValue.Of(6.0))) });
        Assert.Equal("(None, 4)", m.OutputShape!.ToString());
        Assert.Equal("re_lu", m.Nodes.Single().Layer.Name);
    }

    [Fact]
    public void ReLU_accepts_a_max_value_of_0() =>
        Last(Sequential().ReLU(maxValue: 0, input: 4), "(None, 4)", 0);

    [Fact]
    public void ReLU_refuses_negative_arguments()
    {
        Assert.Equal("maxValue", Refused("KD0002", "re_lu", () => Sequential().ReLU(maxValue: -1, input: 4)).Argument);
        Assert.Equal("negativeSlope", Refused("KD0002", "re_lu", () => Sequential().ReLU(negativeSlope: -0.1, input: 4)).Argument);
        Assert.Equal("threshold", Refused("KD0002", "re_lu", () => Sequential().ReLU(threshold: -1, input: 4)).Argument);
    }

    // ---- LeakyReLU (keras/src/layers/activations/leaky_relu.py) ----

    [Fact]
    public void LeakyReLU_is_named_leaky_re_lu_and_keeps_the_shape()
    {
        var m = Sequential().LeakyReLU(input: (3, 4));
        Assert.Equal("leaky_re_lu", m.Layers[0].Name);
        Last(m, "(None, 3, 4)", 0);
    }

    [Fact]
    public void LeakyReLU_refuses_a_negative_slope() =>
        Assert.Equal("negativeSlope", Refused("KD0002", "leaky_re_lu", () => Sequential().LeakyReLU(-0.1, input: 4)).Argument);

    [Fact]
    public void LeakyReLU_takes_alpha_as_Keras_2_and_TensorFlow_js_write_it()
    {
        var ok = SequentialModel.FromCalls(new[]
        {
            new LayerCall("LeakyReLU", new Arg("input", ArgValue.Of(4L)), new Arg("alpha", ArgValue.Of(0.2))),
        });
        Assert.Equal("(None, 4)", ok.OutputShape!.ToString());
        // alpha wins over negative_slope, as Keras 3 pops it from kwargs into negative_slope.
        RegularizationTests.AssertCoreRefused("KD0002", "alpha", new LayerCall("LeakyReLU",
            new Arg("input", ArgValue.Of(4L)), new Arg("negativeSlope", ArgValue.Of(0.3)), new Arg("alpha", ArgValue.Of(-0.5))));
    }

    // ---- PReLU (keras/src/layers/activations/prelu.py) ----

    [Fact]
    public void PReLU_has_an_alpha_of_the_input_shape()
    {
        // alpha: input_shape[1:] = (8, 8, 16) → 1024.
        var m = Sequential().PReLU(input: (8, 8, 16));
        Assert.Equal("p_re_lu", m.Layers[0].Name);
        Last(m, "(None, 8, 8, 16)", 8 * 8 * 16);
        Assert.Equal(1024, m.TrainableParams);
    }

    [Fact]
    public void PReLU_shared_axes_are_1_in_alpha()
    {
        // param_shape[i - 1] = 1 for i in shared_axes: (1, 1, 16) and (8, 8, 1).
        Last(Sequential().PReLU(sharedAxes: (1, 2), input: (8, 8, 16)), "(None, 8, 8, 16)", 16);
        Last(Sequential().PReLU(sharedAxes: 3, input: (8, 8, 16)), "(None, 8, 8, 16)", 64);
    }

    [Fact]
    public void PReLU_with_an_unknown_shared_dim_can_be_counted() =>
        Last(Sequential().PReLU(sharedAxes: 1, input: (null, 16)), "(None, None, 16)", 16);

    [Fact]
    public void PReLU_with_an_unknown_unshared_dim_cannot_be_counted()
    {
        var e = Refused("KD0007", "p_re_lu", () => Sequential().PReLU(input: (null, 16)));
        Assert.Contains("dim 1", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void PReLU_refuses_a_shared_axis_outside_1_to_rank_minus_1(int axis) =>
        Assert.Equal("sharedAxes", Refused("KD0002", "p_re_lu", () => Sequential().PReLU(sharedAxes: axis, input: (4, 16))).Argument);

    [Fact]
    public void PReLU_trainable_false_moves_alpha_to_non_trainable()
    {
        var m = Sequential().PReLU(trainable: false, input: 5);
        Assert.Equal(5, m.NonTrainableParams);
        Assert.Equal(0, m.TrainableParams);
    }

    // ---- ELU, Softmax ----

    [Fact]
    public void ELU_keeps_the_shape() =>
        Last(Sequential().ELU(alpha: 0.5, input: (3, 4)), "(None, 3, 4)", 0);

    [Fact]
    public void ELU_refuses_an_alpha_that_is_not_a_number() =>
        RegularizationTests.AssertCoreRefused("KD0002", "alpha", new LayerCall("ELU",
            new Arg("input", ArgValue.Of(4L)), new Arg("alpha", ArgValue.Of("one"))));

    [Fact]
    public void Softmax_keeps_the_shape_over_any_axis_of_the_input()
    {
        Last(Sequential().Softmax(input: (3, 4)), "(None, 3, 4)", 0);
        Last(Sequential().Softmax(axis: 1, input: (3, 4)), "(None, 3, 4)", 0);
        Last(Sequential().Softmax(axis: (1, 2), input: (3, 4)), "(None, 3, 4)", 0);
        Last(Sequential().Softmax(axis: -3, input: (3, 4)), "(None, 3, 4)", 0);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-4)]
    public void Softmax_refuses_an_axis_the_input_lacks(int axis)
    {
        var e = Refused("KD0002", "softmax", () => Sequential().Softmax(axis: axis, input: (3, 4)));
        Assert.Contains("[-3, 3)", e.Message);
        Assert.Equal("axis", e.Argument);
    }

    [Fact]
    public void Factories_serve_Add() =>
        Last(Sequential().Add(PReLU(sharedAxes: 1), input: (5, 3)), "(None, 5, 3)", 3);
}
