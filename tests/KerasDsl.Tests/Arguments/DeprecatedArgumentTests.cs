using static KerasDsl.Keras;

namespace KerasDsl.Tests.Arguments;

/// <summary>
/// Keras 3's deprecated aliases still work, with the warning Keras gives, as KD0025 in the model's warnings (the
/// analyzer reports the same list at the layer).
/// </summary>
public class DeprecatedArgumentTests
{
    [Fact]
    public void Embedding_input_length_is_ignored_with_Keras_3s_warning()
    {
        var model = Sequential().Embedding(1000, 64, inputLength: 10, input: 10).GlobalAveragePooling1D();
        Assert.Equal(64_000, model.TotalParams);
        var warning = Assert.Single(model.Warnings);
        Assert.Equal("KD0025", warning.Id);
        Assert.Equal(0, warning.LayerIndex);
        Assert.Equal("embedding has the deprecated argument inputLength: Keras 3 accepts it with the warning " +
            "\"Argument `input_length` is deprecated. Just remove it.\" Fix: remove inputLength:.", warning.Message);
        Assert.DoesNotContain(model.Model.Layers[0].Config, a => a.Name == "inputLength");
    }

    [Fact]
    public void LeakyReLU_alpha_is_read_as_negative_slope_with_Keras_3s_warning()
    {
        var model = Sequential().Dense(8, input: 4).LeakyReLU(alpha: 0.2);
        var warning = Assert.Single(model.Warnings);
        Assert.Equal(1, warning.LayerIndex);
        Assert.Equal("leaky_re_lu has the deprecated argument alpha: Keras 3 accepts it with the warning " +
            "\"Argument `alpha` is deprecated. Use `negative_slope` instead.\" Fix: write negativeSlope: instead.", warning.Message);
        var config = model.Model.Layers[1].Config;
        Assert.Equal("0.2", config.Single(a => a.Name == "negativeSlope").Value.ToString());
        Assert.DoesNotContain(config, a => a.Name == "alpha");
    }

    [Fact]
    public void Alpha_wins_over_negative_slope_and_is_checked_under_its_own_name()
    {
        // leaky_relu.py pops alpha over negative_slope; the check then names the argument the user wrote.
        var model = Sequential().LeakyReLU(negativeSlope: 0.1, alpha: 0.2, input: 4);
        Assert.Equal("0.2", model.Model.Layers[0].Config.Single(a => a.Name == "negativeSlope").Value.ToString());
        var e = Assert.Throws<KerasModelException>(() => Sequential().LeakyReLU(alpha: -1, input: 4));
        Assert.Equal("KD0002", e.Id);
        Assert.Equal("alpha", e.Argument);
    }

    [Fact]
    public void LayerNormalization_rms_scaling_keeps_gamma_only_with_Keras_3s_warning()
    {
        // layer_normalization.py: gamma if scale or rms_scaling, beta if center and not rms_scaling.
        var model = Sequential().LayerNormalization(rmsScaling: true, input: (5, 8));
        Assert.Equal(8, model.TotalParams);
        var warning = Assert.Single(model.Warnings);
        Assert.StartsWith("layer_normalization has the deprecated argument rmsScaling: Keras 3 accepts it with the warning \"You passed `rms_scaling=True`", warning.Message);
        Assert.Empty(Sequential().LayerNormalization(rmsScaling: false, input: (5, 8)).Warnings);
    }

    [Fact]
    public void No_warning_without_the_deprecated_argument() =>
        Assert.Empty(Sequential().Embedding(1000, 64, input: 10).Warnings);

    [Fact]
    public void A_wrapped_layers_deprecated_argument_is_the_wrappers_warning()
    {
        var model = Sequential().TimeDistributed(Embedding(100, 8, inputLength: 5), input: (3, 5));
        var warning = Assert.Single(model.Warnings);
        Assert.StartsWith("time_distributed (its inner Embedding) has the deprecated argument inputLength", warning.Message);
    }

    [Fact]
    public void A_functional_model_reports_it_at_the_layer()
    {
        var input = Input([null]);
        var output = input.Embedding(100, 8, inputLength: 20, name: "tokens").GlobalAveragePooling1D();
        var model = Model(input, output);
        var warning = Assert.Single(model.Warnings);
        Assert.Equal("KD0025", warning.Id);
        Assert.Equal("tokens", warning.LayerName);
        Assert.Equal(1, warning.LayerIndex);
    }
}
