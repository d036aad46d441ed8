using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

// Shapes from compute_pooling_output_shape (keras/src/ops/operation_utils.py):
// 'valid' n -> floor((n - pool) / s) + 1, 'same' n -> floor((n - 1) / s) + 1, strides defaulting to pool_size.
// Pooling has no weights; the channels pass through, known or not.
public class PoolingTests
{
    [Fact]
    public void MaxPooling2D_positional_ints_are_pool_size_then_strides()
    {
        // MaxPooling2D(2, 2) as in the seed: pool 2, strides 2; floor((23 - 2) / 2) + 1 = 11
        Last(Sequential().MaxPooling2D(2, 2, input: (23, 23, 64)), "(None, 11, 11, 64)", 0);
        Last(Sequential().MaxPooling2D((2, 2), input: (23, 23, 64)), "(None, 11, 11, 64)", 0);
        // MaxPooling2D(3, 1): strides given, floor((10 - 3) / 1) + 1 = 8
        Last(Sequential().MaxPooling2D(3, 1, input: (10, 10, 1)), "(None, 8, 8, 1)", 0);
        // MaxPooling2D(3): strides default to the pool, floor((10 - 3) / 3) + 1 = 3
        Last(Sequential().MaxPooling2D(3, input: (10, 10, 1)), "(None, 3, 3, 1)", 0);
    }

    [Fact]
    public void MaxPooling_defaults_to_a_pool_of_2()
    {
        Last(Sequential().MaxPooling2D(input: (28, 28, 3)), "(None, 14, 14, 3)", 0);
        Last(Sequential().MaxPooling1D(input: (9, 3)), "(None, 4, 3)", 0);
        Last(Sequential().MaxPooling3D(input: (8, 9, 10, 2)), "(None, 4, 4, 5, 2)", 0);
    }

    [Fact]
    public void Pooling_with_per_axis_pool_and_strides()
    {
        // pool (2, 3), strides (1, 2): floor((5 - 2) / 1) + 1 = 4, floor((7 - 3) / 2) + 1 = 3
        Last(Sequential().MaxPooling2D((2, 3), (1, 2), input: (5, 7, 1)), "(None, 4, 3, 1)", 0);
        // pool (1, 2, 3), strides default to it
        Last(Sequential().MaxPooling3D((1, 2, 3), input: (3, 8, 4, 2)), "(None, 3, 4, 1, 2)", 0);
    }

    [Fact]
    public void Same_pooling_depends_on_strides_only()
    {
        // floor((7 - 1) / 2) + 1 = 4, floor((8 - 1) / 2) + 1 = 4
        Last(Sequential().MaxPooling2D(3, 2, "same", input: (7, 8, 5)), "(None, 4, 4, 5)", 0);
        // a pool larger than the input is fine with 'same': floor((3 - 1) / 4) + 1 = 1
        Last(Sequential().AveragePooling1D(4, padding: "same", input: (3, 2)), "(None, 1, 2)", 0);
        // stride 1 keeps the size
        Last(Sequential().AveragePooling2D(3, 1, "same", input: (7, 8, 5)), "(None, 7, 8, 5)", 0);
        Last(Sequential().MaxPooling2D(3, padding: "SAME", input: (7, 8, 5)), "(None, 3, 3, 5)", 0);
    }

    [Fact]
    public void AveragePooling_has_no_default_pool_size_in_Keras_3()
    {
        Last(Sequential().AveragePooling1D(3, input: (14, 15)), "(None, 4, 15)", 0);
        Last(Sequential().AveragePooling2D((2, 2), (2, 2), input: (16, 26, 3)), "(None, 8, 13, 3)", 0);
        Last(Sequential().AveragePooling3D(2, 1, input: (3, 4, 5, 1)), "(None, 2, 3, 4, 1)", 0);
        // keras/src/layers/pooling/average_pooling2d.py: `def __init__(self, pool_size, strides=None, ...)`
        var e = Refused("KD0002", "average_pooling2d", () => Sequential().Add(AveragePooling2D(default), input: (4, 4, 1)));
        Assert.Equal("poolSize", e.Argument);
        Assert.Contains("no default", e.Message);
    }

    [Fact]
    public void Pooling_passes_unknown_dims_through()
    {
        Last(Sequential().MaxPooling1D(input: (null, null)), "(None, None, None)", 0);
        Last(Sequential().AveragePooling2D(2, input: (null, 9, null)), "(None, None, 4, None)", 0);
    }

