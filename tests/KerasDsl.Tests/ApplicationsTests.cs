using KerasDsl.Samples;

namespace KerasDsl.Tests;

/// <summary>
/// Keras Applications models, whose counts Keras documents (keras.io/api/applications, and model.summary() of
/// keras.applications.X(weights=None)): total, trainable and non-trainable params, len(model.layers) (the input
/// layer included), and layers' names and output shapes.
/// </summary>
public class ApplicationsTests
{
    [Fact]
    public void Vgg16_with_top_on_224x224x3_has_138_357_544_params()
    {
        var m = Applications.Vgg16();

        Assert.Equal(138_357_544, m.TotalParams);
        Assert.Equal(0, m.NonTrainableParams);
        Assert.Equal("(None, 7, 7, 512)", m.Layers.Single(l => l.Name == "block5_pool").OutputShape.ToString());
        Assert.Equal(102_764_544, m.Layers.Single(l => l.Name == "fc1").Params);
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());
    }

    [Fact]
    public void ResNet50_with_top_on_224x224x3_has_25_636_712_params()
    {
        var m = Applications.ResNet50();

        Assert.Equal("resnet50", m.Name);
        Assert.Equal(25_636_712, m.TotalParams);
        Assert.Equal(25_583_592, m.TrainableParams);
        Assert.Equal(53_120, m.NonTrainableParams);
        Assert.Equal(177, m.Layers.Count);
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());

        AssertLayer(m, "input_layer", "InputLayer", "(None, 224, 224, 3)", 0);
        AssertLayer(m, "conv1_pad", "ZeroPadding2D", "(None, 230, 230, 3)", 0);
        AssertLayer(m, "conv1_conv", "Conv2D", "(None, 112, 112, 64)", 7 * 7 * 3 * 64 + 64);
        AssertLayer(m, "pool1_pool", "MaxPooling2D", "(None, 56, 56, 64)", 0);
        AssertLayer(m, "conv2_block1_0_conv", "Conv2D", "(None, 56, 56, 256)", 64 * 256 + 256);
        AssertLayer(m, "conv2_block1_out", "Activation", "(None, 56, 56, 256)", 0);
        AssertLayer(m, "conv3_block1_1_conv", "Conv2D", "(None, 28, 28, 128)", 256 * 128 + 128);
        AssertLayer(m, "conv4_block6_add", "Add", "(None, 14, 14, 1024)", 0);
        AssertLayer(m, "conv5_block3_2_conv", "Conv2D", "(None, 7, 7, 512)", 3 * 3 * 512 * 512 + 512);
        AssertLayer(m, "conv5_block3_3_bn", "BatchNormalization", "(None, 7, 7, 2048)", 4 * 2048);
        AssertLayer(m, "conv5_block3_out", "Activation", "(None, 7, 7, 2048)", 0);
        AssertLayer(m, "avg_pool", "GlobalAveragePooling2D", "(None, 2048)", 0);
        AssertLayer(m, "predictions", "Dense", "(None, 1000)", 2048 * 1000 + 1000);
        // model.layers's order, as Keras's summary lists the first block: the shortcut's layers among the main path's.
        Assert.Equal(
            new[] { "conv2_block1_2_relu", "conv2_block1_0_conv", "conv2_block1_3_conv", "conv2_block1_0_bn", "conv2_block1_3_bn", "conv2_block1_add", "conv2_block1_out" },
            m.Layers.Skip(12).Take(7).Select(l => l.Name));
        Assert.Equal(53, m.Layers.Count(l => l.ClassName == "Conv2D"));
        Assert.Equal(16, m.Layers.Count(l => l.ClassName == "Add"));
        Assert.DoesNotContain(m.Layers, l => l.Name.StartsWith("conv2_block4", StringComparison.Ordinal));
    }

    [Fact]
    public void MobileNetV2_with_top_on_224x224x3_has_3_538_984_params()
    {
        var m = Applications.MobileNetV2();

        Assert.Equal("mobilenetv2_1.00_224", m.Name);
        Assert.Equal(3_538_984, m.TotalParams);
        Assert.Equal(3_504_872, m.TrainableParams);
        Assert.Equal(34_112, m.NonTrainableParams);
        Assert.Equal(156, m.Layers.Count);
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());

        AssertLayer(m, "Conv1", "Conv2D", "(None, 112, 112, 32)", 3 * 3 * 3 * 32);
        AssertLayer(m, "Conv1_relu", "ReLU", "(None, 112, 112, 32)", 0);
        AssertLayer(m, "expanded_conv_depthwise", "DepthwiseConv2D", "(None, 112, 112, 32)", 3 * 3 * 32);
        AssertLayer(m, "expanded_conv_project_BN", "BatchNormalization", "(None, 112, 112, 16)", 4 * 16);
        AssertLayer(m, "block_1_expand", "Conv2D", "(None, 112, 112, 96)", 16 * 96);
        // correct_pad on an even size: one row and column less before than after.
        AssertLayer(m, "block_1_pad", "ZeroPadding2D", "(None, 113, 113, 96)", 0);
        AssertLayer(m, "block_1_depthwise", "DepthwiseConv2D", "(None, 56, 56, 96)", 3 * 3 * 96);
        AssertLayer(m, "block_2_add", "Add", "(None, 56, 56, 24)", 0);
        AssertLayer(m, "block_13_pad", "ZeroPadding2D", "(None, 15, 15, 576)", 0);
        AssertLayer(m, "block_16_project", "Conv2D", "(None, 7, 7, 320)", 960 * 320);
        AssertLayer(m, "Conv_1", "Conv2D", "(None, 7, 7, 1280)", 320 * 1280);
        AssertLayer(m, "out_relu", "ReLU", "(None, 7, 7, 1280)", 0);
        AssertLayer(m, "global_average_pooling2d", "GlobalAveragePooling2D", "(None, 1280)", 0);
        AssertLayer(m, "predictions", "Dense", "(None, 1000)", 1280 * 1000 + 1000);
        Assert.Equal(10, m.Layers.Count(l => l.ClassName == "Add"));
        Assert.DoesNotContain(m.Layers, l => l.Name is "block_10_add" or "block_16_add" or "block_0_expand");
    }

    [Fact]
    public void InceptionV3_with_top_on_299x299x3_has_23_851_784_params()
    {
        var m = Applications.InceptionV3();

        Assert.Equal("inception_v3", m.Name);
        Assert.Equal(23_851_784, m.TotalParams);
        Assert.Equal(23_817_352, m.TrainableParams);
        Assert.Equal(34_432, m.NonTrainableParams);
        Assert.Equal(313, m.Layers.Count);
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());

        // conv2d_bn names nothing: Keras's automatic names, in the order the layers are made.
        AssertLayer(m, "conv2d", "Conv2D", "(None, 149, 149, 32)", 3 * 3 * 3 * 32);
        AssertLayer(m, "batch_normalization", "BatchNormalization", "(None, 149, 149, 32)", 3 * 32);
        AssertLayer(m, "activation", "Activation", "(None, 149, 149, 32)", 0);
        AssertLayer(m, "max_pooling2d_1", "MaxPooling2D", "(None, 35, 35, 192)", 0);
        AssertLayer(m, "conv2d_93", "Conv2D", "(None, 8, 8, 192)", 2048 * 192);
        AssertLayer(m, "batch_normalization_93", "BatchNormalization", "(None, 8, 8, 192)", 3 * 192);
        AssertLayer(m, "mixed0", "Concatenate", "(None, 35, 35, 256)", 0);
        AssertLayer(m, "mixed2", "Concatenate", "(None, 35, 35, 288)", 0);
        AssertLayer(m, "mixed3", "Concatenate", "(None, 17, 17, 768)", 0);
        AssertLayer(m, "mixed7", "Concatenate", "(None, 17, 17, 768)", 0);
        AssertLayer(m, "mixed8", "Concatenate", "(None, 8, 8, 1280)", 0);
        AssertLayer(m, "mixed9_0", "Concatenate", "(None, 8, 8, 768)", 0);
        AssertLayer(m, "concatenate_1", "Concatenate", "(None, 8, 8, 768)", 0);
        AssertLayer(m, "mixed10", "Concatenate", "(None, 8, 8, 2048)", 0);
        AssertLayer(m, "predictions", "Dense", "(None, 1000)", 2048 * 1000 + 1000);
        Assert.Equal(94, m.Layers.Count(l => l.ClassName == "Conv2D"));
        Assert.DoesNotContain(m.Layers, l => l.Name == "conv2d_94");
    }

    [Fact]
    public void DenseNet121_with_top_on_224x224x3_has_8_062_504_params()
    {
        var m = Applications.DenseNet121();

        Assert.Equal("densenet121", m.Name);
        Assert.Equal(8_062_504, m.TotalParams);
        Assert.Equal(7_978_856, m.TrainableParams);
        Assert.Equal(83_648, m.NonTrainableParams);
        Assert.Equal(429, m.Layers.Count);
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());

        AssertLayer(m, "zero_padding2d", "ZeroPadding2D", "(None, 230, 230, 3)", 0);
        AssertLayer(m, "zero_padding2d_1", "ZeroPadding2D", "(None, 114, 114, 64)", 0);
        AssertLayer(m, "pool1", "MaxPooling2D", "(None, 56, 56, 64)", 0);
        AssertLayer(m, "conv2_block1_concat", "Concatenate", "(None, 56, 56, 96)", 0);
        AssertLayer(m, "conv2_block6_concat", "Concatenate", "(None, 56, 56, 256)", 0);
        AssertLayer(m, "pool2_conv", "Conv2D", "(None, 56, 56, 128)", 256 * 128);
        AssertLayer(m, "pool2_pool", "AveragePooling2D", "(None, 28, 28, 128)", 0);
        AssertLayer(m, "conv4_block24_concat", "Concatenate", "(None, 14, 14, 1024)", 0);
        AssertLayer(m, "pool4_pool", "AveragePooling2D", "(None, 7, 7, 512)", 0);
        AssertLayer(m, "conv5_block16_2_conv", "Conv2D", "(None, 7, 7, 32)", 3 * 3 * 128 * 32);
        AssertLayer(m, "bn", "BatchNormalization", "(None, 7, 7, 1024)", 4 * 1024);
        AssertLayer(m, "avg_pool", "GlobalAveragePooling2D", "(None, 1024)", 0);
        AssertLayer(m, "predictions", "Dense", "(None, 1000)", 1024 * 1000 + 1000);
    }

