using KerasDsl.Core;
using KerasDsl.Samples;

namespace KerasDsl.Tests;

/// <summary>
/// The real Keras examples of samples/KerasDsl.Samples/PortedFromKeras.cs, one test each: total, trainable and
/// non-trainable params as the example's own printed summary gives them (its "Param #" column too, InputLayer rows
/// left out, as a Sequential's summary has none), or as TensorFlow.js 4.22 counts the same model where the example's
/// repository holds no printout. Each sample's doc comment names the file the numbers were read from.
/// </summary>
public class PortedFromKerasTests
{
    [Fact]
    public void Keras_io_mnist_convnet_counts_34_826()
    {
        var m = PortedFromKeras.KerasIoMnistConvnet();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 34_826, 34_826, 0);
        AssertParamColumn(m.Layers, 320, 0, 18_496, 0, 0, 0, 16_010);
        Assert.Equal("(None, 5, 5, 64)", m.Layers[3].OutputShape.ToString());
        Assert.Equal("(None, 10)", m.OutputShape.ToString());
    }

    [Fact]
    public void Keras_io_bidirectional_lstm_imdb_counts_2_757_761()
    {
        var m = PortedFromKeras.KerasIoBidirectionalLstmImdb();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 2_757_761, 2_757_761, 0);
        AssertParamColumn(m.Layers, 2_560_000, 98_816, 98_816, 129);
        Assert.Equal(("input_layer", "(None, None)"), (m.Layers[0].Name, m.Layers[0].OutputShape.ToString()));
        Assert.Equal("(None, None, 128)", m.Layers[2].OutputShape.ToString());
        Assert.Equal("(None, 1)", m.OutputShape.ToString());
    }

    [Fact]
    public void Keras_io_timeseries_anomaly_detection_counts_9_505()
    {
        var m = PortedFromKeras.KerasIoTimeseriesAnomalyDetection();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 9_505, 9_505, 0);
        AssertParamColumn(m.Layers, 256, 0, 3_600, 1_808, 0, 3_616, 225);
        Assert.Equal("(None, 72, 16)", m.Layers[2].OutputShape.ToString());
        Assert.Equal("(None, 288, 1)", m.OutputShape.ToString());
    }

    [Fact]
    public void Keras_io_dcgan_discriminator_counts_74_625_and_warns_about_alpha()
    {
        var m = PortedFromKeras.KerasIoDcganDiscriminator();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 74_625, 74_625, 0);
        AssertParamColumn(m.Layers, 640, 0, 73_856, 0, 0, 129);
        Assert.Equal("discriminator", m.Name);
        // LeakyReLU(alpha=0.2), tf.keras 2's spelling: Keras 3 takes it with a deprecation warning, once per layer.
        Assert.Equal(2, m.Warnings.Count(w => w.Id == "KD0025"));
    }

    [Fact]
    public void Keras_io_dcgan_generator_counts_1_339_905()
    {
        var m = PortedFromKeras.KerasIoDcganGenerator();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 1_339_905, 1_339_905, 0);
        AssertParamColumn(m.Layers, 809_088, 0, 0, 262_272, 0, 262_272, 0, 6_273);
        Assert.Equal("(None, 7, 7, 128)", m.Layers[2].OutputShape.ToString());
        Assert.Equal("(None, 28, 28, 1)", m.OutputShape.ToString());
    }

    [Fact]
    public void Deep_learning_with_python_first_convnet_counts_93_322()
    {
        var m = PortedFromKeras.DlwpConvnetMnist();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 93_322, 93_322, 0);
        AssertParamColumn(m.Layers, 320, 0, 18_496, 0, 36_928, 0, 36_928, 650);
        // The notebook's first printout, before Flatten and the Dense layers were added: 55,744.
        Assert.Equal(55_744, m.Layers.Take(5).Sum(l => l.Params));
        Assert.Equal("(None, 576)", m.Layers[5].OutputShape.ToString());
    }

    [Fact]
    public void Deep_learning_with_python_stacked_simple_rnn_counts_328_320()
    {
        var m = PortedFromKeras.DlwpStackedSimpleRnn();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 328_320, 328_320, 0);
        AssertParamColumn(m.Layers, 320_000, 2_080, 2_080, 2_080, 2_080);
        Assert.Equal("(None, None, 32)", m.Layers[0].OutputShape.ToString());
        Assert.Equal("(None, 32)", m.OutputShape.ToString());
    }

    [Fact]
    public void Deep_learning_with_python_conv1d_gru_counts_13_697_with_keras_2_0s_gru()
    {
        var m = PortedFromKeras.DlwpConv1dGruJena();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 13_697, 13_697, 0);
        AssertParamColumn(m.Layers, 2_272, 0, 5_152, 6_240, 33);
        // Keras 2.0.8's GRU had one bias per gate: 3·32·(32 + 32 + 1). Keras 3's default would add 3·32.
        Assert.Equal(3 * 32 * (32 + 32 + 1), m.Layers[3].Params);
    }

    [Fact]
    public void Deep_learning_with_python_gan_generator_counts_6_264_579()
    {
        var m = PortedFromKeras.DlwpGanGenerator();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 6_264_579, 6_264_579, 0);
        AssertParamColumn(m.Layers, 1_081_344, 0, 0, 819_456, 0, 1_048_832, 0, 1_638_656, 0, 1_638_656, 0, 37_635);
        Assert.Equal("(None, 32, 32, 256)", m.Layers[6].OutputShape.ToString());
        Assert.Equal("(None, 32, 32, 3)", m.OutputShape.ToString());
    }

    [Fact]
    public void Deep_learning_with_python_gan_discriminator_counts_790_913()
    {
        var m = PortedFromKeras.DlwpGanDiscriminator();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 790_913, 790_913, 0);
        AssertParamColumn(m.Layers, 3_584, 0, 262_272, 0, 262_272, 0, 262_272, 0, 0, 0, 513);
        Assert.Equal("(None, 2, 2, 128)", m.Layers[8].OutputShape.ToString());
        Assert.Equal("(None, 1)", m.OutputShape.ToString());
    }

    [Fact]
    public void Hands_on_ml_fashion_mnist_mlp_built_with_add_counts_266_610()
    {
        var m = PortedFromKeras.HomlFashionMnistMlp();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 266_610, 266_610, 0);
        AssertParamColumn(m.Layers, 0, 235_500, 30_100, 1_010);
        Assert.Equal("(None, 784)", m.Layers[0].OutputShape.ToString());
    }

    [Fact]
    public void Hands_on_ml_batch_normalization_with_he_normal_counts_271_346()
    {
        var m = PortedFromKeras.HomlBatchNormHeNormal();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 271_346, 268_978, 2_368);
        AssertParamColumn(m.Layers, 0, 3_136, 235_500, 1_200, 30_100, 400, 1_010);
        // The initializer is kept in the layer's configuration, as Keras keeps it; it changes no count.
        Assert.Equal("'he_normal'", ConfigValue(m, 2, "kernelInitializer").ToString());
    }

    [Fact]
    public void TensorFlow_flowers_classifier_with_its_augmentation_block_counts_3_989_285()
    {
        var m = PortedFromKeras.TfFlowersAugmented();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 3_989_285, 3_989_285, 0);
        var block = m.Layers[0];
        Assert.Equal(("Sequential", "(None, 180, 180, 3)", 0L), (block.ClassName, block.OutputShape.ToString(), block.Params));
        Assert.Equal(1.0 / 255, ConfigValue(m, 1, "scale").Number);   // Rescaling(1.0 / 255), not C#'s 1 / 255 = 0
        Assert.Equal(("outputs", "(None, 5)"), (m.Layers[^1].Name, m.OutputShape.ToString()));
    }

    [Fact]
    public void TensorFlow_dcgan_generator_counts_2_330_944_with_the_tutorials_asserted_shapes()
    {
        var m = PortedFromKeras.TfDcganGenerator();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 2_330_944, 2_305_472, 25_472);
        // make_generator_model's asserts on model.output_shape, after each block.
        Assert.Equal(
            new[] { "(None, 7, 7, 256)", "(None, 7, 7, 128)", "(None, 14, 14, 64)", "(None, 28, 28, 1)" },
            m.Layers.Where(l => l.ClassName is "Reshape" or "Conv2DTranspose").Select(l => l.OutputShape.ToString()));
        Assert.Equal(7 * 7 * 256 * 100, m.Layers[0].Params);   // useBias: false
    }

    [Fact]
    public void TensorFlow_dcgan_discriminator_counts_212_865()
    {
        var m = PortedFromKeras.TfDcganDiscriminator();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 212_865, 212_865, 0);
        Assert.Equal("(None, 6272)", m.Layers[6].OutputShape.ToString());
    }

    [Fact]
    public void TensorFlow_higgs_combined_model_with_l2_regularizers_counts_803_329()
    {
        var m = PortedFromKeras.TfHiggsCombinedRegularized();
        AssertCounts(m.TotalParams, m.TrainableParams, m.NonTrainableParams, 803_329, 803_329, 0);
        AssertParamColumn(m.Layers, 14_848, 0, 262_656, 0, 262_656, 0, 262_656, 0, 513);
    }

    private static void AssertCounts(long total, long trainable, long nonTrainable, long expectedTotal, long expectedTrainable, long expectedNonTrainable) =>
        Assert.Equal((expectedTotal, expectedTrainable, expectedNonTrainable), (total, trainable, nonTrainable));

    private static ArgValue ConfigValue(Sequential model, int layer, string name) =>
        Assert.Single(model.Model.Layers[layer].Config, a => a.Name == name).Value;

    /// <summary>The printed summary's "Param #" column, without the InputLayer rows a functional summary has.</summary>
    private static void AssertParamColumn(IReadOnlyList<LayerRow> rows, params long[] expected) =>
        Assert.Equal(expected, rows.Where(r => r.ClassName != "InputLayer").Select(r => r.Params));
}