    [Fact]
    public void Channels_first_pools_the_last_axes()
    {
        Last(Sequential().MaxPooling2D(2, dataFormat: "channels_first", input: (3, 28, 27)), "(None, 3, 14, 13)", 0);
        Last(Sequential().AveragePooling1D(2, dataFormat: "channels_first", input: (3, 9)), "(None, 3, 4)", 0);
    }

    [Fact]
    public void Valid_pooling_to_zero_is_accepted_with_a_warning()
    {
        // floor((1 - 2) / 2) + 1 = 0 (Keras 3 refuses zero; Keras 2 and tfjs accept it)
        var m = Sequential().MaxPooling2D(2, input: (1, 4, 1));
        Last(m, "(None, 0, 2, 1)", 0);
        var w = Assert.Single(m.Warnings);
        Assert.Equal("KD0009", w.Id);
        Assert.Equal("max_pooling2d", w.LayerName);
    }

    [Fact]
    public void Valid_pooling_below_zero_is_refused()
    {
        // floor((1 - 3) / 1) + 1 = -1
        var e = Refused("KD0004", "max_pooling2d", () => Sequential().MaxPooling2D(3, 1, input: (1, 4, 1)));
        Assert.Contains("(-1) on axis 1", e.Message);
        Assert.Contains("a pool of 3", e.Message);
        // after a convolution, the message names it: 8 - 3 + 1 = 6, then floor((6 - 8) / 1) + 1 = -1
        e = Refused("KD0004", "average_pooling1d", () => Sequential().Conv1D(4, 3, input: (8, 2)).AveragePooling1D(8, 1));
        Assert.Contains("conv1d gives (None, 6, 4)", e.Message);
    }

    [Fact]
    public void Pooling_refuses_bad_sizes()
    {
        Assert.Equal("poolSize", Refused("KD0002", "max_pooling2d", () => Sequential().MaxPooling2D(0, input: (4, 4, 1))).Argument);
        Assert.Equal("poolSize", Refused("KD0002", "max_pooling2d", () => Sequential().MaxPooling2D((2, 2, 2), input: (4, 4, 1))).Argument);
        // Keras standardizes strides with allow_zero=True, then divides by them: refused here.
        Assert.Equal("strides", Refused("KD0002", "max_pooling1d", () => Sequential().MaxPooling1D(2, 0, input: (4, 1))).Argument);
        Assert.Equal("strides", Refused("KD0002", "average_pooling2d", () => Sequential().AveragePooling2D(2, (1, -1), input: (4, 4, 1))).Argument);
    }

