using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

/// <summary>
/// The attention layers (keras/src/layers/attention). The MultiHeadAttention cases are Keras 3.15's own
/// multi_head_attention_test.py (test_basics, test_high_dim_attention, test_compute_output_shape,
/// test_shape_mismatch_error, test_invalid_scalar_args_rejected), with the batch dim unknown.
/// </summary>
public class AttentionTests
{
    /// <summary>Applies a fresh layer to the inputs (batch dims None) and returns its weights and output.</summary>
    private static LayerOutput Apply(LayerSpec spec, params long?[][] inputs)
    {
        var layer = LayerCatalog.Get(spec.ClassName).Create(new LayerArgs(spec.Call, "layer"));
        return layer.Apply(inputs.Select(Shape.WithBatch).ToList(), "the inputs");
    }

    private static long?[] D(params long?[] dims) => dims;

    private static string Weights(LayerOutput output) =>
        string.Join("; ", output.Weights.Select(w => w.Name + " (" + string.Join(", ", w.Shape) + ")"));

    // ---- MultiHeadAttention (keras/src/layers/attention/multi_head_attention.py) ----

    [Fact]
    public void BERT_base_self_attention_has_2_362_368_params()
    {
        var x = Input((128, 768));
        var model = Model(x, MultiHeadAttention(12, 64).Apply(x, x));
        Assert.Equal(4 * (768 * 768 + 768), model.TotalParams);
        Assert.Equal(2_362_368, model.TotalParams);
        var row = Assert.Single(model.Layers, r => r.ClassName == "MultiHeadAttention");
        Assert.Equal("multi_head_attention", row.Name);
        Assert.Equal("(None, 128, 768)", row.OutputShape.ToString());
        Assert.Equal(new[] { "input_layer[0][0]", "input_layer[0][0]" }, row.Connections);
        Assert.Equal("query/kernel (768, 12, 64); query/bias (12, 64); key/kernel (768, 12, 64); key/bias (12, 64); " +
            "value/kernel (768, 12, 64); value/bias (12, 64); attention_output/kernel (12, 64, 768); attention_output/bias (768)",
            Weights(Apply(MultiHeadAttention(12, 64), D(128, 768), D(128, 768))));
    }

    [Theory]
    [InlineData(null, true, false, 8, 3 * (16 * 2 * 2 + 2 * 2) + 2 * 2 * 16 + 16)]
    [InlineData(4, false, false, 4, 2 * 16 * 2 * 2 + 16 * 2 * 4 + 2 * 4 * 16)]
    [InlineData(null, true, true, 10, 4 * (16 * 2 * 2 + 2 * 2) + 2 * 2 * 16 + 16)]
    [InlineData(4, false, true, 5, 2 * 16 * 2 * 2 + 2 * 16 * 2 * 4 + 2 * 4 * 16)]
    public void Keras_test_basics_weights(int? valueDim, bool useBias, bool useGate, int weightCount, long @params)
    {
        var output = Apply(MultiHeadAttention(2, 2, valueDim, dropout: useBias ? 0 : 0.5, useBias: useBias, useGate: useGate), D(8, 16), D(4, 16));
        Assert.Equal(weightCount, output.Weights.Count);
        Assert.Equal(@params, output.Params);
        Assert.Equal("(None, 8, 16)", output.Shape.ToString());
    }

    [Fact]
    public void The_gate_projects_the_query_to_the_value_dim_between_key_and_value()
    {
        var output = Apply(MultiHeadAttention(2, 2, valueDim: 3, useGate: true), D(8, 16), D(4, 5));
        Assert.Equal("query/kernel (16, 2, 2); query/bias (2, 2); key/kernel (5, 2, 2); key/bias (2, 2); gate/kernel (16, 2, 3); gate/bias (2, 3); " +
            "value/kernel (5, 2, 3); value/bias (2, 3); attention_output/kernel (2, 3, 16); attention_output/bias (16)", Weights(output));
    }

    [Theory]
    [InlineData(new long[] { 3, 4, 8 }, new long[] { 3, 2, 8 }, new long[] { 2 })]
    [InlineData(new long[] { 3, 4, 8 }, new long[] { 3, 2, 8 }, new long[] { 1, 2 })]
    [InlineData(new long[] { 5, 3, 4, 8 }, new long[] { 5, 3, 2, 8 }, new long[] { 2, 3 })]
    public void Keras_test_high_dim_attention(long[] query, long[] value, long[] axes)
    {
        var output = Apply(MultiHeadAttention(2, 2, attentionAxes: axes.Length == 1 ? (Size)(int)axes[0] : ((int)axes[0], (int)axes[1])),
            query.Select(d => (long?)d).ToArray(), value.Select(d => (long?)d).ToArray());
        Assert.Equal(8, output.Weights.Count);
        Assert.Equal(Shape.WithBatch(query.Select(d => (long?)d).ToArray()), output.Shape);
    }

