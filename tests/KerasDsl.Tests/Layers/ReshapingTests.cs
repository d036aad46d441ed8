using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

public class ReshapingTests
{
    // ---- Reshape (keras/src/layers/reshaping/reshape.py, ops/operation_utils.py compute_reshape_output_shape) ----

    [Fact]
    public void Reshape_gives_the_target_shape_and_no_weights() =>
        Last(Sequential().Reshape((3, 4), input: 12), "(None, 3, 4)", 0);

    [Fact]
    public void Reshape_infers_the_one_minus_one_from_the_input_size() =>
        // 12 values / (2 * 2) = 3.
        Last(Sequential().Reshape((-1, 2, 2), input: 12), "(None, 3, 2, 2)", 0);

    [Fact]
    public void Reshape_to_one_int_flattens() =>
        Last(Sequential().Reshape(12, input: (3, 4)), "(None, 12)", 0);

    [Fact]
    public void Reshape_of_an_unknown_dim_gives_None_for_the_minus_one() =>
        Last(Sequential().Reshape((-1, 2), input: (null, 4)), "(None, None, 2)", 0);

    [Fact]
    public void Reshape_of_an_unknown_dim_checks_no_size_as_Keras() =>
        // compute_reshape_output_shape returns the target as is when an input dim is None.
        Last(Sequential().Reshape((5, 5), input: (null, 4)), "(None, 5, 5)", 0);

    [Fact]
    public void Reshape_refuses_a_size_change()
    {
        var e = Refused("KD0008", "reshape", () => Sequential().Reshape((5, 3), input: 12));
        Assert.Contains("12 values per sample", e.Message);
        Assert.Contains("15 values", e.Message);
    }

    [Fact]
    public void Reshape_refuses_a_minus_one_that_does_not_divide() =>
        Refused("KD0008", "reshape", () => Sequential().Reshape((-1, 5), input: 12));

    [Fact]
    public void Reshape_refuses_a_minus_one_beside_a_zero() =>
        // known_output_size == 0 is refused by Keras before the division.
        Refused("KD0008", "reshape", () => Sequential().Reshape((0, -1), input: 12));

    [Fact]
    public void Reshape_to_a_zero_size_is_accepted_with_a_warning()
    {
        var m = Sequential().Reshape((0, 5), input: (0, 3));
        Last(m, "(None, 0, 5)", 0);
        Assert.Contains(m.Warnings, w => w.Id == "KD0009" && w.LayerName == "reshape");
    }

    [Fact]
    public void Reshape_refuses_a_size_below_minus_one()
    {
        var e = Refused("KD0002", "reshape", () => Sequential().Reshape((-2, 6), input: 12));
        Assert.Equal("targetShape", e.Argument);
    }

    [Fact]
    public void Reshape_refuses_two_minus_ones() =>
        Refused("KD0002", "reshape", () => Sequential().Reshape((-1, -1, 3), input: 12));

    [Fact]
    public void Reshape_needs_a_target_shape() =>
        RegularizationTests.AssertCoreRefused("KD0002", "targetShape",
            new KerasDsl.Core.LayerCall("Reshape", new KerasDsl.Core.Arg("input", KerasDsl.Core.ArgValue.Of(12L))));

    [Fact]
    public void Reshape_of_a_huge_input_is_an_overflow_error_not_a_wrong_number() =>
        Refused("KD0006", "reshape", () => Sequential().Reshape((-1, 2), input: (65536, 65536, 65536, 65536)));

    [Fact]
    public void Reshape_factory_serves_Add() =>
        Last(Sequential().Add(Reshape((3, 4)), input: 12), "(None, 3, 4)", 0);

    // ---- Permute (keras/src/layers/reshaping/permute.py) ----

    [Fact]
    public void Permute_swaps_the_dims_after_the_batch_dim() =>
        Last(Sequential().Permute((2, 1), input: (10, 64)), "(None, 64, 10)", 0);

    [Fact]
    public void Permute_of_three_dims() =>
        Last(Sequential().Permute((3, 1, 2), input: (2, 3, 4)), "(None, 4, 2, 3)", 0);

    [Fact]
    public void Permute_moves_unknown_dims() =>
        Last(Sequential().Permute((2, 1), input: (null, 5)), "(None, 5, None)", 0);

