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

    [Fact]
    public void EfficientNetB0_with_top_on_224x224x3_has_5_330_571_params_with_the_Normalization_count()
    {
        var m = KerasDsl.Samples.Applications.EfficientNetB0();

        Assert.Equal(5_330_571, m.TotalParams);
        Assert.Equal(5_288_548, m.TrainableParams);
        Assert.Equal(42_023, m.NonTrainableParams);
        var normalization = m.Layers.Single(l => l.ClassName == "Normalization");
        Assert.Equal(7, normalization.Params);
        Assert.Equal(0, normalization.TrainableParams);
        Assert.Equal("(None, 7, 7, 1280)", m.Layers.Single(l => l.Name == "top_activation").OutputShape.ToString());
        Assert.Equal("(None, 1000)", m.OutputShape.ToString());
    }
}
