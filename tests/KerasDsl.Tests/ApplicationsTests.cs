using static KerasDsl.Keras;

namespace KerasDsl.Tests;

/// <summary>Keras Applications models, whose counts Keras documents.</summary>
public class ApplicationsTests
{
    [Fact]
    public void Vgg16_with_top_on_224x224x3_has_138_357_544_params()
    {
        // keras/src/applications/vgg16.py: 13 'same' 3x3 convolutions in 5 blocks, each block
        // closed by a 2x2 max pooling with strides 2, then Flatten, fc1, fc2 (4096) and predictions (1000).
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
        m = m.Flatten(name: "flatten")
            .Dense(4096, activation: "relu", name: "fc1")
            .Dense(4096, activation: "relu", name: "fc2")
            .Dense(1000, activation: "softmax", name: "predictions");

        Assert.Equal(138_357_544, m.TotalParams);
        Assert.Equal(0, m.NonTrainableParams);
        Assert.Equal("(None, 7, 7, 512)", m.Layers.Single(l => l.Name == "block5_pool").OutputShape.ToString());
        Assert.Equal(102_764_544, m.Layers.Single(l => l.Name == "fc1").Params);
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());
    }
}
