using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

public static partial class Applications
{
    /// <summary>
    /// MobileNetV2 with include_top, alpha 1.0, on 224x224x3 (keras/src/applications/mobilenet_v2.py), named as
    /// Keras names it: mobilenetv2_1.00_224. Keras documents 3,538,984 params (3,504,872 trainable, 34,112
    /// non-trainable); len(model.layers) is 156.
    /// </summary>
    /// <summary>MobileNetV2 at alpha 1.0, for its compile-time constants (a [KerasModel] method takes no parameters).</summary>
    [KerasModel]
    public static Model MobileNetV2Alpha100() => MobileNetV2(1.0);

    public static Model MobileNetV2(double alpha = 1.0)
    {
        const int channelAxis = -1;   // channels_last
        const int rows = 224;
        var imgInput = Input((rows, rows, 3));

        int firstBlockFilters = MakeDivisible(32 * alpha, 8);
        var x = imgInput
            .Conv2D(firstBlockFilters, kernelSize: 3, strides: (2, 2), padding: "same", useBias: false, name: "Conv1")
            .BatchNormalization(axis: channelAxis, epsilon: 1e-3, momentum: 0.999, name: "bn_Conv1")
            .ReLU(6.0, name: "Conv1_relu");

        x = InvertedResBlock(x, filters: 16, alpha: alpha, stride: 1, expansion: 1, blockId: 0);

        x = InvertedResBlock(x, filters: 24, alpha: alpha, stride: 2, expansion: 6, blockId: 1);
        x = InvertedResBlock(x, filters: 24, alpha: alpha, stride: 1, expansion: 6, blockId: 2);

        x = InvertedResBlock(x, filters: 32, alpha: alpha, stride: 2, expansion: 6, blockId: 3);
        x = InvertedResBlock(x, filters: 32, alpha: alpha, stride: 1, expansion: 6, blockId: 4);
        x = InvertedResBlock(x, filters: 32, alpha: alpha, stride: 1, expansion: 6, blockId: 5);

        x = InvertedResBlock(x, filters: 64, alpha: alpha, stride: 2, expansion: 6, blockId: 6);
        x = InvertedResBlock(x, filters: 64, alpha: alpha, stride: 1, expansion: 6, blockId: 7);
        x = InvertedResBlock(x, filters: 64, alpha: alpha, stride: 1, expansion: 6, blockId: 8);
        x = InvertedResBlock(x, filters: 64, alpha: alpha, stride: 1, expansion: 6, blockId: 9);

        x = InvertedResBlock(x, filters: 96, alpha: alpha, stride: 1, expansion: 6, blockId: 10);
        x = InvertedResBlock(x, filters: 96, alpha: alpha, stride: 1, expansion: 6, blockId: 11);
        x = InvertedResBlock(x, filters: 96, alpha: alpha, stride: 1, expansion: 6, blockId: 12);

        x = InvertedResBlock(x, filters: 160, alpha: alpha, stride: 2, expansion: 6, blockId: 13);
        x = InvertedResBlock(x, filters: 160, alpha: alpha, stride: 1, expansion: 6, blockId: 14);
        x = InvertedResBlock(x, filters: 160, alpha: alpha, stride: 1, expansion: 6, blockId: 15);

        x = InvertedResBlock(x, filters: 320, alpha: alpha, stride: 1, expansion: 6, blockId: 16);

        // No alpha on the last convolution, as the paper says, unless the width multiplier is above 1.
        int lastBlockFilters = alpha > 1.0 ? MakeDivisible(1280 * alpha, 8) : 1280;

        x = x
            .Conv2D(lastBlockFilters, kernelSize: 1, useBias: false, name: "Conv_1")
            .BatchNormalization(axis: channelAxis, epsilon: 1e-3, momentum: 0.999, name: "Conv_1_bn")
            .ReLU(6.0, name: "out_relu");

        x = x.GlobalAveragePooling2D()
            .Dense(1000, activation: "softmax", name: "predictions");
        return Model(imgInput, x, name: FormattableString.Invariant($"mobilenetv2_{alpha:0.00}_{rows}"));
    }

    /// <summary>mobilenet_v2.py's _inverted_res_block: expand (1x1), depthwise 3x3, project (1x1), and add the input when shapes allow.</summary>
    private static Tensor InvertedResBlock(Tensor inputs, int expansion, int stride, double alpha, int filters, int blockId)
    {
        const int channelAxis = -1;
        int inChannels = (int)inputs.Shape[channelAxis]!.Value;
        int pointwiseConvFilters = (int)(filters * alpha);
        // The last 1x1 convolution's filters are a multiple of 8.
        int pointwiseFilters = MakeDivisible(pointwiseConvFilters, 8);
        var x = inputs;
        string prefix = $"block_{blockId}_";

        if (blockId != 0)
        {
            // Expand with a pointwise 1x1 convolution.
            x = x
                .Conv2D(expansion * inChannels, kernelSize: 1, padding: "same", useBias: false, activation: null, name: $"{prefix}expand")
                .BatchNormalization(axis: channelAxis, epsilon: 1e-3, momentum: 0.999, name: $"{prefix}expand_BN")
                .ReLU(6.0, name: $"{prefix}expand_relu");
        }
        else
        {
            prefix = "expanded_conv_";
        }

        // Depthwise 3x3 convolution.
        if (stride == 2)
            x = x.ZeroPadding2D(CorrectPad(x, 3), name: $"{prefix}pad");
        x = x
            .DepthwiseConv2D(kernelSize: 3, strides: stride, activation: null, useBias: false, padding: stride == 1 ? "same" : "valid", name: $"{prefix}depthwise")
            .BatchNormalization(axis: channelAxis, epsilon: 1e-3, momentum: 0.999, name: $"{prefix}depthwise_BN")
            .ReLU(6.0, name: $"{prefix}depthwise_relu");

        // Project with a pointwise 1x1 convolution.
        x = x
            .Conv2D(pointwiseFilters, kernelSize: 1, padding: "same", useBias: false, activation: null, name: $"{prefix}project")
            .BatchNormalization(axis: channelAxis, epsilon: 1e-3, momentum: 0.999, name: $"{prefix}project_BN");

        if (inChannels == pointwiseFilters && stride == 1)
            return Add([inputs, x], name: $"{prefix}add");
        return x;
    }

    /// <summary>mobilenet_v2.py's _make_divisible: v rounded to a multiple of divisor, never more than 10% down.</summary>
    private static int MakeDivisible(double v, int divisor, int? minValue = null)
    {
        int min = minValue ?? divisor;
        int newV = Math.Max(min, (int)(v + divisor / 2.0) / divisor * divisor);
        // Make sure that rounding down does not go down by more than 10%.
        if (newV < 0.9 * v) newV += divisor;
        return newV;
    }

    /// <summary>
    /// imagenet_utils.correct_pad: the ((top, bottom), (left, right)) zero padding before a strided 'valid'
    /// convolution, one less before than after along an even (or unknown) size.
    /// </summary>
    private static Margins CorrectPad(Tensor inputs, int kernelSize)
    {
        long? rows = inputs.Shape[1], cols = inputs.Shape[2];
        (int, int) adjust = rows == null ? (1, 1) : (1 - (int)(rows.Value % 2), 1 - (int)(cols!.Value % 2));
        (int, int) correct = (kernelSize / 2, kernelSize / 2);
        return ((correct.Item1 - adjust.Item1, correct.Item1), (correct.Item2 - adjust.Item2, correct.Item2));
    }
}
