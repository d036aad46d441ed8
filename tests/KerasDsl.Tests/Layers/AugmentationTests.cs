using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

/// <summary>
/// The image augmentation layers (keras/src/layers/preprocessing/image_preprocessing, Keras 3.15): no weights (their
/// SeedGenerator state is not in <c>weights</c>), the input's shape except RandomCrop's height and width, and the
/// constructors' checks of their factors and modes.
/// </summary>
public class AugmentationTests
{
    [Fact]
    public void The_tutorials_data_augmentation_block_keeps_the_shape_and_has_no_params()
    {
        // The TensorFlow image classification tutorial: RandomFlip("horizontal", input_shape=(180, 180, 3)),
        // RandomRotation(0.1), RandomZoom(0.1).
        var m = Sequential().RandomFlip("horizontal", input: (180, 180, 3)).RandomRotation(0.1).RandomZoom(0.1);
        Assert.Equal(new[] { "random_flip", "random_rotation", "random_zoom" }, m.Layers.Select(r => r.Name));
        Assert.All(m.Layers, r => Assert.Equal("(None, 180, 180, 3)", r.OutputShape.ToString()));
        Assert.Equal(0, m.TotalParams);
    }

    [Fact]
    public void Every_augmentation_layer_keeps_the_shape_of_a_batch_and_of_one_image()
    {
        foreach (var (input, shape) in new[] { ((InputShape)(32, 32, 3), "(None, 32, 32, 3)"), ((32, 3), "(None, 32, 3)") })
        {
            Last(Sequential().RandomTranslation(0.1, (-0.2, 0.3), input: input), shape, 0);
            Last(Sequential().RandomContrast(0.2, input: input), shape, 0);
            Last(Sequential().RandomBrightness((-0.2, 0.4), valueRange: (0, 1), input: input), shape, 0);
            Last(Sequential().RandomRotation((-0.5, 0.5), fillMode: "constant", interpolation: "nearest", fillValue: 1, seed: 7, input: input), shape, 0);
        }
        Last(Sequential().RandomFlip(dataFormat: "channels_first", input: (3, 32, 32)), "(None, 3, 32, 32)", 0);
    }

    [Fact]
    public void RandomCrop_sets_height_and_width_whatever_the_input_sizes()
    {
        Last(Sequential().RandomCrop(24, 20, input: (32, 32, 3)), "(None, 24, 20, 3)", 0);
        Last(Sequential().RandomCrop(64, 64, input: (32, 32, 3)), "(None, 64, 64, 3)", 0);   // resized up when the layer runs
        Last(Sequential().RandomCrop(24, 20, input: (null, null, 3)), "(None, 24, 20, 3)", 0);
        Last(Sequential().RandomCrop(24, 20, dataFormat: "channels_first", input: (3, 32, 32)), "(None, 3, 24, 20)", 0);
        // One image (rank 3): axes -3 and -2 are its rows and cols, here the batch dim and 32, as Keras sets them.
        Last(Sequential().RandomCrop(24, 20, input: (32, 3)), "(24, 20, 3)", 0);
    }

    [Fact]
    public void A_rank_other_than_3_or_4_is_refused_as_Keras_call_refuses_it()
    {
        var e = Refused("KD0001", "random_flip", () => Sequential().RandomFlip(input: 10));
        Assert.Contains("rank 3 (single image) or 4 (batch of images)", e.Message);
        Refused("KD0001", "random_crop", () => Sequential().RandomCrop(2, 2, input: (4, 4, 4, 3)));
    }

    [Fact]
    public void Factors_are_checked_as_Keras_set_factor_checks_them()
    {
        // BaseImagePreprocessingLayer._set_factor: a number within the bounds; a pair whose first is at most the upper
        // bound and whose second is at least the lower one.
        Assert.Equal("factor", Refused("KD0002", "random_rotation", () => Sequential().RandomRotation(1.5, input: (8, 8, 3))).Argument);
        Last(Sequential().RandomRotation((0.5, 2), input: (8, 8, 3)), "(None, 8, 8, 3)", 0);   // Keras's loose pair check passes it
        Assert.Equal("factor", Refused("KD0002", "random_rotation", () => Sequential().RandomRotation((1.5, 2), input: (8, 8, 3))).Argument);
        Assert.Equal("factor", Refused("KD0002", "random_contrast", () => Sequential().RandomContrast(-0.1, input: (8, 8, 3))).Argument);
        Assert.Equal("factor", Refused("KD0002", "random_contrast", () => Sequential().RandomContrast(1.1, input: (8, 8, 3))).Argument);
        Assert.Equal("factor", Refused("KD0002", "random_brightness", () => Sequential().RandomBrightness(-1.5, input: (8, 8, 3))).Argument);
        Assert.Equal("factor", Refused("KD0002", "random_rotation", () => Sequential().RandomRotation(default, input: (8, 8, 3))).Argument);
    }

