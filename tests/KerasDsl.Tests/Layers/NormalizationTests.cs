using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

public class NormalizationTests
{
    // ---- BatchNormalization (keras/src/layers/normalization/batch_normalization.py) ----

    [Fact]
    public void BatchNormalization_has_four_vectors_of_the_channels_two_of_them_non_trainable()
    {
        // gamma, beta (trainable), moving_mean, moving_variance (trainable=False), each (16,).
        var m = Sequential().BatchNormalization(input: (8, 8, 16));
        Last(m, "(None, 8, 8, 16)", 4 * 16);
        Assert.Equal(32, m.TrainableParams);
        Assert.Equal(32, m.NonTrainableParams);
    }

    [Fact]
    public void BatchNormalization_without_center_or_scale_keeps_the_moving_statistics()
    {
        var noCenter = Sequential().BatchNormalization(center: false, input: (8, 8, 16));
        Assert.Equal(48, noCenter.TotalParams);
        Assert.Equal(16, noCenter.TrainableParams);
        var neither = Sequential().BatchNormalization(center: false, scale: false, input: (8, 8, 16));
        Assert.Equal(32, neither.TotalParams);
        Assert.Equal(0, neither.TrainableParams);
    }

    [Fact]
    public void BatchNormalization_over_another_axis() =>
        // axis 1 of (None, 8, 4, 16): 4 * 8.
        Last(Sequential().BatchNormalization(axis: 1, input: (8, 4, 16)), "(None, 8, 4, 16)", 32);

    [Fact]
    public void BatchNormalization_over_a_list_of_axes_as_Keras_2_writes_it()
    {
        // tf-keras: one weight of the input's rank, (1, 8, 4, 1), for each of the four.
        var m = Sequential().BatchNormalization(axis: (1, 2), input: (8, 4, 16));
        Last(m, "(None, 8, 4, 16)", 4 * 32);
        Assert.Equal(64, m.NonTrainableParams);
    }

    [Fact]
    public void BatchNormalization_renorm_adds_three_non_trainable_vectors()
    {
        // moving_stddev, renorm_mean, renorm_stddev.
        var m = Sequential().BatchNormalization(renorm: true, input: 16);
        Assert.Equal(7 * 16, m.TotalParams);
        Assert.Equal(5 * 16, m.NonTrainableParams);
    }

    [Fact]
    public void BatchNormalization_after_Dense() =>
        Last(Sequential().Dense(10, input: 3).BatchNormalization(), "(None, 10)", 40);

    [Fact]
    public void BatchNormalization_keeps_unknown_spatial_dims() =>
        Last(Sequential().BatchNormalization(input: (null, null, 16)), "(None, None, None, 16)", 64);

    [Fact]
    public void BatchNormalization_needs_a_known_channel_dim()
    {
        Refused("KD0007", "batch_normalization", () => Sequential().BatchNormalization(input: (8, 8, null)));
        // Axis 0 is the batch dim, always unknown.
        Refused("KD0007", "batch_normalization", () => Sequential().BatchNormalization(axis: 0, input: 8));
    }

    [Fact]
    public void BatchNormalization_refuses_an_axis_out_of_range()
    {
        var e = Refused("KD0002", "batch_normalization", () => Sequential().BatchNormalization(axis: 4, input: (8, 8, 16)));
        Assert.Contains("[-4, 4)", e.Message);
        Assert.Equal("axis", e.Argument);
        Refused("KD0002", "batch_normalization", () => Sequential().BatchNormalization(axis: -5, input: (8, 8, 16)));
    }

    [Fact]
    public void BatchNormalization_refuses_a_duplicate_axis() =>
        Refused("KD0002", "batch_normalization", () => Sequential().BatchNormalization(axis: (-1, 3), input: (8, 8, 16)));

    [Fact]
    public void BatchNormalization_trainable_false_moves_gamma_and_beta_to_non_trainable()
    {
        var m = Sequential().BatchNormalization(trainable: false, input: 16);
        Assert.Equal(0, m.TrainableParams);
        Assert.Equal(64, m.NonTrainableParams);
    }

    [Fact]
    public void BatchNormalization_refuses_a_momentum_that_is_not_a_number() =>
        RegularizationTests.AssertCoreRefused("KD0002", "momentum", new LayerCall("BatchNormalization",
            new Arg("input", ArgValue.Of(4L)), new Arg("momentum", ArgValue.Of("high"))));

    // ---- LayerNormalization (keras/src/layers/normalization/layer_normalization.py) ----

    [Fact]
    public void LayerNormalization_has_gamma_and_beta_of_the_last_dim() =>
        Last(Sequential().LayerNormalization(input: (10, 64)), "(None, 10, 64)", 128);

    [Fact]
    public void LayerNormalization_over_several_axes_has_their_dims() =>
        // shape = (input_shape[1], input_shape[2]) = (10, 64), twice.
        Last(Sequential().LayerNormalization(axis: (1, 2), input: (10, 64)), "(None, 10, 64)", 2 * 640);

    [Fact]
    public void LayerNormalization_without_center_or_scale()
    {
        Last(Sequential().LayerNormalization(center: false, input: (10, 64)), "(None, 10, 64)", 64);
        Last(Sequential().LayerNormalization(center: false, scale: false, input: (10, 64)), "(None, 10, 64)", 0);
    }