    [Fact]
    public void Keras_test_compute_output_shape()
    {
        var layer = MultiHeadAttention(2, 2, valueDim: 2, outputShape: (1, 5));
        var output = Apply(layer, D(4, 8), D(2, 8), D(2, 3));
        Assert.Equal("(None, 4, 1, 5)", output.Shape.ToString());
        Assert.Equal("query/kernel (8, 2, 2); query/bias (2, 2); key/kernel (3, 2, 2); key/bias (2, 2); value/kernel (8, 2, 2); value/bias (2, 2); " +
            "attention_output/kernel (2, 2, 1, 5); attention_output/bias (1, 5)", Weights(output));
        Assert.Equal("(None, 4, 2, 3, 3, 2)",
            Apply(MultiHeadAttention(2, 2, valueDim: 2, outputShape: (3, 2)), D(4, 2, 3, 8), D(1, 1, 5, 8), D(1, 1, 5, 2)).Shape.ToString());
        Assert.Equal("(None, 4, 2, 3, 8)", Apply(MultiHeadAttention(2, 2, valueDim: 2), D(4, 2, 3, 8), D(4, 2, 3, 7), D(4, 2, 3, 8)).Shape.ToString());
    }

    [Fact]
    public void An_output_shape_of_0_is_none_as_Python_s_truth_test_reads_it() =>
        Assert.Equal("(None, 8, 16)", Apply(MultiHeadAttention(2, 2, outputShape: 0), D(8, 16), D(4, 16)).Shape.ToString());

    [Theory]
    [InlineData(new long[] { 4, 8 }, new long[] { 2, 7 }, new long[0])]             // key rank 1: (2,)[1:-1] is ()
    [InlineData(new long[] { 4, 8 }, new long[] { 2, 8 }, new long[] { 1, 7 })]
    [InlineData(new long[] { 4, 2, 3, 8 }, new long[] { 1, 1, 5, 8 }, new long[] { 1, 15, 5, 2 })]
    public void Keras_test_shape_mismatch_error(long[] query, long[] value, long[] key)
    {
        long?[] N(long[] d) => d.Select(x => (long?)x).ToArray();
        var e = Assert.Throws<KerasModelException>(() => Apply(MultiHeadAttention(4, 2, valueDim: 2), N(query), N(value), N(key)));
        Assert.Equal("KD0008", e.Id);
        Assert.Contains("key whose dims other than the batch dim and the last are the value's", e.Message);
    }

    [Theory]
    [InlineData(0, 4, null, "numHeads")]
    [InlineData(-2, 4, null, "numHeads")]
    [InlineData(4, 0, null, "keyDim")]
    [InlineData(4, -2, null, "keyDim")]
    [InlineData(4, 4, 0, "valueDim")]
    [InlineData(4, 4, -2, "valueDim")]
    public void Keras_test_invalid_scalar_args_rejected(int numHeads, int keyDim, int? valueDim, string argument)
    {
        var x = Input((4, 8));
        Assert.Equal(argument, Refused("KD0002", "multi_head_attention", () => MultiHeadAttention(numHeads, keyDim, valueDim).Apply(x, x)).Argument);
    }

    [Fact]
    public void Other_refused_arguments()
    {
        var x = Input((4, 8));
        Assert.Equal("dropout", Refused("KD0002", "multi_head_attention", () => MultiHeadAttention(2, 2, dropout: 1.5).Apply(x, x)).Argument);
        Assert.Equal("slidingWindow", Refused("KD0002", "multi_head_attention", () => MultiHeadAttention(2, 2, slidingWindow: 0).Apply(x, x)).Argument);
        Assert.Equal("outputShape", Refused("KD0002", "multi_head_attention", () => MultiHeadAttention(2, 2, outputShape: -1).Apply(x, x)).Argument);
        Assert.Equal(8, MultiHeadAttention(2, 2, slidingWindow: 3).Apply(x, x).Shape.Last);
    }

    [Fact]
    public void Attention_axes_outside_np_delete_s_range_are_refused()
    {
        // Value (None, 3, 2, 8) projects to rank 5: axis a >= 0 must be below 5, and 4 + a must be -5 or more.
        var q = Input((3, 4, 8));
        var v = Input((3, 2, 8));
        Assert.Equal("attentionAxes", Refused("KD0002", "multi_head_attention", () => MultiHeadAttention(2, 2, attentionAxes: 5).Apply(q, v)).Argument);
        Assert.Equal("attentionAxes", Refused("KD0002", "multi_head_attention", () => MultiHeadAttention(2, 2, attentionAxes: -10).Apply(q, v)).Argument);
        Assert.Equal("(None, 3, 4, 8)", MultiHeadAttention(2, 2, attentionAxes: -9).Apply(q, v).Shape.ToString());
        Assert.Equal("(None, 3, 4, 8)", MultiHeadAttention(2, 2, attentionAxes: -2).Apply(q, v).Shape.ToString());
    }

