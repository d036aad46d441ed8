using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

public class DenseTests
{
    [Fact]
    public void Dense_counts_kernel_and_bias() =>
        Last(Sequential().Dense(5, input: 3), "(None, 5)", (3 + 1) * 5);

    [Fact]
    public void Dense_without_bias_counts_kernel_only() =>
        Last(Sequential().Dense(5, useBias: false, input: 3), "(None, 5)", 15);

    [Fact]
    public void Dense_applies_to_the_last_axis_of_higher_ranks() =>
        Last(Sequential().Dense(8, input: (null, 7)), "(None, None, 8)", 64);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Dense_refuses_non_positive_units(int units)
    {
        var e = Refused("KD0002", "dense", () => Sequential().Dense(units, input: 3));
        Assert.Contains($"expected a positive integer, found {units}", e.Message);
        Assert.Equal("units", e.Argument);
    }

    [Fact]
    public void Dense_refuses_an_unknown_activation()
    {
        var e = Refused("KD0003", "dense", () => Sequential().Dense(4, activation: "rleu", input: 3));
        Assert.Contains("'rleu'", e.Message);
    }

    [Fact]
    public void Dense_after_Flatten_of_an_unknown_dim_cannot_be_counted()
    {
        var e = Refused("KD0007", "dense", () => Sequential().Flatten(input: (null, 5)).Dense(3));
        Assert.Contains("flatten gives (None, None)", e.Message);
        Assert.Contains("cannot be known", e.Message);
    }

    [Fact]
    public void Trainable_false_moves_the_weights_to_non_trainable()
    {
        var m = Sequential().Dense(4, input: 3).Dense(5, trainable: false);
        Assert.Equal(16 + 25, m.TotalParams);
        Assert.Equal(16, m.TrainableParams);
        Assert.Equal(25, m.NonTrainableParams);
        Assert.False(m.Layers[1].Trainable);
    }

    [Fact]
    public void A_layer_count_that_overflows_64_bits_is_an_error_not_a_wrong_number()
    {
        // Flatten gives 2^48 features; a kernel of 2^48 x 2^16 has 2^64 entries.
        var e = Refused("KD0006", "dense", () => Sequential().Flatten(input: (65536, 65536, 65536)).Dense(65536));
        Assert.Contains("64 bits", e.Message);
    }

    [Fact]
    public void A_total_that_overflows_64_bits_is_an_error_of_the_model()
    {
        var m = Sequential().Dense(int.MaxValue, input: int.MaxValue).Dense(int.MaxValue).Dense(int.MaxValue);
        var e = Assert.Throws<KerasModelException>(() => m.TotalParams);
        Assert.Equal("KD0006", e.Id);
        Assert.Null(e.LayerName);
        Assert.StartsWith("sequential's total parameter count does not fit in 64 bits", e.Message);
    }
}