    [Fact]
    public void LayerNormalization_rms_scaling_keeps_only_gamma() =>
        Assert.Equal(64, SequentialModel.FromCalls(new[]
        {
            new LayerCall("LayerNormalization", new Arg("input", ArgValue.Of(64L)), new Arg("rmsScaling", ArgValue.True)),
        }).Summarize().TotalParams);

    [Fact]
    public void LayerNormalization_keeps_unknown_dims_off_its_axes() =>
        Last(Sequential().LayerNormalization(input: (null, 64)), "(None, None, 64)", 128);

    [Fact]
    public void LayerNormalization_needs_the_dims_of_its_axes() =>
        Refused("KD0007", "layer_normalization", () => Sequential().LayerNormalization(axis: (1, 2), input: (null, 64)));

    [Fact]
    public void LayerNormalization_refuses_duplicate_axes()
    {
        // "Duplicate axes are not allowed": -1 and 2 are the same axis of a rank-3 input.
        var e = Refused("KD0002", "layer_normalization", () => Sequential().LayerNormalization(axis: (-1, 2), input: (10, 64)));
        Assert.Contains("distinct", e.Message);
    }

    [Fact]
    public void LayerNormalization_refuses_an_axis_out_of_range() =>
        Refused("KD0002", "layer_normalization", () => Sequential().LayerNormalization(axis: 3, input: (10, 64)));

    // ---- GroupNormalization (keras/src/layers/normalization/group_normalization.py) ----

    [Fact]
    public void GroupNormalization_has_gamma_and_beta_of_the_channels() =>
        // groups defaults to 32; 32 channels: gamma (32,), beta (32,).
        Last(Sequential().GroupNormalization(input: (8, 8, 32)), "(None, 8, 8, 32)", 64);

    [Fact]
    public void GroupNormalization_with_fewer_groups_or_one_per_channel()
    {
        Last(Sequential().GroupNormalization(4, input: (8, 8, 16)), "(None, 8, 8, 16)", 32);
        Last(Sequential().GroupNormalization(-1, input: (8, 8, 16)), "(None, 8, 8, 16)", 32);
        Last(Sequential().GroupNormalization(4, center: false, input: (8, 8, 16)), "(None, 8, 8, 16)", 16);
    }

    [Fact]
    public void GroupNormalization_on_another_axis() =>
        Last(Sequential().GroupNormalization(4, axis: 1, input: (16, 8, 8)), "(None, 16, 8, 8)", 32);

    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    public void GroupNormalization_refuses_channels_that_are_not_a_multiple_of_groups(int groups)
    {
        var e = Refused("KD0008", "group_normalization", () => Sequential().GroupNormalization(groups, input: (8, 8, 16)));
        Assert.Contains("16 channels", e.Message);
    }

    [Fact]
    public void GroupNormalization_default_groups_needs_32_channels_or_a_multiple() =>
        Refused("KD0008", "group_normalization", () => Sequential().GroupNormalization(input: (8, 8, 16)));

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void GroupNormalization_refuses_groups_that_are_not_positive_or_minus_1(int groups) =>
        Assert.Equal("groups", Refused("KD0002", "group_normalization", () => Sequential().GroupNormalization(groups, input: (8, 8, 16))).Argument);

    [Fact]
    public void GroupNormalization_needs_known_channels() =>
        Refused("KD0007", "group_normalization", () => Sequential().GroupNormalization(4, input: (8, 8, null)));

    [Fact]
    public void GroupNormalization_refuses_an_axis_out_of_range() =>
        Refused("KD0002", "group_normalization", () => Sequential().GroupNormalization(4, axis: 4, input: (8, 8, 16)));

    // ---- UnitNormalization (keras/src/layers/normalization/unit_normalization.py) ----

    [Fact]
    public void UnitNormalization_has_no_weights()
    {
        Last(Sequential().UnitNormalization(input: (10, 64)), "(None, 10, 64)", 0);
        Last(Sequential().UnitNormalization(axis: (1, 2), input: (null, 64)), "(None, None, 64)", 0);
    }

    [Fact]
    public void UnitNormalization_refuses_an_axis_out_of_range() =>
        Refused("KD0002", "unit_normalization", () => Sequential().UnitNormalization(axis: 3, input: (10, 64)));

    [Fact]
    public void A_small_classifier_counts_as_Keras_does()
    {
        // Dense 784*128+128 = 100480; BatchNormalization 4*128 = 512 (256 non-trainable); Dense 128*10+10 = 1290.
        var m = Sequential()
            .Rescaling(1.0 / 255, input: (28, 28, 1))
            .Flatten()
            .Dense(128)
            .BatchNormalization()
            .ReLU()
            .Dropout(0.2)
            .Dense(10)
            .Softmax();
        Assert.Equal(new[] { "rescaling", "flatten", "dense", "batch_normalization", "re_lu", "dropout", "dense_1", "softmax" },
            m.Layers.Select(l => l.Name));
        Assert.Equal(102282, m.TotalParams);
        Assert.Equal(256, m.NonTrainableParams);
        Assert.Equal("(None, 10)", m.OutputShape.ToString());
    }

    [Fact]
    public void Factories_serve_Add() =>
        Last(Sequential().Dense(8, input: 3).Add(LayerNormalization()), "(None, 8)", 16);
}