    [Fact]
    public void Pooling_refuses_unknown_padding_and_data_format()
    {
        Assert.Equal("padding", Refused("KD0003", "max_pooling1d", () => Sequential().MaxPooling1D(padding: "causal", input: (4, 1))).Argument);
        Assert.Equal("dataFormat", Refused("KD0003", "max_pooling2d", () => Sequential().MaxPooling2D(dataFormat: "NHWC", input: (4, 4, 1))).Argument);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void MaxPooling2D_needs_rank_4(int rank)
    {
        InputShape input = rank == 2 ? new InputShape(10) : new InputShape(5, 10, 10, 3);
        var e = Refused("KD0001", "max_pooling2d", () => Sequential().MaxPooling2D(input: input));
        Assert.Contains("rank 4 (batch, rows, cols, channels)", e.Message);
    }

    [Fact]
    public void Pooling_of_other_ranks_checks_rank_too()
    {
        Refused("KD0001", "max_pooling1d", () => Sequential().MaxPooling1D(input: (4, 4, 1)));
        Refused("KD0001", "average_pooling3d", () => Sequential().AveragePooling3D(2, input: (4, 4, 1)));
        Refused("KD0001", "max_pooling3d", () => Sequential().Dense(3, input: (4, 4, 4)).MaxPooling3D());
    }

    // ---- global pooling: (batch, spatial..., channels) -> (batch, channels), keepdims (batch, 1..., channels) ----

    [Fact]
    public void Global_pooling_keeps_the_channels()
    {
        Last(Sequential().GlobalAveragePooling2D(input: (7, 7, 64)), "(None, 64)", 0);
        Last(Sequential().GlobalMaxPooling2D(input: (7, 7, 64)), "(None, 64)", 0);
        Last(Sequential().GlobalAveragePooling1D(input: (null, 8)), "(None, 8)", 0);
        Last(Sequential().GlobalMaxPooling1D(input: (6, 17)), "(None, 17)", 0);
        Last(Sequential().GlobalAveragePooling3D(input: (3, 4, 5, 2)), "(None, 2)", 0);
        Last(Sequential().GlobalMaxPooling3D(input: (3, 4, 5, 2)), "(None, 2)", 0);
        // a zero spatial dim does not show in the output
        Last(Sequential().GlobalMaxPooling2D(input: (0, 4, 2)), "(None, 2)", 0);
    }

    [Fact]
    public void Global_pooling_with_keepdims_keeps_size_1_axes()
    {
        Last(Sequential().GlobalAveragePooling2D(keepdims: true, input: (7, 7, 64)), "(None, 1, 1, 64)", 0);
        Last(Sequential().GlobalMaxPooling1D(keepdims: true, input: (7, 64)), "(None, 1, 64)", 0);
        Last(Sequential().GlobalMaxPooling3D(keepdims: true, input: (7, 7, 7, 64)), "(None, 1, 1, 1, 64)", 0);
    }

    [Fact]
    public void Global_pooling_channels_first()
    {
        Last(Sequential().GlobalAveragePooling2D(dataFormat: "channels_first", input: (64, 7, 7)), "(None, 64)", 0);
        Last(Sequential().GlobalAveragePooling2D(dataFormat: "channels_first", keepdims: true, input: (64, 7, 7)), "(None, 64, 1, 1)", 0);
    }

    [Fact]
    public void Global_pooling_passes_unknown_channels_through() =>
        Last(Sequential().GlobalMaxPooling2D(input: (5, 5, null)), "(None, None)", 0);

    [Fact]
    public void Global_pooling_needs_its_exact_rank()
    {
        // tfjs: "Input 0 is incompatible with layer global_average_pooling2d: expected ndim=4, found ndim=3"
        var e = Refused("KD0001", "global_average_pooling2d", () => Sequential().GlobalAveragePooling2D(input: (7, 64)));
        Assert.Contains("rank 4", e.Message);
        Refused("KD0001", "global_max_pooling1d", () => Sequential().GlobalMaxPooling1D(input: (7, 7, 64)));
        Refused("KD0001", "global_average_pooling3d", () => Sequential().GlobalAveragePooling3D(input: (7, 7, 64)));
        Refused("KD0003", "global_max_pooling2d", () => Sequential().GlobalMaxPooling2D(dataFormat: "channels", input: (7, 7, 64)));
    }

    [Fact]
    public void Conv_pool_global_dense_chain()
    {
        // conv 3x3 'same', 3 -> 32 channels: 3*3*3*32 + 32 = 896; pool 2 halves 32 to 16;
        // conv 3x3, 32 -> 64: 3*3*32*64 + 64 = 18496; global pooling to (None, 64); Dense 10: 64*10 + 10 = 650.
        var m = Sequential()
            .Conv2D(32, 3, padding: "same", activation: "relu", input: (32, 32, 3))
            .MaxPooling2D()
            .Conv2D(64, 3, padding: "same", activation: "relu")
            .GlobalAveragePooling2D()
            .Dense(10, activation: "softmax");
        Assert.Equal(new[] { "(None, 32, 32, 32)", "(None, 16, 16, 32)", "(None, 16, 16, 64)", "(None, 64)", "(None, 10)" },
            m.Layers.Select(l => l.OutputShape.ToString()));
        Assert.Equal(896 + 18496 + 650, m.TotalParams);
        Assert.Equal(new[] { "conv2d", "max_pooling2d", "conv2d_1", "global_average_pooling2d", "dense" }, m.Layers.Select(l => l.Name));
    }

    [Fact]
    public void Every_pooling_class_is_registered_under_its_Keras_name()
    {
        var names = PoolingLayers.Types.Select(t => t.ClassName + "=" + t.AutoNamePrefix);
        Assert.Equal(new[]
        {
            "MaxPooling1D=max_pooling1d", "MaxPooling2D=max_pooling2d", "MaxPooling3D=max_pooling3d",
            "AveragePooling1D=average_pooling1d", "AveragePooling2D=average_pooling2d", "AveragePooling3D=average_pooling3d",
            "GlobalMaxPooling1D=global_max_pooling1d", "GlobalMaxPooling2D=global_max_pooling2d", "GlobalMaxPooling3D=global_max_pooling3d",
            "GlobalAveragePooling1D=global_average_pooling1d", "GlobalAveragePooling2D=global_average_pooling2d",
            "GlobalAveragePooling3D=global_average_pooling3d",
        }, names);
        Assert.All(PoolingLayers.Types.Concat(ConvolutionLayers.Types), t => Assert.True(LayerCatalog.TryGet(t.ClassName, out _)));
    }
}
