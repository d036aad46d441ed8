using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

// Counts are computed by hand from Keras 3's weights (keras/src/layers/convolutional/base_*.py) and
// shapes from compute_conv_output_shape (keras/src/ops/operation_utils.py):
// 'valid' n -> floor((n - d*(k-1) - 1) / s) + 1, 'same'/'causal' n -> floor((n - 1) / s) + 1.
public class ConvolutionTests
{
    // ---- the seed article's models ----

    [Fact]
    public void Seed_conv_model_has_Keras_shapes_and_counts()
    {
        var m = Sequential()
            .Conv2D(64, (6, 6), activation: "relu", input: (28, 28, 3))
            .MaxPooling2D(2, 2)
            .Conv2D(32, (4, 4), activation: "relu")
            .MaxPooling2D((2, 2));
        // (3*6*6 + 1) * 64 = 6976; 28 - 6 + 1 = 23
        Assert.Equal("(None, 23, 23, 64)", m.Layers[0].OutputShape.ToString());
        Assert.Equal(6976, m.Layers[0].Params);
        // floor((23 - 2) / 2) + 1 = 11
        Assert.Equal("(None, 11, 11, 64)", m.Layers[1].OutputShape.ToString());
        Assert.Equal(0, m.Layers[1].Params);
        // (64*4*4 + 1) * 32 = 32800; 11 - 4 + 1 = 8
        Assert.Equal("(None, 8, 8, 32)", m.Layers[2].OutputShape.ToString());
        Assert.Equal(32800, m.Layers[2].Params);
        Assert.Equal("(None, 4, 4, 32)", m.Layers[3].OutputShape.ToString());
        Assert.Equal(39776, m.TotalParams);
        Assert.Equal(39776, m.TrainableParams);
        Assert.Equal(new[] { "conv2d", "max_pooling2d", "conv2d_1", "max_pooling2d_1" }, m.Layers.Select(l => l.Name));
        Assert.Empty(m.Warnings);
    }

    [Fact]
    public void Seed_conv_model_summary_is_the_seed_table()
    {
        var m = Sequential()
            .Conv2D(64, (6, 6), activation: "relu", input: (28, 28, 3))
            .MaxPooling2D(2, 2)
            .Conv2D(32, (4, 4), activation: "relu")
            .MaxPooling2D((2, 2));
        string summary = Normalize(m.Summary());
        // The seed's table (Keras 2), which cuts class names to the column's width.
        Assert.Contains(Normalize("""
            conv2d (Conv2D)              (None, 23, 23, 64)        6976
            _________________________________________________________________
            max_pooling2d (MaxPooling2D) (None, 11, 11, 64)        0
            _________________________________________________________________
            conv2d_1 (Conv2D)            (None, 8, 8, 32)          32800
            _________________________________________________________________
            max_pooling2d_1 (MaxPooling2 (None, 4, 4, 32)          0
            =================================================================
            Total params: 39,776
            Trainable params: 39,776
            Non-trainable params: 0
            """), summary);
    }

    [Fact]
    public void Seed_conv_and_dense_model_has_Keras_counts()
    {
        var m = Sequential()
            .Conv2D(16, (3, 3), activation: "relu", input: (28, 28, 3))
            .MaxPooling2D((2, 2))
            .Conv2D(32, (3, 3), activation: "relu")
            .MaxPooling2D((2, 2))
            .Conv2D(64, (3, 3), activation: "relu")
            .MaxPooling2D((2, 2))
            .Flatten()
            .Dense(512, activation: "relu")
            .Dense(1);
        Assert.Equal(new[] { "(None, 26, 26, 16)", "(None, 13, 13, 16)", "(None, 11, 11, 32)", "(None, 5, 5, 32)",
                "(None, 3, 3, 64)", "(None, 1, 1, 64)", "(None, 64)", "(None, 512)", "(None, 1)" },
            m.Layers.Select(l => l.OutputShape.ToString()));
        // 448 + 4640 + 18496 + 33280 + 513
        Assert.Equal(new long[] { 448, 0, 4640, 0, 18496, 0, 0, 33280, 513 }, m.Layers.Select(l => l.Params));
        Assert.Equal(57377, m.TotalParams);
    }

