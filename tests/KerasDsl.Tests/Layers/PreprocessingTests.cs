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

    // ---- Normalization (keras/src/layers/preprocessing/normalization.py) ----

    private static Node NormalizationNode(ArgValue input, params Arg[] args) =>
        SequentialModel.FromCalls(new[] { new LayerCall("Normalization", args.Prepend(new Arg("input", input)).ToArray()) }).Nodes.Single();

    private static string WeightShapes(Node node) =>
        string.Join("; ", node.Output!.Weights.Select(w => w.ToString()));

    [Fact]
    public void Normalization_over_3_channels_has_EfficientNets_7_non_trainable_params()
    {
        var m = Sequential().Rescaling(1.0 / 255, input: (224, 224, 3)).Normalization(axis: 3);
        Last(m, "(None, 224, 224, 3)", 7);
        Assert.Equal(0, m.Layers[^1].TrainableParams);
        Assert.Equal("normalization", m.Layers[^1].Name);
        Assert.Equal("mean (3) non-trainable; variance (3) non-trainable; count () non-trainable",
            WeightShapes(NormalizationNode(ArgValue.Ints(224, 224, 3))));
    }

    [Fact]
    public void Normalization_keeps_each_axis_sorted_and_as_often_as_given()
    {
        Last(Sequential().Normalization(axis: (2, 1), input: (4, 5, 3)), "(None, 4, 5, 3)", 2 * 20 + 1);
        Assert.Equal("mean (3, 3) non-trainable; variance (3, 3) non-trainable; count () non-trainable",
            WeightShapes(NormalizationNode(ArgValue.Ints(4, 5, 3), new Arg("axis", ArgValue.Ints(-1, 3)))));
    }

    [Fact]
    public void Normalization_over_no_axis_has_scalar_weights() =>
        Assert.Equal(3, NormalizationNode(ArgValue.Ints(4, 3), new Arg("axis", ArgValue.Tuple())).Output!.Params);

    [Fact]
    public void Normalization_with_mean_and_variance_has_no_weights()
    {
        Last(Sequential().Normalization(mean: [0.485, 0.456, 0.406], variance: [0.052, 0.050, 0.051], input: (224, 224, 3)), "(None, 224, 224, 3)", 0);
        Assert.Equal(0, NormalizationNode(ArgValue.Ints(4, 3), new Arg("mean", ArgValue.Of(0.5)), new Arg("variance", ArgValue.Of(2L))).Output!.Params);
        // A dim of 1 broadcasts; dims align with the kept axes from the right.
        var oneByThree = ArgValue.Tuple(ArgValue.Tuple(ArgValue.Of(1.0), ArgValue.Of(2.0), ArgValue.Of(3.0)));
        Assert.Equal(0, NormalizationNode(ArgValue.Ints(4, 3), new Arg("axis", ArgValue.Ints(1, 2)), new Arg("mean", oneByThree), new Arg("variance", oneByThree)).Output!.Params);
    }

    [Fact]
    public void Normalization_refuses_values_that_do_not_fit()
    {
        Assert.Equal("variance", Refused("KD0002", "normalization", () => Sequential().Normalization(mean: [1.0], input: 3)).Argument);
        Assert.Equal("mean", Refused("KD0002", "normalization", () => Sequential().Normalization(variance: [1.0], input: 3)).Argument);
        Assert.Equal("variance", Refused("KD0002", "normalization", () => Sequential().Normalization(mean: [1.0, 2.0], variance: [1.0], input: 2)).Argument);
        var nested = ArgValue.Tuple(ArgValue.Tuple(ArgValue.Of(1.0)));
        RegularizationTests.AssertCoreRefused("KD0002", "mean", new LayerCall("Normalization", new Arg("input", ArgValue.Ints(3)),
            new Arg("mean", nested), new Arg("variance", nested)));   // rank 2 for one axis
        var ragged = ArgValue.Tuple(ArgValue.Tuple(ArgValue.Of(1.0)), ArgValue.Of(2.0));
        RegularizationTests.AssertCoreRefused("KD0002", "mean", new LayerCall("Normalization", new Arg("input", ArgValue.Ints(3)),
            new Arg("mean", ragged), new Arg("variance", ragged)));
        var e = Refused("KD0008", "normalization", () => Sequential().Normalization(mean: [1.0, 2.0, 3.0, 4.0], variance: [1.0, 2.0, 3.0, 4.0], input: (8, 3)));
        Assert.Contains("of sizes (3)", e.Message);
    }

    [Fact]
    public void Normalization_needs_axes_of_the_input_with_known_sizes()
    {
        Assert.Equal("axis", Refused("KD0002", "normalization", () => Sequential().Normalization(axis: 3, input: (4, 3))).Argument);
        Assert.Equal("axis", Refused("KD0002", "normalization", () => Sequential().Normalization(axis: -4, input: (4, 3))).Argument);
        Refused("KD0007", "normalization", () => Sequential().Normalization(axis: 1, input: (null, 3)));
        Refused("KD0007", "normalization", () => Sequential().Normalization(axis: 0, input: 3));   // the batch dim is unknown
    }

    [Fact]
    public void Normalization_factory_serves_Add() =>
        Last(Sequential().Add(Normalization(), input: 5), "(None, 5)", 11);

    // ---- Resizing and CenterCrop (keras/src/layers/preprocessing/image_preprocessing) ----

    [Fact]
    public void Resizing_and_CenterCrop_set_height_and_width()
    {
        Last(Sequential().Resizing(16, 24, input: (32, 32, 3)), "(None, 16, 24, 3)", 0);
        Last(Sequential().Resizing(16, 24, interpolation: "nearest", cropToAspectRatio: true, input: (null, null, 3)), "(None, 16, 24, 3)", 0);
        Last(Sequential().CenterCrop(16, 24, input: (32, 32, 3)), "(None, 16, 24, 3)", 0);
        Last(Sequential().CenterCrop(40, 48, input: (32, 32, 3)), "(None, 40, 48, 3)", 0);   // a smaller image is resized first
        Assert.Equal("center_crop", Sequential().CenterCrop(2, 2, input: (4, 4, 1)).Layers[0].Name);
    }

    [Fact]
    public void Channels_first_images_have_their_last_two_dims_set()
    {
        Last(Sequential().Resizing(16, 24, dataFormat: "channels_first", input: (3, 32, 32)), "(None, 3, 16, 24)", 0);
        Last(Sequential().CenterCrop(16, 24, dataFormat: "channels_first", input: (3, 32, 32)), "(None, 3, 16, 24)", 0);
    }

    [Fact]
    public void A_rank_3_input_is_read_as_one_image_as_Keras_reads_it()
    {
        // (None, 32, 3) is an unbatched image (rows, cols, channels) to Keras: rows and cols, here the batch dim and 32, are set.
        Last(Sequential().Resizing(16, 24, input: (32, 3)), "(16, 24, 3)", 0);
        Last(Sequential().CenterCrop(16, 24, input: (32, 3)), "(16, 24, 3)", 0);
        Last(Sequential().CenterCrop(16, 24, dataFormat: "channels_first", input: (3, 32)), "(None, 16, 24)", 0);
    }

    [Fact]
    public void Other_ranks_are_refused()
    {
        Refused("KD0001", "resizing", () => Sequential().Resizing(16, 24, input: (4, 32, 32, 3)));
        Refused("KD0001", "center_crop", () => Sequential().CenterCrop(16, 24, input: 3));
    }

    [Fact]
    public void Resizing_refuses_what_Keras_s_image_resize_refuses()
    {
        Assert.Equal("height", Refused("KD0002", "resizing", () => Sequential().Resizing(0, 24, input: (32, 32, 3))).Argument);
        Assert.Equal("width", Refused("KD0002", "center_crop", () => Sequential().CenterCrop(16, -1, input: (32, 32, 3))).Argument);
        Assert.Equal("interpolation", Refused("KD0003", "resizing", () => Sequential().Resizing(16, 24, interpolation: "cubic", input: (32, 32, 3))).Argument);
        Assert.Equal("padToAspectRatio", Refused("KD0002", "resizing", () =>
            Sequential().Resizing(16, 24, cropToAspectRatio: true, padToAspectRatio: true, input: (32, 32, 3))).Argument);
        Assert.Equal("dataFormat", Refused("KD0003", "resizing", () => Sequential().Resizing(16, 24, dataFormat: "nhwc", input: (32, 32, 3))).Argument);
    }

    [Fact]
    public void Resizing_and_CenterCrop_factories_serve_TimeDistributed()
    {
        Last(Sequential().TimeDistributed(Resizing(8, 8), input: (5, 32, 32, 3)), "(None, 5, 8, 8, 3)", 0);
        Last(Sequential().TimeDistributed(CenterCrop(8, 8), input: (5, 32, 32, 3)), "(None, 5, 8, 8, 3)", 0);
    }

    [Fact]
    public void Resizing_fills_padding_only_with_a_constant_as_Keras_3s_resize()
    {
        Last(Sequential().Resizing(8, 8, padToAspectRatio: true, fillMode: "constant", fillValue: 1.0, antialias: true, input: (32, 16, 3)), "(None, 8, 8, 3)", 0);
        var e = Refused("KD0003", "resizing", () => Sequential().Resizing(8, 8, fillMode: "reflect", input: (32, 32, 3)));
        Assert.Contains("expected one of 'constant'", e.Message);
    }

    [Fact]
    public void Image_layers_take_a_bounding_box_format_of_Keras_3s_list()
    {
        Last(Sequential().CenterCrop(8, 8, boundingBoxFormat: "rel_xyxy", input: (32, 32, 3)), "(None, 8, 8, 3)", 0);
        Assert.Equal("boundingBoxFormat", Refused("KD0003", "resizing", () => Sequential().Resizing(8, 8, boundingBoxFormat: "xyzw", input: (32, 32, 3))).Argument);
    }
}
