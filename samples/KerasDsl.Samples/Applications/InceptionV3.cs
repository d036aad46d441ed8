using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

public static partial class Applications
{
    /// <summary>
    /// InceptionV3 with include_top on 299x299x3 (keras/src/applications/inception_v3.py). Keras documents
    /// 23,851,784 params (23,817,352 trainable, 34,432 non-trainable); len(model.layers) is 313. Its conv2d_bn
    /// names nothing, so the convolutions, batch norms and activations get Keras's automatic names (conv2d,
    /// conv2d_1, ..., batch_normalization_93, activation_93), as in a fresh Keras session.
    /// </summary>
    [KerasModel]
    public static Model InceptionV3()
    {
        const int channelAxis = 3;   // channels_last
        var imgInput = Input((299, 299, 3));

        var x = Conv2dBn(imgInput, 32, 3, 3, strides: (2, 2), padding: "valid");
        x = Conv2dBn(x, 32, 3, 3, padding: "valid");
        x = Conv2dBn(x, 64, 3, 3);
        x = x.MaxPooling2D((3, 3), strides: (2, 2));

        x = Conv2dBn(x, 80, 1, 1, padding: "valid");
        x = Conv2dBn(x, 192, 3, 3, padding: "valid");
        x = x.MaxPooling2D((3, 3), strides: (2, 2));

        // mixed 0: 35 x 35 x 256
        {
            var branch1x1 = Conv2dBn(x, 64, 1, 1);

            var branch5x5 = Conv2dBn(x, 48, 1, 1);
            branch5x5 = Conv2dBn(branch5x5, 64, 5, 5);

            var branch3x3dbl = Conv2dBn(x, 64, 1, 1);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 96, 3, 3);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 96, 3, 3);