    // ---- Conv2D ----

    [Fact]
    public void Conv2D_with_strides_same_and_valid()
    {
        // same: ceil(7/2) = 4, ceil(9/2) = 5; (3*3*3 + 1) * 8 = 224
        Last(Sequential().Conv2D(8, 3, strides: 2, padding: "same", input: (7, 9, 3)), "(None, 4, 5, 8)", 224);
        // valid: floor((7-3)/2) + 1 = 3, floor((9-3)/2) + 1 = 4
        Last(Sequential().Conv2D(8, 3, strides: 2, input: (7, 9, 3)), "(None, 3, 4, 8)", 224);
        // per-axis strides (1, 3): 7 - 3 + 1 = 5, floor((9-3)/3) + 1 = 3
        Last(Sequential().Conv2D(8, (3, 3), strides: (1, 3), input: (7, 9, 3)), "(None, 5, 3, 8)", 224);
        // padding is case-insensitive (standardize_padding lowercases it)
        Last(Sequential().Conv2D(8, 3, padding: "SAME", input: (7, 9, 3)), "(None, 7, 9, 8)", 224);
    }

    [Fact]
    public void Conv2D_with_dilation()
    {
        // span 2*(3-1) + 1 = 5: 10 - 5 + 1 = 6 and 12 - 5 + 1 = 8; 3*3*1*4 + 4 = 40
        Last(Sequential().Conv2D(4, 3, dilationRate: 2, input: (10, 12, 1)), "(None, 6, 8, 4)", 40);
        Last(Sequential().Conv2D(4, 3, padding: "same", dilationRate: (2, 3), input: (10, 12, 1)), "(None, 10, 12, 4)", 40);
        // per-axis (1, 3): spans 3 and 7
        Last(Sequential().Conv2D(4, 3, dilationRate: (1, 3), input: (10, 12, 1)), "(None, 8, 6, 4)", 40);
    }

    [Fact]
    public void Conv2D_with_groups_has_a_kernel_of_channels_over_groups()
    {
        // kernel (3, 3, 9/3, 6) = 162, bias 6
        Last(Sequential().Conv2D(6, 3, groups: 3, input: (8, 8, 9)), "(None, 6, 6, 6)", 168);
    }

    [Fact]
    public void Conv2D_without_bias_counts_the_kernel_only() =>
        Last(Sequential().Conv2D(8, 3, useBias: false, input: (7, 9, 3)), "(None, 5, 7, 8)", 216);

    [Fact]
    public void Conv2D_channels_first_reads_channels_on_axis_1()
    {
        Last(Sequential().Conv2D(8, 3, dataFormat: "channels_first", input: (3, 28, 20)), "(None, 8, 26, 18)", 224);
        Last(Sequential().Conv2D(8, 3, strides: 2, padding: "same", dataFormat: "channels_first", input: (3, 28, 21)), "(None, 8, 14, 11)", 224);
    }

    [Fact]
    public void Conv2D_passes_unknown_spatial_dims_through() =>
        Last(Sequential().Conv2D(8, 3, input: (null, 20, 3)), "(None, None, 18, 8)", 224);

