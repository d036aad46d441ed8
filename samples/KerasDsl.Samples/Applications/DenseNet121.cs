using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

public static partial class Applications
{
    /// <summary>
    /// DenseNet121 with include_top on 224x224x3 (keras/src/applications/densenet.py: DenseNet with blocks
    /// [6, 12, 24, 16]). Keras documents 8,062,504 params (7,978,856 trainable, 83,648 non-trainable);
    /// len(model.layers) is 429. Its two ZeroPadding2D layers are unnamed: zero_padding2d and zero_padding2d_1.
    /// </summary>
    [KerasModel]
    public static Model DenseNet121() => DenseNet(new[] { 6, 12, 24, 16 });

    /// <summary>densenet.py's DenseNet: a stem, four dense blocks with transitions between them, and the top.</summary>
    private static Model DenseNet(int[] blocks)
    {
        const int bnAxis = 3;   // channels_last
        var imgInput = Input((224, 224, 3));

        var x = imgInput
            .ZeroPadding2D(((3, 3), (3, 3)))
            .Conv2D(64, 7, strides: 2, useBias: false, name: "conv1_conv")
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: "conv1_bn")
            .Activation("relu", name: "conv1_relu")
            .ZeroPadding2D(((1, 1), (1, 1)))
            .MaxPooling2D(3, strides: 2, name: "pool1");

        x = DenseBlock(x, blocks[0], name: "conv2");
        x = TransitionBlock(x, 0.5, name: "pool2");
        x = DenseBlock(x, blocks[1], name: "conv3");
        x = TransitionBlock(x, 0.5, name: "pool3");
        x = DenseBlock(x, blocks[2], name: "conv4");
        x = TransitionBlock(x, 0.5, name: "pool4");
        x = DenseBlock(x, blocks[3], name: "conv5");

        x = x
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: "bn")
            .Activation("relu", name: "relu");

        x = x.GlobalAveragePooling2D(name: "avg_pool")
            .Dense(1000, activation: "softmax", name: "predictions");

        string modelName = blocks switch
        {
            [6, 12, 24, 16] => "densenet121",
            [6, 12, 32, 32] => "densenet169",
            [6, 12, 48, 32] => "densenet201",
            _ => "densenet",
        };
        return Model(imgInput, x, name: modelName);
    }

    /// <summary>densenet.py's dense_block: blocks conv blocks of growth rate 32.</summary>
    private static Tensor DenseBlock(Tensor x, int blocks, string name)
    {
        for (int i = 0; i < blocks; i++)
            x = ConvBlock(x, 32, name: name + "_block" + (i + 1));
        return x;
    }

    /// <summary>densenet.py's transition_block: batch norm, relu, a 1x1 convolution to reduction of the channels, 2x2 average pooling.</summary>
    private static Tensor TransitionBlock(Tensor x, double reduction, string name)
    {
        const int bnAxis = 3;
        x = x
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: name + "_bn")
            .Activation("relu", name: name + "_relu");
        return x
            .Conv2D((int)(x.Shape[bnAxis]!.Value * reduction), 1, useBias: false, name: name + "_conv")
            .AveragePooling2D(2, strides: 2, name: name + "_pool");
    }

    /// <summary>densenet.py's conv_block: a bottleneck (1x1 to 4 * growthRate, then 3x3 to growthRate) concatenated to its input.</summary>
    private static Tensor ConvBlock(Tensor x, int growthRate, string name)
    {
        const int bnAxis = 3;
        var x1 = x
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: name + "_0_bn")
            .Activation("relu", name: name + "_0_relu")
            .Conv2D(4 * growthRate, 1, useBias: false, name: name + "_1_conv")
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: name + "_1_bn")
            .Activation("relu", name: name + "_1_relu")
            .Conv2D(growthRate, 3, padding: "same", useBias: false, name: name + "_2_conv");
        return Concatenate([x, x1], axis: bnAxis, name: name + "_concat");
    }
}
