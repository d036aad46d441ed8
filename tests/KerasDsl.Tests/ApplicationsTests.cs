namespace KerasDsl.Tests;

/// <summary>Keras Applications models, whose counts Keras documents.</summary>
public class ApplicationsTests
{
    [Fact]
    public void Vgg16_with_top_on_224x224x3_has_138_357_544_params()
    {
        var m = KerasDsl.Samples.Applications.Vgg16();

        Assert.Equal(138_357_544, m.TotalParams);
        Assert.Equal(0, m.NonTrainableParams);
        Assert.Equal("(None, 7, 7, 512)", m.Layers.Single(l => l.Name == "block5_pool").OutputShape.ToString());
        Assert.Equal(102_764_544, m.Layers.Single(l => l.Name == "fc1").Params);
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());
    }
}
