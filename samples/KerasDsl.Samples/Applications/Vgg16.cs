using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

/// <summary>
/// Keras Applications models (keras/src/applications), one file each, written as Keras's own code writes them:
/// helper methods for its blocks, loops over its stages, its layer names. include_top, 1000 classes.
/// </summary>
public static partial class Applications
{
    /// <summary>
    /// VGG16 with include_top on 224x224x3 (keras/src/applications/vgg16.py): 13 'same' 3x3 convolutions in
    /// 5 blocks, each closed by a 2x2 max pooling with strides 2, then Flatten, fc1, fc2 (4096) and
    /// predictions (1000). Keras documents 138,357,544 params.
    /// </summary>
    [KerasModel]
    public static Sequential Vgg16()
    {
        var m = Sequential(name: "vgg16");
        int[][] blocks = { new[] { 64, 64 }, new[] { 128, 128 }, new[] { 256, 256, 256 }, new[] { 512, 512, 512 }, new[] { 512, 512, 512 } };
        for (int b = 0; b < blocks.Length; b++)
        {
            for (int c = 0; c < blocks[b].Length; c++)
                m = b == 0 && c == 0
                    ? m.Conv2D(blocks[b][c], (3, 3), activation: "relu", padding: "same", input: (224, 224, 3), name: $"block{b + 1}_conv{c + 1}")
                    : m.Conv2D(blocks[b][c], (3, 3), activation: "relu", padding: "same", name: $"block{b + 1}_conv{c + 1}");
            m = m.MaxPooling2D((2, 2), strides: (2, 2), name: $"block{b + 1}_pool");
        }
        return m.Flatten(name: "flatten")
            .Dense(4096, activation: "relu", name: "fc1")
            .Dense(4096, activation: "relu", name: "fc2")
            .Dense(1000, activation: "softmax", name: "predictions");
    }
}
