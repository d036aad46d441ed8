using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

public class RegularizationTests
{
    // ---- Dropout (keras/src/layers/regularization/dropout.py) ----

    [Fact]
    public void Dropout_keeps_the_shape_and_has_no_weights() =>
        Last(Sequential().Dense(8, input: 4).Dropout(0.5), "(None, 8)", 0);

    [Fact]
    public void Dropout_keeps_unknown_dims() =>
        Last(Sequential().Dropout(0.2, input: (null, 8)), "(None, None, 8)", 0);

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Dropout_accepts_the_ends_of_0_to_1(double rate) =>
        // Keras's check is `0 <= rate <= 1`: even 1 is accepted.
        Last(Sequential().Dropout(rate, input: 8), "(None, 8)", 0);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Dropout_refuses_a_rate_outside_0_to_1(double rate)
    {
        var e = Refused("KD0002", "dropout", () => Sequential().Dropout(rate, input: 8));
        Assert.Equal("rate", e.Argument);
        Assert.Contains("[0, 1]", e.Message);
    }

    [Fact]
    public void Dropout_takes_a_noise_shape_with_unknown_entries() =>
        Last(Sequential().Dropout(0.5, noiseShape: (null, 1, 8), seed: 42, input: (5, 8)), "(None, 5, 8)", 0);

    [Fact]
    public void Dropout_refuses_a_noise_shape_entry_below_1()
    {
        var e = Refused("KD0002", "dropout", () => Sequential().Dropout(0.5, noiseShape: (null, 0, 8), input: (5, 8)));
        Assert.Equal("noiseShape", e.Argument);
    }

    [Fact]
    public void Dropout_needs_a_rate() =>
        // Core's view of a call without rate (as the CLI may read it from JSON).
        AssertCoreRefused("KD0002", "rate", new LayerCall("Dropout", new Arg("input", ArgValue.Of(4L))));

    [Fact]
    public void Dropout_refuses_a_seed_that_is_not_an_integer() =>
        AssertCoreRefused("KD0002", "seed", new LayerCall("Dropout", new Arg("input", ArgValue.Of(4L)),
            new Arg("rate", ArgValue.Of(0.5)), new Arg("seed", ArgValue.Of("x"))));

    // ---- SpatialDropout1D/2D/3D (keras/src/layers/regularization/spatial_dropout.py) ----

    [Fact]
    public void SpatialDropout1D_keeps_a_rank_3_shape() =>
        Last(Sequential().SpatialDropout1D(0.3, input: (10, 8)), "(None, 10, 8)", 0);

    [Fact]
    public void SpatialDropout1D_needs_rank_3() =>
        Refused("KD0001", "spatial_dropout1d", () => Sequential().SpatialDropout1D(0.3, input: 8));

    [Fact]
    public void SpatialDropout2D_keeps_a_rank_4_shape() =>
        Last(Sequential().SpatialDropout2D(0.3, dataFormat: "channels_first", input: (3, null, 8)), "(None, 3, None, 8)", 0);

    [Fact]
    public void SpatialDropout2D_needs_rank_4() =>
        Refused("KD0001", "spatial_dropout2d", () => Sequential().SpatialDropout2D(0.3, input: (8, 3)));

    [Fact]
    public void SpatialDropout2D_refuses_an_unknown_data_format() =>
        Refused("KD0003", "spatial_dropout2d", () => Sequential().SpatialDropout2D(0.3, dataFormat: "nhwc", input: (8, 8, 3)));

    [Fact]
    public void SpatialDropout3D_keeps_a_rank_5_shape() =>
        Last(Sequential().SpatialDropout3D(0.3, input: (4, 4, 4, 2)), "(None, 4, 4, 4, 2)", 0);

    [Fact]
    public void SpatialDropout3D_needs_rank_5() =>
        Refused("KD0001", "spatial_dropout3d", () => Sequential().SpatialDropout3D(0.3, input: (4, 4, 2)));

    [Fact]
    public void SpatialDropout_checks_the_rate_as_Dropout() =>
        Refused("KD0002", "spatial_dropout1d", () => Sequential().SpatialDropout1D(2, input: (10, 8)));

    // ---- GaussianNoise, GaussianDropout ----

    [Fact]
    public void GaussianNoise_keeps_the_shape() =>
        Last(Sequential().GaussianNoise(0.1, input: (null, 8)), "(None, None, 8)", 0);

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    public void GaussianNoise_refuses_a_stddev_outside_0_to_1(double stddev)
    {
        // keras/src/layers/regularization/gaussian_noise.py: `if not 0 <= stddev <= 1` (Keras 3 only).
        var e = Refused("KD0002", "gaussian_noise", () => Sequential().GaussianNoise(stddev, input: 8));
        Assert.Equal("stddev", e.Argument);
    }

    [Fact]
    public void GaussianDropout_keeps_the_shape() =>
        Last(Sequential().GaussianDropout(0.4, input: (6, 8)), "(None, 6, 8)", 0);

    [Fact]
    public void GaussianDropout_refuses_a_rate_above_1() =>
        Refused("KD0002", "gaussian_dropout", () => Sequential().GaussianDropout(1.01, input: 8));

    // ---- ActivityRegularization (keras/src/layers/regularization/activity_regularization.py) ----

    [Fact]
    public void ActivityRegularization_keeps_the_shape() =>
        Last(Sequential().ActivityRegularization(l1: 0.01, l2: 0.001, input: (4, 8)), "(None, 4, 8)", 0);

    [Fact]
    public void ActivityRegularization_refuses_a_negative_or_infinite_factor()
    {
        // regularizers.validate_float_arg: finite and >= 0.
        Assert.Equal("l1", Refused("KD0002", "activity_regularization", () => Sequential().ActivityRegularization(l1: -0.1, input: 8)).Argument);
        Assert.Equal("l2", Refused("KD0002", "activity_regularization",
            () => Sequential().ActivityRegularization(l2: double.PositiveInfinity, input: 8)).Argument);
    }

    // ---- Masking (keras/src/layers/core/masking.py) ----

    [Fact]
    public void Masking_keeps_the_shape_and_has_no_weights()
    {
        var m = Sequential().Masking(maskValue: -1, input: (null, 8)).Dense(4);
        Assert.Equal("masking", m.Layers[0].Name);
        Assert.Equal("(None, None, 8)", m.Layers[0].OutputShape.ToString());
        Assert.Equal(0, m.Layers[0].Params);
        Last(m, "(None, None, 4)", 36);
    }

    [Fact]
    public void Masking_refuses_a_mask_value_that_is_not_a_number() =>
        AssertCoreRefused("KD0002", "maskValue", new LayerCall("Masking", new Arg("input", ArgValue.Of(4L)), new Arg("maskValue", ArgValue.Of("zero"))));

    [Fact]
    public void Factories_serve_Add_and_take_the_automatic_names()
    {
        var m = Sequential().Add(Dropout(0.1), input: 4).Add(Dropout(0.2)).Add(GaussianNoise(0.1));
        Assert.Equal(new[] { "dropout", "dropout_1", "gaussian_noise" }, m.Layers.Select(l => l.Name));
    }

    internal static void AssertCoreRefused(string id, string argument, LayerCall call)
    {
        var e = Assert.Throws<KerasModelException>(() => SequentialModel.FromCalls(new[] { call }));
        Assert.Equal(id, e.Id);
        Assert.Equal(argument, e.Argument);
    }
}
