using static KerasDsl.Keras;

namespace KerasDsl.Tests;

/// <summary>
/// The models of tests/KerasDsl.Cli.Tests/Data/functional/*.json built through the C# API: each prints the
/// <c>.summary.txt</c> beside its JSON, which the CLI's tests require the tool to print for that JSON. So a model read
/// from JSON prints (and counts) exactly as the same model built in C#. (The CLI's test project cannot reference this
/// assembly: KerasDsl and kerasdsl are one assembly name.)
/// </summary>
public class FunctionalJsonParityTests
{
    private static string Summary(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "functional", name + ".summary.txt"));

    [Fact]
    public void A_shared_LSTM_over_two_inputs()
    {
        var a = Input((280, 256), name: "input_1");
        var b = Input((280, 256), name: "input_2");
        var encoder = LSTM(64, name: "lstm");
        var merged = Concatenate([encoder.Apply(a), encoder.Apply(b)], name: "concatenate");
        var model = Model([a, b], merged.Dense(1, activation: "sigmoid", name: "dense"), name: "model");
        Assert.Equal(Summary("tfkeras2-shared-lstm"), model.Summary());
    }

    [Fact]
    public void A_seq2seq_decoder_started_from_the_encoders_states()
    {
        // keras.io's lstm_seq2seq: LSTM(256, return_state=True); LSTM(256, return_sequences=True, return_state=True)(x, initial_state=[h, c]).
        var encoderInputs = Input((null, 71), name: "input_1");
        var encoder = encoderInputs.LSTM(256, returnState: true, name: "lstm");
        var decoderInputs = Input((null, 93), name: "input_2");
        var decoded = LSTM(256, returnSequences: true, returnState: true, name: "lstm_1").Apply(decoderInputs, encoder[1], encoder[2]);
        var model = Model([encoderInputs, decoderInputs], decoded[0].Dense(93, activation: "softmax", name: "dense"), name: "model");
        Assert.Equal(Summary("tfkeras2-seq2seq"), model.Summary());
    }

    [Fact]
    public void Layers_shared_at_different_depths()
    {
        var x = Input(4, name: "input_1");
        var a = Dense(4, name: "a");
        var b = Dense(4, name: "b");
        var model = Model(x, b.Apply(a.Apply(b.Apply(a.Apply(x)))), name: "ab");
        Assert.Equal(Summary("tfkeras2-shared-depths"), model.Summary());
    }

    [Fact]
    public void A_shared_nested_Functional_and_a_nested_Sequential()
    {
        var inner = Input(16, name: "input_3");
        var encoder = Model(inner, inner.Dense(8, activation: "relu", name: "dense").Dense(4, name: "dense_1"), name: "encoder");
        var head = Sequential(name: "head").Dense(2, activation: "softmax", name: "dense_2", input: 4);
        var a = Input(16, name: "input_1");
        var b = Input(16, name: "input_2");
        var first = encoder.Apply(a);   // the JSON's encoder node 1 (tf.keras 2 counts the construction node as 0)
        var second = encoder.Apply(b);
        var sum = Add([first, second], name: "add");
        var model = Model([a, b], [head.Apply(sum), second], name: "siamese");
        Assert.Equal(Summary("tfkeras2-nested"), model.Summary());
    }

    [Fact]
    public void A_residual_block()
    {
        var x = Input((8, 8, 16), name: "input_layer");
        var y = x.Conv2D(16, 3, padding: "same", name: "conv2d").BatchNormalization(name: "batch_normalization").Activation("relu", name: "activation");
        var output = Add([y, x], name: "add").GlobalAveragePooling2D(name: "global_average_pooling2d").Dense(10, activation: "softmax", name: "dense");
        Assert.Equal(Summary("keras3-residual"), Model(x, output, name: "residual").Summary());
    }

    [Fact]
    public void A_frozen_nested_Functional_that_is_also_an_output()
    {
        var inner = Input(16, name: "input_layer_1");
        var encoder = Model(inner, inner.Dense(8, activation: "relu", name: "dense"), name: "encoder", trainable: false);
        var x = Input(16, name: "input_layer");
        var encoded = encoder.Apply(x);
        var model = Model([x], [encoded.Dense(3, activation: "softmax", name: "dense_1"), encoded], name: "classifier");
        Assert.Equal(Summary("keras3-nested"), model.Summary());
    }
}