[Fact]
        public void EfficientNetB0_with_top_on_224x224x3_has_5_330_571_params_with_the_Normalization_count()
    {
        var m = Applications.EfficientNetB0();

        Assert.Equal(5_330_571, m.TotalParams);
        Assert.Equal(5_288_548, m.TrainableParams);
        Assert.Equal(42_023, m.NonTrainableParams);
        var normalization = m.Layers.Single(l => l.ClassName == "Normalization");
        Assert.Equal(7, normalization.Params);
        Assert.Equal(0, normalization.TrainableParams);
        Assert.Equal("(None, 7, 7, 1280)", m.Layers.Single(l => l.Name == "top_activation").OutputShape.ToString());
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());
    }

[Fact]
    public void BERT_base_with_its_pooler_has_109_482_240_params()
    {
        var m = Applications.BertBase();
        Assert.Equal(109_482_240, m.TotalParams);
        Assert.Equal(109_482_240, m.TrainableParams);
        Assert.Equal(new[] { "(None, 512, 768)", "(None, 768)" }, m.OutputShapes.Select(s => s.ToString()));
        AssertLayer(m, "token_embedding", "Embedding", "(None, 512, 768)", 30522 * 768);
        AssertLayer(m, "transformer_layer_0_self_attention", "MultiHeadAttention", "(None, 512, 768)", 4 * (768 * 768 + 768));
        AssertLayer(m, "pooled_dense", "Dense", "(None, 768)", 768 * 768 + 768);
        Assert.Equal(12, m.Layers.Count(l => l.ClassName == "MultiHeadAttention"));
    }

    [Fact]
    public void GPT2_small_backbone_has_124_439_808_params()
    {
        var m = Applications.Gpt2Small();
        Assert.Equal(124_439_808, m.TotalParams);
        Assert.Equal(124_439_808, m.TrainableParams);
        Assert.Equal("(None, None, 768)", m.OutputShape.ToString());
        AssertLayer(m, "token_embedding", "Embedding", "(None, None, 768)", 50257 * 768);
        AssertLayer(m, "position_embedding", "Embedding", "(None, None, 768)", 1024 * 768);
        AssertLayer(m, "transformer_layer_11_feedforward_intermediate_dense", "Dense", "(None, None, 3072)", 768 * 3072 + 3072);
        AssertLayer(m, "layer_norm", "LayerNormalization", "(None, None, 768)", 2 * 768);
    }

    private static void AssertLayer(Model m, string name, string className, string outputShape, long parameters)
    {
        var layer = Assert.Single(m.Layers, l => l.Name == name);
        Assert.Equal(className, layer.ClassName);
        Assert.Equal(outputShape, layer.OutputShape.ToString());
        Assert.Equal(parameters, layer.Params);
    }
}
