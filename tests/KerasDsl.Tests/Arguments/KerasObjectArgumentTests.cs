using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Arguments;

/// <summary>
/// Initializers, regularizers and constraints as layers take them: a Keras name (checked against Keras 3's own list,
/// case-sensitively) or an object made by a factory (its class and arguments checked as Keras's constructor checks
/// them). They change no count; Core keeps them in the layer's resolved configuration.
/// </summary>
public class KerasObjectArgumentTests
{
    private static IReadOnlyList<Arg> Config(Sequential model, int layer = 0) => model.Model.Layers[layer].Config;

    private static ArgValue? ConfigValue(Sequential model, string name) => Config(model).SingleOrDefault(a => a.Name == name)?.Value;

    [Fact]
    public void Names_and_objects_change_no_count_and_are_kept()
    {
        var model = Sequential().Dense(4, kernelInitializer: "he_normal", biasInitializer: Constant(0.1),
            kernelRegularizer: L2(1e-4), biasRegularizer: "l1", activityRegularizer: L1L2(l1: 0.01),
            kernelConstraint: MaxNorm(3), biasConstraint: Constraints.NonNeg, input: 3);
        Assert.Equal(16, model.TotalParams);
        Assert.Equal("'he_normal'", ConfigValue(model, "kernelInitializer")!.ToString());
        Assert.Equal("L2(l2=0.0001)", ConfigValue(model, "kernelRegularizer")!.Layer!.ToString());
        Assert.Equal("MaxNorm(maxValue=3, axis=None)", ConfigValue(model, "kernelConstraint")!.Layer!.ToString());
        Assert.Equal("'non_neg'", ConfigValue(model, "biasConstraint")!.ToString());
        Assert.Equal("L1L2(l1=0.01, l2=0)", ConfigValue(model, "activityRegularizer")!.Layer!.ToString());
    }

    [Fact]
    public void Absent_objects_resolve_to_Keras_defaults()
    {
        var model = Sequential().Dense(4, input: 3);
        Assert.Equal("'glorot_uniform'", ConfigValue(model, "kernelInitializer")!.ToString());
        Assert.Equal("'zeros'", ConfigValue(model, "biasInitializer")!.ToString());
        Assert.True(ConfigValue(model, "kernelRegularizer")!.IsNull);
        Assert.True(ConfigValue(model, "kernelConstraint")!.IsNull);
        Assert.Equal("'float32'", ConfigValue(model, "dtype")!.ToString());
        Assert.Equal("'linear'", ConfigValue(model, "activation")!.ToString());
    }

    [Fact]
    public void A_factory_records_its_class_and_every_argument_in_order()
    {
        var call = HeNormal(seed: 1).ToString();
        Assert.Equal("HeNormal(seed=1, inputAxes=None, outputAxes=None)", call);
        Assert.Equal("L1L2(l1=0, l2=0.5)", L1L2(l2: 0.5).ToString());
        Assert.Equal("he_normal", ((Initializer)"he_normal").ToString());
        Assert.Equal("default", default(Regularizer).ToString());
        Assert.Equal(HeNormal(seed: 1), HeNormal(seed: 1));
        Assert.NotEqual(HeNormal(seed: 1), HeNormal(seed: 2));
    }

    [Theory]
    [InlineData("he_norml")]
    [InlineData("He_Normal")]
    [InlineData("heNormal")]
    public void An_unknown_initializer_name_is_refused_with_Keras_names(string name)
    {
        var e = Refused("KD0003", "dense", () => Sequential().Dense(4, kernelInitializer: name, input: 3));
        Assert.Equal("kernelInitializer", e.Argument);
        Assert.Contains($"unknown kernelInitializer '{name}'", e.Message);
        Assert.Contains("he_normal, HeUniform", e.Message);
        Assert.Contains("case matters", e.Message);
    }

    [Theory]
    [InlineData("HeNormal")]
    [InlineData("he_normal")]
    [InlineData("normal")]
    [InlineData("IdentityInitializer")]
    [InlineData("STFT")]
    public void Keras_class_names_snake_case_names_and_aliases_are_accepted(string name) =>
        Assert.Equal(16, Sequential().Dense(4, kernelInitializer: name, input: 3).TotalParams);

    [Fact]
    public void The_base_Initializer_class_is_refused_as_it_cannot_make_weights()
    {
        var e = Refused("KD0003", "dense", () => Sequential().Dense(4, kernelInitializer: "Initializer", input: 3));
        Assert.Contains("NotImplementedError", e.Message);
    }

    [Theory]
    [InlineData("l1_l2")]
    [InlineData("L2Regularizer")]
    public void Regularizer_names_are_exactly_Keras_3s(string name)
    {
        var e = Refused("KD0003", "dense", () => Sequential().Dense(4, kernelRegularizer: name, input: 3));
        Assert.Contains("(Regularizer, regularizer, L1, l1, L2, l2, L1L2, l1l2, OrthogonalRegularizer, orthogonal_regularizer)", e.Message);
    }

    [Fact]
    public void A_negative_penalty_is_refused_inside_its_object()
    {
        var e = Refused("KD0002", "dense", () => Sequential().Dense(4, kernelRegularizer: L2(-1), input: 3));
        Assert.Equal("kernelRegularizer", e.Argument);
        Assert.StartsWith("dense (its kernelRegularizer L2) has an invalid l2: expected a number in [0, inf), found -1.", e.Message);
    }