    [Fact]
    public void Conv2D_needs_known_channels()
    {
        var e = Refused("KD0007", "conv2d", () => Sequential().Conv2D(8, 3, input: (5, 5, null)));
        Assert.Contains("channels dim (axis 3)", e.Message);
        Refused("KD0007", "conv2d", () => Sequential().Conv2D(8, 3, dataFormat: "channels_first", input: (null, 5, 5)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Conv2D_refuses_input_of_another_rank(int rank)
    {
        InputShape input = rank == 2 ? new InputShape(28, 28) : new InputShape(2, 28, 28, 3);
        var e = Refused("KD0001", "conv2d", () => Sequential().Conv2D(8, 3, input: input));
        Assert.Contains("rank 4 (batch, rows, cols, channels)", e.Message);
    }

    [Fact]
    public void Conv2D_after_Flatten_is_a_rank_error_naming_the_source()
    {
        var e = Refused("KD0001", "conv2d", () => Sequential().Flatten(input: (4, 4, 3)).Conv2D(8, 3));
        Assert.Contains("flatten gives (None, 48)", e.Message);
    }

    [Fact]
    public void Valid_conv_larger_than_the_input_by_more_than_one_is_negative()
    {
        // 3 - 6 + 1 = -2
        var e = Refused("KD0004", "conv2d", () => Sequential().Conv2D(4, 6, input: (3, 10, 1)));
        Assert.Contains("(-2) on axis 1", e.Message);
        Assert.Contains("padding: \"same\"", e.Message);
        // with dilation: span 2*(3-1)+1 = 5 > 3 + 1
        e = Refused("KD0004", "conv2d", () => Sequential().Conv2D(4, 3, dilationRate: 2, input: (10, 3, 1)));
        Assert.Contains("on axis 2", e.Message);
        Assert.Contains("spanning 5", e.Message);
        // strides round toward minus infinity: floor((3 - 6) / 2) + 1 = -1
        Refused("KD0004", "conv2d", () => Sequential().Conv2D(4, 6, strides: 2, input: (3, 10, 1)));
    }

    [Fact]
    public void Valid_conv_one_larger_than_the_input_gives_zero_with_a_warning()
    {
        // 5 - 6 + 1 = 0: accepted as Keras 2 and tfjs do; the kernel is still (6, 6, 1, 4)
        var m = Sequential().Conv2D(4, 6, input: (5, 10, 1));
        Last(m, "(None, 0, 5, 4)", 6 * 6 * 4 + 4);
        var w = Assert.Single(m.Warnings);
        Assert.Equal("KD0009", w.Id);
        Assert.Equal("conv2d", w.LayerName);
    }

    [Fact]
    public void Same_conv_of_a_zero_dim_is_zero() =>
        Last(Sequential().Conv2D(4, 3, strides: 2, padding: "same", input: (0, 4, 1)), "(None, 0, 2, 4)", 40);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Conv2D_refuses_non_positive_filters(int filters)
    {
        var e = Refused("KD0002", "conv2d", () => Sequential().Conv2D(filters, 3, input: (5, 5, 1)));
        Assert.Equal("filters", e.Argument);
    }

    [Fact]
    public void Conv2D_refuses_zero_or_negative_sizes()
    {
        Assert.Equal("kernelSize", Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, 0, input: (5, 5, 1))).Argument);
        Assert.Equal("kernelSize", Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, (3, -1), input: (5, 5, 1))).Argument);
        Assert.Equal("strides", Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, 3, strides: 0, input: (5, 5, 1))).Argument);
        Assert.Equal("dilationRate", Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, 3, dilationRate: (1, 0), input: (5, 5, 1))).Argument);
    }

    [Fact]
    public void Conv2D_refuses_a_size_tuple_of_the_wrong_length()
    {
        var e = Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, (3, 3, 3), input: (5, 5, 1)));
        Assert.Contains("(3, 3, 3)", e.Message);
        Assert.Equal("strides", Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, 3, strides: (1, 1, 1), input: (5, 5, 1))).Argument);
    }

    [Fact]
    public void Strides_above_1_with_dilation_above_1_are_refused_as_Keras_does()
    {
        var e = Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, 3, strides: 2, dilationRate: 2, input: (9, 9, 1)));
        Assert.Equal("dilationRate", e.Argument);
        Assert.Contains("strides > 1 together with dilation_rate > 1", e.Message);
        // Keras compares max(strides) and max(dilation_rate), so different axes are refused too (base_conv.py).
        Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, 3, strides: (1, 2), dilationRate: (2, 1), input: (9, 9, 1)));
        // and every family shares the check
        Refused("KD0002", "conv1d_transpose", () => Sequential().Conv1DTranspose(4, 3, strides: 2, dilationRate: 2, input: (9, 1)));
        Refused("KD0002", "separable_conv2d", () => Sequential().SeparableConv2D(4, 3, strides: 2, dilationRate: 2, input: (9, 9, 1)));
        Refused("KD0002", "depthwise_conv1d", () => Sequential().DepthwiseConv1D(3, strides: 2, dilationRate: 2, input: (9, 1)));
    }

    [Fact]
    public void Groups_must_divide_filters_and_input_channels()
    {
        var e = Refused("KD0002", "conv2d", () => Sequential().Conv2D(5, 3, groups: 2, input: (8, 8, 4)));
        Assert.Equal("groups", e.Argument);
        Assert.Contains("a divisor of filters (5)", e.Message);
        Assert.Equal("groups", Refused("KD0002", "conv2d", () => Sequential().Conv2D(6, 3, groups: 0, input: (8, 8, 4))).Argument);
        e = Refused("KD0008", "conv2d", () => Sequential().Conv2D(6, 3, groups: 3, input: (8, 8, 4)));
        Assert.Contains("the input gives (None, 8, 8, 4) with 4 channels", e.Message);
    }

    [Fact]
    public void Unknown_padding_data_format_and_activation_are_refused()
    {
        var e = Refused("KD0003", "conv2d", () => Sequential().Conv2D(4, 3, padding: "full", input: (5, 5, 1)));
        Assert.Equal("padding", e.Argument);
        // 'causal' is Conv1D's only (standardize_padding(padding, allow_causal=rank == 1)).
        e = Refused("KD0003", "conv2d", () => Sequential().Conv2D(4, 3, padding: "causal", input: (5, 5, 1)));
        Assert.Contains("'causal' is for Conv1D only", e.Message);
        Assert.Equal("dataFormat", Refused("KD0003", "conv2d", () => Sequential().Conv2D(4, 3, dataFormat: "nhwc", input: (5, 5, 1))).Argument);
        Assert.Equal("activation", Refused("KD0003", "conv2d", () => Sequential().Conv2D(4, 3, activation: "rleu", input: (5, 5, 1))).Argument);
    }

    [Fact]
    public void Arguments_are_checked_before_the_model_has_an_input_shape() =>
        Refused("KD0002", "conv2d", () => Sequential().Conv2D(4, 0));

    [Fact]
    public void Trainable_false_makes_the_kernel_and_bias_non_trainable()
    {
        var m = Sequential().Conv2D(8, 3, input: (7, 9, 3)).Conv2D(4, 1, trainable: false);
        Assert.Equal(224 + 36, m.TotalParams);
        Assert.Equal(224, m.TrainableParams);
        Assert.Equal(36, m.NonTrainableParams);
    }

    [Fact]
    public void A_kernel_too_large_for_64_bits_is_an_overflow_not_a_wrong_number()
    {
        // kernel (65536, 65536, 2^31 - 1, 2^31 - 1) has about 2^94 entries.
        var e = Refused("KD0006", "conv2d", () => Sequential().Conv2D(int.MaxValue, 65536, padding: "same", input: (1, 1, int.MaxValue)));
        Assert.Contains("64 bits", e.Message);
    }

    // ---- Conv1D ----

    [Fact]
    public void Conv1D_counts_kernel_and_bias()
    {
        // Keras's docstring example: (4, 10, 128) -> (4, 8, 32); 3*128*32 + 32 = 12320
        Last(Sequential().Conv1D(32, 3, activation: "relu", input: (10, 128)), "(None, 8, 32)", 12320);
        // tfjs-5: kernel 1, dilation 3 over unknown steps; 1*17*12 + 12 = 216
        Last(Sequential().Conv1D(12, 1, dilationRate: 3, input: (null, 17)), "(None, None, 12)", 216);
    }

    [Fact]
    public void Conv1D_causal_keeps_the_length_like_same()
    {
        // 'causal' pads d*(k-1) on the left, then 'valid': floor((n - 1) / s) + 1; 3*8*16 + 16 = 400.
        // Keras 2's conv_output_length agrees (padding in ["same", "causal"]); tfjs 4.22's convOutputLength
        // treats 'causal' as 'valid' (it would say 92 and 50 here), a tfjs bug that Keras is the truth over.
        Last(Sequential().Conv1D(16, 3, padding: "causal", dilationRate: 4, input: (100, 8)), "(None, 100, 16)", 400);
        Last(Sequential().Conv1D(16, 3, strides: 2, padding: "causal", input: (101, 8)), "(None, 51, 16)", 400);
        Last(Sequential().Conv1D(16, 3, padding: "CAUSAL", input: (null, 8)), "(None, None, 16)", 400);
    }

    [Fact]
    public void Conv1D_with_groups()
    {
        // kernel (5, 8/4, 12) = 120, bias 12
        Last(Sequential().Conv1D(12, 5, groups: 4, input: (20, 8)), "(None, 16, 12)", 132);
    }

    [Fact]
    public void Conv1D_zero_output_is_accepted_with_a_warning()
    {
        // The conformance README's example: kernel 5 over length 4, floor((4 - 5) / 1) + 1 = 0.
        var m = Sequential().Conv1D(2, 5, input: (4, 3));
        Last(m, "(None, 0, 2)", 5 * 3 * 2 + 2);
        Assert.Equal("KD0009", Assert.Single(m.Warnings).Id);
    }

    [Fact]
    public void Conv1D_refuses_a_tuple_kernel_and_other_ranks()
    {
        Refused("KD0002", "conv1d", () => Sequential().Conv1D(4, (3, 3), input: (10, 2)));
        var e = Refused("KD0001", "conv1d", () => Sequential().Conv1D(4, 3, input: (10, 10, 2)));
        Assert.Contains("rank 3 (batch, steps, channels)", e.Message);
        Refused("KD0001", "conv1d", () => Sequential().Conv1D(4, 3, input: 10));
    }

    [Fact]
    public void Conv1D_channels_first() =>
        Last(Sequential().Conv1D(4, 3, dataFormat: "channels_first", input: (2, 10)), "(None, 4, 8)", 3 * 2 * 4 + 4);

    // ---- Conv3D ----

    [Fact]
    public void Conv3D_counts_kernel_and_bias()
    {
        // 3*3*3*1*8 + 8 = 224
        Last(Sequential().Conv3D(8, 3, input: (10, 10, 10, 1)), "(None, 8, 8, 8, 8)", 224);
        // same with strides (1, 2, 3): 9, ceil(9/2) = 5, ceil(9/3) = 3; 27*2*8 + 8 = 440
        Last(Sequential().Conv3D(8, 3, strides: (1, 2, 3), padding: "same", input: (9, 9, 9, 2)), "(None, 9, 5, 3, 8)", 440);
        // kernel (2, 3, 4) with groups 2: (2*3*4) * (4/2) * 6 + 6 = 294
        Last(Sequential().Conv3D(6, (2, 3, 4), groups: 2, input: (5, 6, 7, 4)), "(None, 4, 4, 4, 6)", 294);
    }

    [Fact]
    public void Conv3D_channels_first_and_unknown_dims() =>
        Last(Sequential().Conv3D(8, 3, dataFormat: "channels_first", input: (2, null, 9, 5)), "(None, 8, None, 7, 3)", 440);

    [Fact]
    public void Conv3D_refuses_rank_4_input() =>
        Assert.Contains("rank 5 (batch, dim1, dim2, dim3, channels)",
            Refused("KD0001", "conv3d", () => Sequential().Conv3D(8, 3, input: (10, 10, 1))).Message);

    // ---- transposed convolutions ----
    // _get_output_shape_given_tf_padding (keras/src/backend/common/backend_utils.py), with k the dilated kernel:
    // 'valid' (n-1)*s + k + op, op defaulting to max(k, s) - k; 'same' n*s, or (n-1)*s + k%2 + op when op is given.

    [Fact]
    public void Conv1DTranspose_counts_kernel_filters_by_channels()
    {
        // Keras's docstring example: (4, 10, 128), Conv1DTranspose(32, 3, 2) -> (4, 21, 32):
        // (10-1)*2 + max(3, 2) = 21; kernel (3, 32, 128) = 12288, bias 32
        Last(Sequential().Conv1DTranspose(32, 3, 2, activation: "relu", input: (10, 128)), "(None, 21, 32)", 12320);
        Last(Sequential().Conv1DTranspose(32, 3, 2, padding: "same", input: (null, 128)), "(None, None, 32)", 12320);
    }

    [Fact]
    public void Conv2DTranspose_valid_and_same()
    {
        // Keras's docstring example: (4, 10, 8, 128), Conv2DTranspose(32, 2, 2) -> (4, 20, 16, 32); 2*2*32*128 + 32
        Last(Sequential().Conv2DTranspose(32, 2, 2, input: (10, 8, 128)), "(None, 20, 16, 32)", 16416);
        // same: n * s; 3*3*16*4 + 16 = 592
        Last(Sequential().Conv2DTranspose(16, 3, strides: 2, padding: "same", input: (7, 5, 4)), "(None, 14, 10, 16)", 592);
        // a kernel smaller than the stride still advances by the stride: (5-1)*3 + max(1, 3) = 15; 1*1*4*2 + 4
        Last(Sequential().Conv2DTranspose(4, 1, strides: 3, input: (5, 5, 2)), "(None, 15, 15, 4)", 12);
        // dilation: k = 2*(3-1)+1 = 5, (5-1)*1 + 5 = 9; 3*3*4*1 + 4 = 40
        Last(Sequential().Conv2DTranspose(4, 3, dilationRate: 2, input: (5, 5, 1)), "(None, 9, 9, 4)", 40);
    }

    [Fact]
    public void Conv2DTranspose_with_output_padding()
    {
        // valid: (5-1)*2 + 3 + 1 = 12
        Last(Sequential().Conv2DTranspose(4, 3, strides: 2, outputPadding: 1, input: (5, 5, 2)), "(None, 12, 12, 4)", 76);
        // same: (5-1)*2 + 3%2 + op = 10 with op 1, 9 with op 0 (not n*s = 10: an explicit 0 differs from the default)
        Last(Sequential().Conv2DTranspose(4, 3, strides: 2, padding: "same", outputPadding: 1, input: (5, 5, 2)), "(None, 10, 10, 4)", 76);
        Last(Sequential().Conv2DTranspose(4, 3, strides: 2, padding: "same", outputPadding: 0, input: (5, 5, 2)), "(None, 9, 9, 4)", 76);
        Last(Sequential().Conv2DTranspose(4, 3, strides: (2, 3), padding: "same", outputPadding: (0, 2), input: (5, 5, 2)), "(None, 9, 15, 4)", 76);
    }

    [Fact]
    public void Output_padding_must_be_below_strides()
    {
        var e = Refused("KD0002", "conv2d_transpose", () => Sequential().Conv2DTranspose(4, 3, strides: 2, outputPadding: 2, input: (5, 5, 2)));
        Assert.Equal("outputPadding", e.Argument);
        Refused("KD0002", "conv2d_transpose", () => Sequential().Conv2DTranspose(4, 3, strides: (2, 1), outputPadding: (1, 1), input: (5, 5, 2)));
        Refused("KD0002", "conv2d_transpose", () => Sequential().Conv2DTranspose(4, 3, strides: 2, outputPadding: -1, input: (5, 5, 2)));
    }

    [Fact]
    public void Conv3DTranspose_takes_data_format_before_output_padding_as_Keras_does()
    {
        // Keras's docstring example: (4, 10, 8, 12, 128), Conv3DTranspose(32, 2, 2) -> (4, 20, 16, 24, 32); 8*32*128 + 32
        Last(Sequential().Conv3DTranspose(32, 2, 2, input: (10, 8, 12, 128)), "(None, 20, 16, 24, 32)", 32800);
        // Positional: filters, kernelSize, strides, padding, dataFormat, outputPadding = 0: (5-1)*2 + 1 + 0 = 9
        Last(Sequential().Conv3DTranspose(4, 3, 2, "same", null, 0, input: (5, 5, 5, 1)), "(None, 9, 9, 9, 4)", 27 * 4 + 4);
    }

    [Fact]
    public void Transposed_convolutions_check_rank_channels_and_padding()
    {
        Refused("KD0001", "conv2d_transpose", () => Sequential().Conv2DTranspose(4, 3, input: (5, 5)));
        Refused("KD0007", "conv1d_transpose", () => Sequential().Conv1DTranspose(4, 3, input: (5, null)));
        Refused("KD0003", "conv1d_transpose", () => Sequential().Conv1DTranspose(4, 3, padding: "causal", input: (5, 2)));
        Refused("KD0002", "conv2d_transpose", () => Sequential().Conv2DTranspose(0, 3, input: (5, 5, 2)));
        Last(Sequential().Conv2DTranspose(4, 3, dataFormat: "channels_first", input: (2, 5, 6)), "(None, 4, 7, 8)", 76);
    }

    [Fact]
    public void Transposed_conv_of_a_zero_dim_can_be_negative()
    {
        // (0-1)*3 + 1 + 0 = -2
        var e = Refused("KD0004", "conv1d_transpose", () => Sequential().Conv1DTranspose(2, 1, strides: 3, outputPadding: 0, input: (0, 1)));
        Assert.Contains("(-2)", e.Message);
        // without outputPadding: (0-1)*3 + max(1, 3) = 0, accepted with warnings
        var m = Sequential().Conv1DTranspose(2, 1, strides: 3, input: (0, 1));
        Last(m, "(None, 0, 2)", 4);
        Assert.Equal(2, m.Warnings.Count);
    }

    // ---- separable ----

    [Fact]
    public void SeparableConv2D_counts_depthwise_pointwise_and_bias()
    {
        // depthwise (3, 3, 2, 1) = 18, pointwise (1, 1, 2, 16) = 32, bias 16
        Last(Sequential().SeparableConv2D(16, 3, input: (13, 21, 2)), "(None, 11, 19, 16)", 66);
        // depthMultiplier 2: 36 + (1, 1, 4, 16) = 64, + 16
        Last(Sequential().SeparableConv2D(16, 3, depthMultiplier: 2, input: (13, 21, 2)), "(None, 11, 19, 16)", 116);
        Last(Sequential().SeparableConv2D(16, 3, padding: "same", useBias: false, input: (13, null, 2)), "(None, 13, None, 16)", 50);
    }

    [Fact]
    public void SeparableConv1D_counts_depthwise_pointwise_and_bias()
    {
        // depthwise (3, 4, 2) = 24, pointwise (1, 8, 8) = 64, bias 8
        Last(Sequential().SeparableConv1D(8, 3, depthMultiplier: 2, input: (20, 4)), "(None, 18, 8)", 96);
        // Keras 3's base_separable_conv.py calls standardize_padding without allow_causal (Keras 2 allowed it).
        Refused("KD0003", "separable_conv1d", () => Sequential().SeparableConv1D(8, 3, padding: "causal", input: (20, 4)));
    }

    [Fact]
    public void Separable_checks_its_arguments_and_input()
    {
        Assert.Equal("depthMultiplier", Refused("KD0002", "separable_conv2d", () => Sequential().SeparableConv2D(4, 3, depthMultiplier: 0, input: (5, 5, 2))).Argument);
        Assert.Equal("filters", Refused("KD0002", "separable_conv2d", () => Sequential().SeparableConv2D(0, 3, input: (5, 5, 2))).Argument);
        Refused("KD0007", "separable_conv2d", () => Sequential().SeparableConv2D(4, 3, input: (5, 5, null)));
        Refused("KD0001", "separable_conv1d", () => Sequential().SeparableConv1D(4, 3, input: (5, 5, 2)));
        Refused("KD0004", "separable_conv2d", () => Sequential().SeparableConv2D(4, 5, input: (3, 5, 2)));
    }

    // ---- depthwise ----

    [Fact]
    public void DepthwiseConv2D_multiplies_channels()
    {
        // kernel (3, 3, 4, 2) = 72, bias 4*2 = 8
        Last(Sequential().DepthwiseConv2D(3, depthMultiplier: 2, input: (16, 38, 4)), "(None, 14, 36, 8)", 80);
        Last(Sequential().DepthwiseConv2D(3, depthMultiplier: 2, useBias: false, input: (16, 38, 4)), "(None, 14, 36, 8)", 72);
        // positional: kernelSize, strides, padding, depthMultiplier
        Last(Sequential().DepthwiseConv2D(3, 2, "same", 3, input: (7, 8, 2)), "(None, 4, 4, 6)", 9 * 2 * 3 + 6);
        Last(Sequential().DepthwiseConv2D(3, dataFormat: "channels_first", input: (2, 7, 8)), "(None, 2, 5, 6)", 20);
    }

    [Fact]
    public void DepthwiseConv1D_multiplies_channels()
    {
        // Keras's docstring example: (4, 10, 12), kernel 3, depth_multiplier 3, strides 2 -> (4, 4, 36);
        // kernel (3, 12, 3) = 108, bias 36
        Last(Sequential().DepthwiseConv1D(3, depthMultiplier: 3, strides: 2, activation: "relu", input: (10, 12)), "(None, 4, 36)", 144);
        Refused("KD0003", "depthwise_conv1d", () => Sequential().DepthwiseConv1D(3, padding: "causal", input: (10, 12)));
    }

    [Fact]
    public void Depthwise_checks_its_arguments_and_input()
    {
        Assert.Equal("depthMultiplier", Refused("KD0002", "depthwise_conv2d", () => Sequential().DepthwiseConv2D(3, depthMultiplier: -1, input: (5, 5, 2))).Argument);
        // the output channels are channels * depth_multiplier: unknown channels cannot be counted
        Refused("KD0007", "depthwise_conv2d", () => Sequential().DepthwiseConv2D(3, input: (5, 5, null)));
        Refused("KD0001", "depthwise_conv2d", () => Sequential().DepthwiseConv2D(3, input: (5, 2)));
    }

    [Fact]
    public void Automatic_names_are_Keras_snake_case()
    {
        var m = Sequential().Conv2DTranspose(4, 1, input: (5, 5, 2)).SeparableConv2D(4, 1).DepthwiseConv2D(1).Conv2D(2, 1).Conv2D(2, 1);
        Assert.Equal(new[] { "conv2d_transpose", "separable_conv2d", "depthwise_conv2d", "conv2d", "conv2d_1" }, m.Layers.Select(l => l.Name));
        var one = Sequential().Conv1D(2, 1, input: (5, 2)).Conv1DTranspose(2, 1).SeparableConv1D(2, 1).DepthwiseConv1D(1);
        Assert.Equal(new[] { "conv1d", "conv1d_transpose", "separable_conv1d", "depthwise_conv1d" }, one.Layers.Select(l => l.Name));
        Assert.Equal("conv3d_transpose", Sequential().Conv3DTranspose(2, 1, input: (2, 2, 2, 1)).Layers[0].Name);
    }

    [Fact]
    public void Factories_make_the_same_layers_for_Add()
    {
        var m = Sequential().Add(Conv2D(16, (3, 3), activation: "relu"), input: (28, 28, 3)).Add(MaxPooling2D(2, 2));
        Last(m, "(None, 13, 13, 16)", 0);
        Assert.Equal(448, m.TotalParams);
    }
}