    [Fact]
    public void An_unknown_feature_dim_cannot_be_counted()
    {
        var q = Input((4, null));
        var e = Refused("KD0007", "multi_head_attention", () => MultiHeadAttention(2, 2).Apply(q, Input((4, 8))));
        Assert.Contains("query projection", e.Message);
        Refused("KD0007", "multi_head_attention", () => MultiHeadAttention(2, 2).Apply(Input((4, 8)), Input((4, null))));
    }

    [Fact]
    public void Unknown_sequence_lengths_are_fine()
    {
        var q = Input((null, 8));
        Assert.Equal("(None, None, 8)", MultiHeadAttention(2, 2).Apply(q, Input((null, 8))).Shape.ToString());
    }

    [Fact]
    public void It_takes_two_or_three_tensors()
    {
        var x = Input((4, 8));
        Refused("KD0008", "multi_head_attention", () => MultiHeadAttention(2, 2).Apply(x));
        Refused("KD0008", "multi_head_attention", () => MultiHeadAttention(2, 2).Apply(x, x, x, x));
        Refused("KD0008", "multi_head_attention", () => Sequential().Add(MultiHeadAttention(2, 2), input: (4, 8)));
    }

    [Fact]
    public void A_shared_layer_counts_once_and_refuses_other_feature_sizes()
    {
        var a = Input((4, 8));
        var b = Input((6, 8));
        var mha = MultiHeadAttention(2, 2);
        var model = Model([a, b], [mha.Apply(a, b), mha.Apply(b, a)]);
        Assert.Equal(3 * (8 * 4 + 4) + 4 * 8 + 8, model.TotalParams);
        Refused("KD0008", "multi_head_attention", () => mha.Apply(Input((4, 5)), a));
    }

    // ---- Attention (keras/src/layers/attention/attention.py) ----

    [Theory]
    [InlineData(false, "dot", 0)]
    [InlineData(true, "dot", 1)]
    [InlineData(false, "concat", 1)]
    [InlineData(true, "concat", 2)]
    public void Attention_has_a_scalar_per_option(bool useScale, string scoreMode, long @params)
    {
        var output = Apply(Attention(useScale, scoreMode), D(8, 16), D(4, 16));
        Assert.Equal(@params, output.Params);
        Assert.Equal("(None, 8, 16)", output.Shape.ToString());
    }

    [Fact]
    public void Attention_gives_the_query_s_shape_with_the_value_s_last_dim()
    {
        Tensor q = Input((8, 16)), v = Input((4, 32)), k = Input((4, 16));
        var y = Attention().Apply(q, v, k);
        Assert.Equal("(None, 8, 32)", y.Shape.ToString());
        var row = Model([q, v, k], y).Layers.Single(r => r.ClassName == "Attention");
        Assert.Equal("attention", row.Name);
        Assert.Equal(new[] { "input_layer[0][0]", "input_layer_1[0][0]", "input_layer_2[0][0]" }, row.Connections);
    }

    [Theory]
    [InlineData("Dot")]
    [InlineData("additive")]
    public void Attention_refuses_other_score_modes(string scoreMode) =>
        Assert.Equal("scoreMode", Refused("KD0003", "attention", () => Attention(scoreMode: scoreMode).Apply(Input(3), Input(3))).Argument);

    [Fact]
    public void Attention_takes_two_or_three_tensors() =>
        Refused("KD0008", "attention", () => Attention().Apply(Input((4, 8))));

    // ---- AdditiveAttention (keras/src/layers/attention/additive_attention.py) ----

    [Fact]
    public void AdditiveAttention_scales_the_query_s_last_dim()
    {
        var output = Apply(AdditiveAttention(), D(8, 16), D(4, 16));
        Assert.Equal("scale (16)", Weights(output));
        Assert.Equal("(None, 8, 16)", output.Shape.ToString());
        Assert.Equal(0, Apply(AdditiveAttention(useScale: false), D(8, 16), D(4, 16)).Params);
        var q = Input(3);
        Assert.Equal("additive_attention", Model(q, AdditiveAttention().Apply(q, q)).Layers[^1].Name);
    }

    [Fact]
    public void AdditiveAttention_needs_a_known_query_dim() =>
        Refused("KD0007", "additive_attention", () => AdditiveAttention().Apply(Input((4, null)), Input((4, 8))));
}
