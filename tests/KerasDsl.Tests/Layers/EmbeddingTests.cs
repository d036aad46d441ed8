using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

// keras/src/layers/core/embedding.py: weight embeddings (input_dim, output_dim); output = input shape + (output_dim,).
public class EmbeddingTests
{
    [Fact]
    public void Embedding_adds_a_vector_axis_and_counts_the_table()
    {
        var m = Sequential().Embedding(1000, 64, input: 10);
        Last(m, "(None, 10, 64)", 64000);
        Assert.Equal("embedding", m.Layers[0].Name);
    }

    [Fact]
    public void A_text_classifier_counts_as_Keras()
    {
        // 10000·128 = 1,280,000; LSTM 4·64·(128 + 64 + 1) = 49,408; Dense 64 + 1.
        var m = Sequential().Embedding(10000, 128, maskZero: true, input: 100).LSTM(64).Dense(1, activation: "sigmoid");
        Assert.Equal(new long[] { 1280000, 49408, 65 }, m.Layers.Select(l => l.Params));
        Assert.Equal("(None, 100, 128)", m.Layers[0].OutputShape.ToString());
        Assert.Equal(1329473, m.TotalParams);
    }

    [Fact]
    public void Unknown_and_extra_input_dims_pass_through()
    {
        Last(Sequential().Embedding(50, 8, input: new InputShape((int?)null)), "(None, None, 8)", 400);
        Last(Sequential().Embedding(50, 8, input: (4, 5)), "(None, 4, 5, 8)", 400);
    }

    [Fact]
    public void A_zero_length_input_is_warned()
    {
        var m = Sequential().Embedding(5, 2, input: 0);
        Last(m, "(None, 0, 2)", 10);
        Assert.Contains(m.Warnings, w => w.Id == "KD0009");
    }

    [Theory]
    [InlineData(0, 8, "inputDim")]
    [InlineData(-1, 8, "inputDim")]
    [InlineData(10, 0, "outputDim")]
    [InlineData(10, -2, "outputDim")]
    public void Non_positive_dims_are_refused(int inputDim, int outputDim, string argument) =>
        Assert.Equal(argument, Refused("KD0002", "embedding", () => Sequential().Embedding(inputDim, outputDim, input: 3)).Argument);

    [Fact]
    public void Keras_3_ignores_input_length()
    {
        // Embedding.__init__ pops input_length and warns "Argument `input_length` is deprecated".
        var call = new LayerCall("Embedding", new Arg("inputDim", ArgValue.Of(20L)), new Arg("outputDim", ArgValue.Of(3L)),
            new Arg("inputLength", ArgValue.Of(50L)), new Arg("input", ArgValue.Ints(10)));
        var output = SequentialModel.FromCalls(new[] { call }).Nodes[0].Output!;
        Assert.Equal("(None, 10, 3)", output.Shape.ToString());
        Assert.Equal(60, output.Params);
    }

    [Fact]
    public void Trainable_false_freezes_the_table() =>
        Assert.Equal(60, Sequential().Embedding(20, 3, trainable: false, input: 4).NonTrainableParams);

    [Fact]
    public void Embedding_inside_TimeDistributed() =>
        Last(Sequential().TimeDistributed(Embedding(20, 3), input: (4, 6)), "(None, 4, 6, 3)", 60);
}