    [Fact]
    public void Zoom_and_translation_factors_are_checked_number_by_number()
    {
        // RandomZoom refuses -1 (its range is (-1, 1]); RandomTranslation takes [-1, 1].
        Assert.Equal("heightFactor", Refused("KD0002", "random_zoom", () => Sequential().RandomZoom(-1, input: (8, 8, 3))).Argument);
        Assert.Equal("widthFactor", Refused("KD0002", "random_zoom", () => Sequential().RandomZoom(0.1, (-0.5, 1.5), input: (8, 8, 3))).Argument);
        Last(Sequential().RandomZoom((-0.9, 1), input: (8, 8, 3)), "(None, 8, 8, 3)", 0);
        Last(Sequential().RandomTranslation(-1, 1, input: (8, 8, 3)), "(None, 8, 8, 3)", 0);
        Assert.Equal("widthFactor", Refused("KD0002", "random_translation", () => Sequential().RandomTranslation(0.1, (0.5, -1.1), input: (8, 8, 3))).Argument);
        Assert.Equal("widthFactor", Refused("KD0002", "random_translation", () => Sequential().RandomTranslation(0.1, default, input: (8, 8, 3))).Argument);
    }

    [Fact]
    public void A_factor_that_is_not_a_number_or_a_pair_is_refused() =>
        RegularizationTests.AssertCoreRefused("KD0002", "factor", new LayerCall("RandomRotation", new Arg("input", ArgValue.Ints(8, 8, 3)),
            new Arg("factor", ArgValue.Tuple(ArgValue.Of(0.1), ArgValue.Of(0.2), ArgValue.Of(0.3)))));

    [Fact]
    public void Modes_and_options_are_Keras_exact_names()
    {
        Assert.Equal("mode", Refused("KD0003", "random_flip", () => Sequential().RandomFlip("Horizontal", input: (8, 8, 3))).Argument);
        Assert.Equal("fillMode", Refused("KD0003", "random_rotation", () => Sequential().RandomRotation(0.1, fillMode: "mirror", input: (8, 8, 3))).Argument);
        Assert.Equal("interpolation", Refused("KD0003", "random_zoom", () => Sequential().RandomZoom(0.1, interpolation: "bicubic", input: (8, 8, 3))).Argument);
        Assert.Equal("dataFormat", Refused("KD0003", "random_crop", () => Sequential().RandomCrop(2, 2, dataFormat: "nhwc", input: (8, 8, 3))).Argument);
    }

    [Fact]
    public void RandomBrightness_needs_a_value_range_of_two_numbers() =>
        RegularizationTests.AssertCoreRefused("KD0002", "valueRange", new LayerCall("RandomBrightness", new Arg("input", ArgValue.Ints(8, 8, 3)),
            new Arg("factor", ArgValue.Of(0.1)), new Arg("valueRange", ArgValue.Tuple(ArgValue.Of(0L)))));

    [Fact]
    public void RandomCrop_refuses_sizes_below_1()
    {
        Assert.Equal("height", Refused("KD0002", "random_crop", () => Sequential().RandomCrop(0, 2, input: (8, 8, 3))).Argument);
        Assert.Equal("width", Refused("KD0002", "random_crop", () => Sequential().RandomCrop(2, -1, input: (8, 8, 3))).Argument);
    }

    [Fact]
    public void The_factories_serve_Add_and_the_functional_API()
    {
        Last(Sequential().Add(RandomFlip("vertical"), input: (8, 8, 3)).Add(RandomCrop(4, 4)), "(None, 4, 4, 3)", 0);
        var x = Input((16, 16, 3));
        var y = x.RandomRotation(0.2).RandomZoom(0.1, 0.2).RandomTranslation(0.1, 0.1).RandomContrast(0.3).RandomBrightness(0.2).RandomCrop(8, 8).RandomFlip();
        Assert.Equal("(None, 8, 8, 3)", y.Shape.ToString());
        Assert.Equal(0, Model(x, y).TotalParams);
    }
}