    [Fact]
    public void An_option_of_an_object_is_checked_against_its_constructors_list()
    {
        var e = Refused("KD0003", "dense", () => Sequential().Dense(4, kernelInitializer: VarianceScaling(mode: "fan_sum"), input: 3));
        Assert.Contains("(its kernelInitializer VarianceScaling) has an unknown mode 'fan_sum': expected one of 'fan_in', 'fan_out', 'fan_avg'", e.Message);
        Refused("KD0002", "dense", () => Sequential().Dense(4, kernelInitializer: VarianceScaling(scale: 0), input: 3));
    }

    [Fact]
    public void VarianceScaling_reads_normal_as_truncated_normal_as_Keras_does()
    {
        var call = new LayerCall("VarianceScaling", new Arg("distribution", ArgValue.Of("Normal")));
        var config = KerasObjects.Initializers.ReadConfig(call, "dense", "kernelInitializer");
        Assert.Equal("'truncated_normal'", config.Single(a => a.Name == "distribution").Value.ToString());
    }

    [Fact]
    public void An_object_of_another_family_or_an_unknown_argument_is_refused()
    {
        var e = Assert.Throws<KerasModelException>(() => SequentialModel.FromCalls(new[] { FirstDense(3), Unit4(new Arg("kernelInitializer", ArgValue.Of(new LayerCall("L2")))) }));
        Assert.Equal("KD0003", e.Id);
        Assert.Contains("kernelInitializer of unknown class L2: expected one of Keras's initializer classes", e.Message);
        var unknownArg = Assert.Throws<KerasModelException>(() => SequentialModel.FromCalls(new[] { FirstDense(3),
            Unit4(new Arg("kernelInitializer", ArgValue.Of(new LayerCall("HeNormal", new Arg("sed", ArgValue.Of(1L)))))) }));
        Assert.Contains("(its kernelInitializer HeNormal) has an invalid sed: expected one of HeNormal's arguments (seed, inputAxes, outputAxes)", unknownArg.Message);
    }

    [Fact]
    public void A_value_of_another_kind_is_refused_with_both_spellings()
    {
        var e = Assert.Throws<KerasModelException>(() => SequentialModel.FromCalls(new[] { FirstDense(3), Unit4(new Arg("kernelConstraint", ArgValue.Of(3L))) }));
        Assert.Equal("KD0002", e.Id);
        Assert.Contains("expected a constraint: a Keras name such as 'max_norm' or an object such as MaxNorm(3), found 3", e.Message);
    }

    [Fact]
    public void STFT_takes_None_for_its_window_and_scaling()
    {
        Assert.Equal("STFT(side='real', window=None, scaling=None, periodic=False)", STFT(window: null, scaling: null).ToString());
        var given = new LayerCall("STFT", new Arg("window", ArgValue.Null), new Arg("scaling", ArgValue.Null));
        var config = KerasObjects.Initializers.ReadConfig(given, "conv", "kernelInitializer");
        Assert.True(config.Single(a => a.Name == "window").Value.IsNull);
        Assert.True(config.Single(a => a.Name == "scaling").Value.IsNull);
        var defaults = KerasObjects.Initializers.ReadConfig(new LayerCall("STFT"), "conv", "kernelInitializer");
        Assert.Equal("'hann'", defaults.Single(a => a.Name == "window").Value.ToString());
        Assert.Equal("'density'", defaults.Single(a => a.Name == "scaling").Value.ToString());
    }

    [Theory]
    [InlineData("mixed_float16")]
    [InlineData("bfloat16")]
    [InlineData("float64")]
    public void Unquantized_dtype_policies_are_accepted(string dtype) =>
        Assert.Equal(16, Sequential().Dense(4, dtype: dtype, input: 3).TotalParams);

    [Fact]
    public void A_quantized_dtype_policy_is_refused_and_an_unknown_one_named()
    {
        var quantized = Refused("KD0003", "dense", () => Sequential().Dense(4, dtype: "int8_from_float32", input: 3));
        Assert.Contains("quantized dtype policy", quantized.Message);
        var unknown = Refused("KD0003", "dense", () => Sequential().Dense(4, dtype: "float33", input: 3));
        Assert.Contains("unknown dtype 'float33': expected one of Keras's dtype policies (mixed_float16, mixed_bfloat16, float16, float32", unknown.Message);
    }

    [Fact]
    public void Inputs_and_merges_take_the_base_arguments_too()
    {
        var tokens = Input([null], dtype: "int32", sparse: false, name: "tokens");
        var a = tokens.Embedding(100, 8).GlobalAveragePooling1D();
        var b = tokens.Embedding(100, 8).GlobalMaxPooling1D();
        var merged = Add([a, b], activityRegularizer: L2(1e-5), dtype: "float32", name: "sum");
        var model = Model(tokens, Concatenate([merged, a], axis: -1, trainable: false));
        Assert.Equal(1600, model.TotalParams);
        Assert.Equal("int32", tokens.Tensors[0].Node.Layer.Config.Single(x => x.Name == "dtype").Value.Text);
        Assert.Equal("L2(l2=1E-05)", merged.Tensors[0].Node.Layer.Config.Single(x => x.Name == "activityRegularizer").Value.Layer!.ToString());
        Assert.Equal("KD0003", Assert.Throws<KerasModelException>(() => Input(3, dtype: "float8_e4m3fn")).Id);
    }

    private static LayerCall FirstDense(int features) =>
        new LayerCall("Dense", new Arg("units", ArgValue.Of(4L)), new Arg("input", ArgValue.Ints(features)));

    private static LayerCall Unit4(Arg arg) => new LayerCall("Dense", new Arg("units", ArgValue.Of(4L)), arg);
}
