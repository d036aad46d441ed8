using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

public static partial class Applications
{
    /// <summary>
    /// ResNet50 with include_top on 224x224x3 (keras/src/applications/resnet.py: ResNet with preact false and
    /// use_bias true, and ResNet50's stack_fn). Keras documents 25,636,712 params (25,583,592 trainable,
    /// 53,120 non-trainable: the batch norms' moving means and variances); len(model.layers) is 177.
    /// </summary>
    [KerasModel]
    public static Model ResNet50()
    {
        const int bnAxis = 3;   // channels_last
        var imgInput = Input((224, 224, 3));

        var x = imgInput
            .ZeroPadding2D(((3, 3), (3, 3)), name: "conv1_pad")
            .Conv2D(64, 7, strides: 2, useBias: true, name: "conv1_conv")
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: "conv1_bn")
            .Activation("relu", name: "conv1_relu")
            .ZeroPadding2D(((1, 1), (1, 1)), name: "pool1_pad")
            .MaxPooling2D(3, strides: 2, name: "pool1_pool");

        // stack_fn
        x = StackResidualBlocksV1(x, 64, 3, stride1: 1, name: "conv2");
        x = StackResidualBlocksV1(x, 128, 4, name: "conv3");
        x = StackResidualBlocksV1(x, 256, 6, name: "conv4");
        x = StackResidualBlocksV1(x, 512, 3, name: "conv5");

        x = x.GlobalAveragePooling2D(name: "avg_pool")
            .Dense(1000, activation: "softmax", name: "predictions");
        return Model(imgInput, x, name: "resnet50");
    }

    /// <summary>resnet.py's residual_block_v1: a bottleneck block, with a 1x1 convolution shortcut or the identity.</summary>
    private static Tensor ResidualBlockV1(Tensor x, int filters, int kernelSize = 3, int stride = 1, bool convShortcut = true, string name = "")
    {
        const int bnAxis = 3;
        Tensor shortcut;
        if (convShortcut)
            shortcut = x
                .Conv2D(4 * filters, 1, strides: stride, name: name + "_0_conv")
                .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: name + "_0_bn");
        else
            shortcut = x;

        x = x
            .Conv2D(filters, 1, strides: stride, name: name + "_1_conv")
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: name + "_1_bn")
            .Activation("relu", name: name + "_1_relu")
            .Conv2D(filters, kernelSize, padding: "SAME", name: name + "_2_conv")
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: name + "_2_bn")
            .Activation("relu", name: name + "_2_relu")
            .Conv2D(4 * filters, 1, name: name + "_3_conv")
            .BatchNormalization(axis: bnAxis, epsilon: 1.001e-5, name: name + "_3_bn");

        x = Add([shortcut, x], name: name + "_add");
        return x.Activation("relu", name: name + "_out");
    }

    /// <summary>resnet.py's stack_residual_blocks_v1: a first block with a convolution shortcut, then identity blocks.</summary>
    private static Tensor StackResidualBlocksV1(Tensor x, int filters, int blocks, int stride1 = 2, string name = "")
    {
        x = ResidualBlockV1(x, filters, stride: stride1, name: name + "_block1");
        for (int i = 2; i < blocks + 1; i++)
            x = ResidualBlockV1(x, filters, convShortcut: false, name: name + "_block" + i);
        return x;
    }
}
