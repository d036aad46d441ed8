using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

public static partial class Applications
{
    /// <summary>
    /// EfficientNetB0 with include_top on 224x224x3 (keras/src/applications/efficientnet.py, weights=None: the
    /// imagenet weights add a Rescaling of no weights): Rescaling and Normalization (mean, variance, count: 7
    /// non-trainable), the stem, 16 MBConv blocks with squeeze-and-excitation, the top conv and the classifier. Keras
    /// documents 5,330,571 params (5,288,548 trainable).
    /// </summary>
    [KerasModel]
    public static Model EfficientNetB0()
    {
        // (kernel, repeats, filters in, filters out, expand ratio, strides) of DEFAULT_BLOCKS_ARGS; se_ratio 0.25, id_skip.
        int[][] blocks =
        {
            new[] { 3, 1, 32, 16, 1, 1 }, new[] { 3, 2, 16, 24, 6, 2 }, new[] { 5, 2, 24, 40, 6, 2 }, new[] { 3, 3, 40, 80, 6, 2 },
            new[] { 5, 3, 80, 112, 6, 1 }, new[] { 5, 4, 112, 192, 6, 2 }, new[] { 3, 1, 192, 320, 6, 1 },
        };
        var inputs = Input((224, 224, 3));
        var x = inputs.Rescaling(1.0 / 255.0).Normalization(axis: 3)
            .ZeroPadding2D(((0, 1), (0, 1)), name: "stem_conv_pad")
            .Conv2D(32, 3, strides: 2, padding: "valid", useBias: false, name: "stem_conv")
            .BatchNormalization(axis: 3, name: "stem_bn")
            .Activation("swish", name: "stem_activation");
        // sum(round_repeats(args["repeats"]) for args in blocks_args)
        double total = 0;
        foreach (var block in blocks) total += block[1];
        int count = 0;
        for (int i = 0; i < blocks.Length; i++)
        {
            int kernel = blocks[i][0], filtersIn = blocks[i][2], filtersOut = blocks[i][3], expand = blocks[i][4], strides = blocks[i][5];
            for (int j = 0; j < blocks[i][1]; j++, count++)
            {
                if (j > 0) { strides = 1; filtersIn = filtersOut; }
                x = MBConv(x, $"block{i + 1}{(char)('a' + j)}_", kernel, filtersIn, filtersOut, expand, strides, 0.2 * count / total);
            }
        }
        x = x.Conv2D(1280, 1, padding: "same", useBias: false, name: "top_conv")
            .BatchNormalization(axis: 3, name: "top_bn")
            .Activation("swish", name: "top_activation")
            .GlobalAveragePooling2D(name: "avg_pool")
            .Dropout(0.2, name: "top_dropout")
            .Dense(1000, activation: "softmax", name: "predictions");
        return Model(inputs, x, name: "efficientnetb0");
    }

    /// <summary>EfficientNet's <c>block</c>: expansion, depthwise conv, squeeze-and-excitation, projection, skip.</summary>
    private static Tensor MBConv(Tensor inputs, string name, int kernel, int filtersIn, int filtersOut, int expand, int strides, double dropRate)
    {
        int filters = filtersIn * expand;
        var x = expand == 1 ? inputs : inputs.Conv2D(filters, 1, padding: "same", useBias: false, name: name + "expand_conv")
            .BatchNormalization(axis: 3, name: name + "expand_bn")
            .Activation("swish", name: name + "expand_activation");
        if (strides == 2)
        {
            // imagenet_utils.correct_pad on an even input: ((k // 2 - 1, k // 2), (k // 2 - 1, k // 2)).
            int k = kernel / 2;
            x = x.ZeroPadding2D(((k - 1, k), (k - 1, k)), name: name + "dwconv_pad");
        }
        x = x.DepthwiseConv2D(kernel, strides: strides, padding: strides == 2 ? "valid" : "same", useBias: false, name: name + "dwconv")
            .BatchNormalization(axis: 3, name: name + "bn")
            .Activation("swish", name: name + "activation");
        var se = x.GlobalAveragePooling2D(name: name + "se_squeeze")
            .Reshape((1, 1, filters), name: name + "se_reshape")
            .Conv2D(System.Math.Max(1, filtersIn / 4), 1, padding: "same", activation: "swish", name: name + "se_reduce")
            .Conv2D(filters, 1, padding: "same", activation: "sigmoid", name: name + "se_expand");
        x = Multiply([x, se], name: name + "se_excite")
            .Conv2D(filtersOut, 1, padding: "same", useBias: false, name: name + "project_conv")
            .BatchNormalization(axis: 3, name: name + "project_bn");
        if (strides != 1 || filtersIn != filtersOut) return x;
        if (dropRate > 0) x = x.Dropout(dropRate, noiseShape: new InputShape(null, 1, 1, 1), name: name + "drop");
        return Add([x, inputs], name: name + "add");
    }
}