            var branchPool = x.AveragePooling2D((3, 3), strides: (1, 1), padding: "same");
            branchPool = Conv2dBn(branchPool, 32, 1, 1);
            x = Concatenate([branch1x1, branch5x5, branch3x3dbl, branchPool], axis: channelAxis, name: "mixed0");
        }

        // mixed 1: 35 x 35 x 288
        {
            var branch1x1 = Conv2dBn(x, 64, 1, 1);

            var branch5x5 = Conv2dBn(x, 48, 1, 1);
            branch5x5 = Conv2dBn(branch5x5, 64, 5, 5);

            var branch3x3dbl = Conv2dBn(x, 64, 1, 1);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 96, 3, 3);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 96, 3, 3);

            var branchPool = x.AveragePooling2D((3, 3), strides: (1, 1), padding: "same");
            branchPool = Conv2dBn(branchPool, 64, 1, 1);
            x = Concatenate([branch1x1, branch5x5, branch3x3dbl, branchPool], axis: channelAxis, name: "mixed1");
        }

        // mixed 2: 35 x 35 x 288
        {
            var branch1x1 = Conv2dBn(x, 64, 1, 1);

            var branch5x5 = Conv2dBn(x, 48, 1, 1);
            branch5x5 = Conv2dBn(branch5x5, 64, 5, 5);

            var branch3x3dbl = Conv2dBn(x, 64, 1, 1);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 96, 3, 3);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 96, 3, 3);

            var branchPool = x.AveragePooling2D((3, 3), strides: (1, 1), padding: "same");
            branchPool = Conv2dBn(branchPool, 64, 1, 1);
            x = Concatenate([branch1x1, branch5x5, branch3x3dbl, branchPool], axis: channelAxis, name: "mixed2");
        }

        // mixed 3: 17 x 17 x 768
        {
            var branch3x3 = Conv2dBn(x, 384, 3, 3, strides: (2, 2), padding: "valid");

            var branch3x3dbl = Conv2dBn(x, 64, 1, 1);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 96, 3, 3);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 96, 3, 3, strides: (2, 2), padding: "valid");

            var branchPool = x.MaxPooling2D((3, 3), strides: (2, 2));
            x = Concatenate([branch3x3, branch3x3dbl, branchPool], axis: channelAxis, name: "mixed3");
        }

        // mixed 4: 17 x 17 x 768
        {
            var branch1x1 = Conv2dBn(x, 192, 1, 1);

            var branch7x7 = Conv2dBn(x, 128, 1, 1);
            branch7x7 = Conv2dBn(branch7x7, 128, 1, 7);
            branch7x7 = Conv2dBn(branch7x7, 192, 7, 1);

            var branch7x7dbl = Conv2dBn(x, 128, 1, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 128, 7, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 128, 1, 7);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 128, 7, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 192, 1, 7);

            var branchPool = x.AveragePooling2D((3, 3), strides: (1, 1), padding: "same");
            branchPool = Conv2dBn(branchPool, 192, 1, 1);
            x = Concatenate([branch1x1, branch7x7, branch7x7dbl, branchPool], axis: channelAxis, name: "mixed4");
        }

        // mixed 5, 6: 17 x 17 x 768
        for (int i = 0; i < 2; i++)
        {
            var branch1x1 = Conv2dBn(x, 192, 1, 1);

            var branch7x7 = Conv2dBn(x, 160, 1, 1);
            branch7x7 = Conv2dBn(branch7x7, 160, 1, 7);
            branch7x7 = Conv2dBn(branch7x7, 192, 7, 1);

            var branch7x7dbl = Conv2dBn(x, 160, 1, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 160, 7, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 160, 1, 7);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 160, 7, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 192, 1, 7);

            var branchPool = x.AveragePooling2D((3, 3), strides: (1, 1), padding: "same");
            branchPool = Conv2dBn(branchPool, 192, 1, 1);
            x = Concatenate([branch1x1, branch7x7, branch7x7dbl, branchPool], axis: channelAxis, name: "mixed" + (5 + i));
        }

        // mixed 7: 17 x 17 x 768
        {
            var branch1x1 = Conv2dBn(x, 192, 1, 1);

            var branch7x7 = Conv2dBn(x, 192, 1, 1);
            branch7x7 = Conv2dBn(branch7x7, 192, 1, 7);
            branch7x7 = Conv2dBn(branch7x7, 192, 7, 1);

            var branch7x7dbl = Conv2dBn(x, 192, 1, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 192, 7, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 192, 1, 7);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 192, 7, 1);
            branch7x7dbl = Conv2dBn(branch7x7dbl, 192, 1, 7);

            var branchPool = x.AveragePooling2D((3, 3), strides: (1, 1), padding: "same");
            branchPool = Conv2dBn(branchPool, 192, 1, 1);
            x = Concatenate([branch1x1, branch7x7, branch7x7dbl, branchPool], axis: channelAxis, name: "mixed7");
        }

        // mixed 8: 8 x 8 x 1280
        {
            var branch3x3 = Conv2dBn(x, 192, 1, 1);
            branch3x3 = Conv2dBn(branch3x3, 320, 3, 3, strides: (2, 2), padding: "valid");

            var branch7x7x3 = Conv2dBn(x, 192, 1, 1);
            branch7x7x3 = Conv2dBn(branch7x7x3, 192, 1, 7);
            branch7x7x3 = Conv2dBn(branch7x7x3, 192, 7, 1);
            branch7x7x3 = Conv2dBn(branch7x7x3, 192, 3, 3, strides: (2, 2), padding: "valid");

            var branchPool = x.MaxPooling2D((3, 3), strides: (2, 2));
            x = Concatenate([branch3x3, branch7x7x3, branchPool], axis: channelAxis, name: "mixed8");
        }

        // mixed 9, 10: 8 x 8 x 2048
        for (int i = 0; i < 2; i++)
        {
            var branch1x1 = Conv2dBn(x, 320, 1, 1);

            var branch3x3 = Conv2dBn(x, 384, 1, 1);
            var branch3x3_1 = Conv2dBn(branch3x3, 384, 1, 3);
            var branch3x3_2 = Conv2dBn(branch3x3, 384, 3, 1);
            branch3x3 = Concatenate([branch3x3_1, branch3x3_2], axis: channelAxis, name: "mixed9_" + i);

            var branch3x3dbl = Conv2dBn(x, 448, 1, 1);
            branch3x3dbl = Conv2dBn(branch3x3dbl, 384, 3, 3);
            var branch3x3dbl_1 = Conv2dBn(branch3x3dbl, 384, 1, 3);
            var branch3x3dbl_2 = Conv2dBn(branch3x3dbl, 384, 3, 1);
            branch3x3dbl = Concatenate([branch3x3dbl_1, branch3x3dbl_2], axis: channelAxis);

            var branchPool = x.AveragePooling2D((3, 3), strides: (1, 1), padding: "same");
            branchPool = Conv2dBn(branchPool, 192, 1, 1);
            x = Concatenate([branch1x1, branch3x3, branch3x3dbl, branchPool], axis: channelAxis, name: "mixed" + (9 + i));
        }

        // Classification block
        x = x.GlobalAveragePooling2D(name: "avg_pool")
            .Dense(1000, activation: "softmax", name: "predictions");
        return Model(imgInput, x, name: "inception_v3");
    }

    /// <summary>
    /// inception_v3.py's conv2d_bn: a bias-free convolution, a batch norm without scale (beta only, with its
    /// moving statistics), and a relu; named name_conv, name_bn and name when a name is given.
    /// </summary>
    private static Tensor Conv2dBn(Tensor x, int filters, int numRow, int numCol, string padding = "same", Size strides = default, string? name = null)
    {
        string? bnName = name == null ? null : name + "_bn";
        string? convName = name == null ? null : name + "_conv";
        const int bnAxis = 3;
        return x
            .Conv2D(filters, (numRow, numCol), strides: strides.IsSpecified ? strides : (1, 1), padding: padding, useBias: false, name: convName)
            .BatchNormalization(axis: bnAxis, scale: false, name: bnName)
            .Activation("relu", name: name);
    }
}