    [Fact]
    public void Permute_needs_one_dim_per_axis_after_the_batch_dim() =>
        // InputSpec(ndim=len(dims) + 1).
        Refused("KD0001", "permute", () => Sequential().Permute((2, 1), input: (2, 3, 4)));

    [Theory]
    [InlineData(1, 3)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(-1, 1)]
    public void Permute_refuses_dims_that_are_not_a_permutation_of_1_to_n(int a, int b)
    {
        var e = Refused("KD0002", "permute", () => Sequential().Permute((a, b), input: (2, 3)));
        Assert.Equal("dims", e.Argument);
        Assert.Contains("permutation of 1..2", e.Message);
    }

    // ---- RepeatVector (keras/src/layers/reshaping/repeat_vector.py) ----

    [Fact]
    public void RepeatVector_inserts_n() =>
        Last(Sequential().RepeatVector(3, input: 32), "(None, 3, 32)", 0);

    [Fact]
    public void RepeatVector_keeps_an_unknown_feature_dim() =>
        Last(Sequential().RepeatVector(3, input: new InputShape(new int?[] { null })), "(None, 3, None)", 0);

    [Fact]
    public void RepeatVector_needs_rank_2() =>
        Refused("KD0001", "repeat_vector", () => Sequential().RepeatVector(3, input: (2, 3)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RepeatVector_refuses_a_non_positive_n(int n) =>
        Refused("KD0002", "repeat_vector", () => Sequential().RepeatVector(n, input: 4));

    // ---- ZeroPadding1D/2D/3D (keras/src/layers/reshaping/zero_padding*.py) ----

    [Fact]
    public void ZeroPadding1D_pads_one_at_each_end_by_default() =>
        Last(Sequential().ZeroPadding1D(input: (10, 3)), "(None, 12, 3)", 0);

    [Fact]
    public void ZeroPadding1D_takes_before_and_after() =>
        // A pair is (left, right) for 1D: 10 + 2 + 3.
        Last(Sequential().ZeroPadding1D((2, 3), input: (10, 3)), "(None, 15, 3)", 0);

    [Fact]
    public void ZeroPadding1D_channels_first_pads_the_last_axis() =>
        Last(Sequential().ZeroPadding1D(2, dataFormat: "channels_first", input: (3, 10)), "(None, 3, 14)", 0);

    [Fact]
    public void ZeroPadding1D_keeps_an_unknown_length() =>
        Last(Sequential().ZeroPadding1D(2, input: (null, 3)), "(None, None, 3)", 0);

    [Fact]
    public void ZeroPadding1D_refuses_pairs_per_axis() =>
        // standardize_tuple(padding, 2) takes an int or two ints only.
        Refused("KD0002", "zero_padding1d", () => Sequential().ZeroPadding1D(((1, 2), (3, 4)), input: (10, 3)));

    [Fact]
    public void ZeroPadding1D_needs_rank_3() =>
        Refused("KD0001", "zero_padding1d", () => Sequential().ZeroPadding1D(input: 10));

    [Fact]
    public void ZeroPadding_refuses_a_negative_padding()
    {
        var e = Refused("KD0002", "zero_padding2d", () => Sequential().ZeroPadding2D(-1, input: (8, 8, 3)));
        Assert.Equal("padding", e.Argument);
        Refused("KD0002", "zero_padding2d", () => Sequential().ZeroPadding2D(((1, -1), (0, 0)), input: (8, 8, 3)));
    }

    [Fact]
    public void ZeroPadding_refuses_an_unknown_data_format() =>
        Refused("KD0003", "zero_padding2d", () => Sequential().ZeroPadding2D(dataFormat: "channels_middle", input: (8, 8, 3)));

    [Fact]
    public void ZeroPadding2D_pads_one_on_every_side_by_default() =>
        Last(Sequential().ZeroPadding2D(input: (28, 28, 3)), "(None, 30, 30, 3)", 0);

    [Fact]
    public void ZeroPadding2D_pair_is_symmetric_per_axis() =>
        // (1, 2): rows + 2*1, cols + 2*2 (symmetric_height_pad, symmetric_width_pad).
        Last(Sequential().ZeroPadding2D((1, 2), input: (28, 28, 3)), "(None, 30, 32, 3)", 0);

    [Fact]
    public void ZeroPadding2D_takes_top_bottom_left_right() =>
        Last(Sequential().ZeroPadding2D(((1, 2), (3, 4)), input: (28, 28, 3)), "(None, 31, 35, 3)", 0);

    [Fact]
    public void ZeroPadding2D_channels_first() =>
        Last(Sequential().ZeroPadding2D(((1, 2), (3, 4)), dataFormat: "channels_first", input: (3, 28, 28)), "(None, 3, 31, 35)", 0);

    [Fact]
    public void ZeroPadding2D_refuses_three_entries() =>
        Refused("KD0002", "zero_padding2d", () => Sequential().ZeroPadding2D((1, 2, 3), input: (8, 8, 3)));

    [Fact]
    public void ZeroPadding2D_needs_rank_4() =>
        Refused("KD0001", "zero_padding2d", () => Sequential().ZeroPadding2D(input: (8, 3)));

    [Fact]
    public void ZeroPadding3D_forms()
    {
        Last(Sequential().ZeroPadding3D(input: (8, 8, 8, 1)), "(None, 10, 10, 10, 1)", 0);
        Last(Sequential().ZeroPadding3D((1, 2, 3), input: (8, 8, 8, 1)), "(None, 10, 12, 14, 1)", 0);
        Last(Sequential().ZeroPadding3D(((0, 1), (2, 3), (4, 5)), input: (8, 8, 8, 1)), "(None, 9, 13, 17, 1)", 0);
        Last(Sequential().ZeroPadding3D(1, dataFormat: "channels_first", input: (1, 8, null, 8)), "(None, 1, 10, None, 10)", 0);
    }

    [Fact]
    public void ZeroPadding3D_needs_rank_5() =>
        Refused("KD0001", "zero_padding3d", () => Sequential().ZeroPadding3D(input: (8, 8, 3)));

    // ---- Cropping1D/2D/3D (keras/src/layers/reshaping/cropping*.py) ----

    [Fact]
    public void Cropping1D_crops_one_at_each_end_by_default() =>
        Last(Sequential().Cropping1D(input: (10, 3)), "(None, 8, 3)", 0);

    [Fact]
    public void Cropping1D_takes_before_and_after() =>
        Last(Sequential().Cropping1D((2, 3), input: (10, 3)), "(None, 5, 3)", 0);

    [Fact]
    public void Cropping1D_keeps_an_unknown_length_whatever_the_cropping() =>
        Last(Sequential().Cropping1D((20, 20), input: (null, 3)), "(None, None, 3)", 0);

    [Fact]
    public void Cropping_that_leaves_nothing_is_refused()
    {
        // Keras refuses sum(cropping) >= dim (Keras 3 in compute_output_shape, Keras 2 in call),
        // so a cropped size of 0 is refused like a negative one.
        var e = Refused("KD0004", "cropping1d", () => Sequential().Cropping1D((5, 5), input: (10, 3)));
        Assert.Contains("leaving 0", e.Message);
        Assert.Equal("cropping", e.Argument);
        Refused("KD0004", "cropping1d", () => Sequential().Cropping1D((6, 5), input: (10, 3)));
    }

    [Fact]
    public void Cropping1D_needs_rank_3() =>
        Refused("KD0001", "cropping1d", () => Sequential().Cropping1D(input: (10, 3, 3)));

    [Fact]
    public void Cropping2D_crops_nothing_by_default() =>
        Last(Sequential().Cropping2D(input: (28, 28, 3)), "(None, 28, 28, 3)", 0);

    [Fact]
    public void Cropping2D_forms()
    {
        Last(Sequential().Cropping2D(2, input: (28, 28, 3)), "(None, 24, 24, 3)", 0);
        Last(Sequential().Cropping2D((1, 2), input: (28, 28, 3)), "(None, 26, 24, 3)", 0);
        Last(Sequential().Cropping2D(((2, 2), (4, 4)), input: (28, 28, 3)), "(None, 24, 20, 3)", 0);
        Last(Sequential().Cropping2D(((2, 2), (4, 4)), dataFormat: "channels_first", input: (3, 28, 28)), "(None, 3, 24, 20)", 0);
    }

    [Fact]
    public void Cropping2D_refuses_cropping_all_the_cols()
    {
        var e = Refused("KD0004", "cropping2d", () => Sequential().Cropping2D(((0, 0), (3, 3)), input: (8, 6, 3)));
        Assert.Contains("cols", e.Message);
    }

    [Fact]
    public void Cropping2D_refuses_a_negative_cropping() =>
        Refused("KD0002", "cropping2d", () => Sequential().Cropping2D(-1, input: (8, 8, 3)));

    [Fact]
    public void Cropping3D_crops_one_everywhere_by_default() =>
        Last(Sequential().Cropping3D(input: (8, 8, 8, 1)), "(None, 6, 6, 6, 1)", 0);

    [Fact]
    public void Cropping3D_pairs_and_channels_first() =>
        Last(Sequential().Cropping3D(((0, 1), (2, 3), (1, 1)), dataFormat: "channels_first", input: (1, 8, 8, 8)), "(None, 1, 7, 3, 6)", 0);

    [Fact]
    public void Cropping3D_refuses_cropping_a_whole_axis() =>
        Refused("KD0004", "cropping3d", () => Sequential().Cropping3D((1, 4, 1), input: (8, 8, 8, 1)));

    // ---- UpSampling1D/2D/3D (keras/src/layers/reshaping/up_sampling*.py) ----

    [Fact]
    public void UpSampling1D_doubles_the_steps_by_default() =>
        Last(Sequential().UpSampling1D(input: (10, 3)), "(None, 20, 3)", 0);

    [Fact]
    public void UpSampling1D_keeps_an_unknown_length() =>
        Last(Sequential().UpSampling1D(3, input: (null, 3)), "(None, None, 3)", 0);

    [Fact]
    public void UpSampling1D_refuses_a_non_positive_size() =>
        Refused("KD0002", "up_sampling1d", () => Sequential().UpSampling1D(0, input: (10, 3)));

    [Fact]
    public void UpSampling1D_needs_rank_3() =>
        Refused("KD0001", "up_sampling1d", () => Sequential().UpSampling1D(input: 10));

    [Fact]
    public void UpSampling2D_forms()
    {
        Last(Sequential().UpSampling2D(input: (8, 8, 3)), "(None, 16, 16, 3)", 0);
        Last(Sequential().UpSampling2D((2, 3), input: (8, 8, 3)), "(None, 16, 24, 3)", 0);
        Last(Sequential().UpSampling2D((2, 3), dataFormat: "channels_first", input: (3, 8, 8)), "(None, 3, 16, 24)", 0);
        Last(Sequential().UpSampling2D(2, interpolation: "BILINEAR", input: (8, null, 3)), "(None, 16, None, 3)", 0);
    }

    [Fact]
    public void UpSampling2D_refuses_an_unknown_interpolation()
    {
        var e = Refused("KD0003", "up_sampling2d", () => Sequential().UpSampling2D(interpolation: "cubic", input: (8, 8, 3)));
        Assert.Equal("interpolation", e.Argument);
    }

    [Fact]
    public void UpSampling2D_refuses_a_zero_factor() =>
        Refused("KD0002", "up_sampling2d", () => Sequential().UpSampling2D((0, 2), input: (8, 8, 3)));

    [Fact]
    public void UpSampling2D_needs_rank_4() =>
        Refused("KD0001", "up_sampling2d", () => Sequential().UpSampling2D(input: (8, 3)));

    [Fact]
    public void UpSampling3D_forms()
    {
        Last(Sequential().UpSampling3D(input: (4, 4, 4, 2)), "(None, 8, 8, 8, 2)", 0);
        Last(Sequential().UpSampling3D((1, 2, 3), dataFormat: "channels_first", input: (2, 4, 4, 4)), "(None, 2, 4, 8, 12)", 0);
    }

    [Fact]
    public void UpSampling3D_needs_rank_5() =>
        Refused("KD0001", "up_sampling3d", () => Sequential().UpSampling3D(input: (4, 4, 2)));

    [Fact]
    public void UpSampling_overflow_is_an_error_not_a_wrong_number() =>
        Refused("KD0006", "up_sampling1d_1", () =>
            Sequential().UpSampling1D(int.MaxValue, input: (int.MaxValue, 1)).UpSampling1D(int.MaxValue).UpSampling1D(int.MaxValue));
}
