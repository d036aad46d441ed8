using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

/// <summary>
/// A refusal's advice applies to the model at hand: a layer whose input lacks an axis is told what to change where the
/// input comes from (the model's input, a recurrent layer that gives its last step only, another layer), never of a
/// "previous recurrent layer" that does not exist, nor of an <c>input:</c> shape in the middle of a model.
/// </summary>
public class RefusalAdviceTests
{
    [Fact]
    public void An_LSTM_on_the_models_2D_input_is_told_to_give_the_input_a_time_axis()
    {
        var e = Refused("KD0001", "lstm", () => Sequential().LSTM(128, input: 12));
        Assert.Equal("lstm expects input of rank 3 (batch, timesteps, features) but the input gives (None, 12) (rank 2): " +
            "give the model's input a time axis, (timesteps, features): (null, 12) for sequences of any length", e.Message);
        NoMarks(e);
    }

    [Fact]
    public void An_LSTM_after_a_Dense_is_told_to_add_a_time_axis_not_returnSequences()
    {
        var e = Refused("KD0001", "lstm", () => Sequential().Dense(4, input: 3).LSTM(64));
        Assert.Equal("lstm expects input of rank 3 (batch, timesteps, features) but dense gives (None, 4) (rank 2): " +
            "give lstm a time axis first: RepeatVector(n) repeats a vector n times, Reshape splits it into steps", e.Message);
        NoMarks(e);
    }

    [Fact]
    public void An_LSTM_after_an_LSTM_without_returnSequences_is_told_to_add_it_there()
    {
        var e = Refused("KD0001", "lstm_1", () => Sequential().LSTM(8, input: (10, 3)).LSTM(4));
        Assert.Contains("but lstm gives (None, 8) (rank 2): add returnSequences: true to lstm, which gives its last step only without it, " +
            "or give lstm_1 a time axis first", e.Message);
        Assert.DoesNotContain("model's input", e.Message);
        NoMarks(e);
    }

    [Fact]
    public void A_GRU_after_a_Bidirectional_without_returnSequences_is_told_to_add_it_there()
    {
        var e = Refused("KD0001", "gru", () => Sequential().Bidirectional(LSTM(8), input: (10, 3)).GRU(4));
        Assert.Contains("add returnSequences: true to bidirectional", e.Message);
        NoMarks(e);
    }

    [Fact]
    public void A_recurrent_layer_with_returnSequences_upstream_is_not_told_to_add_it()
    {
        // The source is Flatten, not the LSTM before it: returnSequences there is already true.
        var e = Refused("KD0001", "lstm_1", () => Sequential().LSTM(8, returnSequences: true, input: (10, 3)).Flatten().LSTM(4));
        Assert.DoesNotContain("returnSequences", e.Message);
        Assert.Contains("give lstm_1 a time axis first", e.Message);
    }

    [Fact]
    public void In_the_functional_API_the_source_is_the_tensor_the_layer_is_applied_to()
    {
        var input = Input(12);
        var fromInput = Assert.Throws<KerasModelException>(() => input.LSTM(4));
        Assert.Contains("give the model's input a time axis, (timesteps, features): (null, 12)", fromInput.Message);
        Assert.DoesNotContain("returnSequences", fromInput.Message);

        var lastStep = Input((10, 3)).LSTM(8);
        var fromLstm = Assert.Throws<KerasModelException>(() => lastStep.LSTM(4));
        Assert.Contains("add returnSequences: true to lstm", fromLstm.Message);
        NoMarks(fromInput);
        NoMarks(fromLstm);
    }

    [Fact]
    public void A_TimeDistributed_layer_gets_advice_for_its_source()
    {
        var onInput = Refused("KD0001", "time_distributed", () => Sequential().TimeDistributed(Dense(4), input: 3));
        Assert.Contains("give the model's input a time axis in front", onInput.Message);
        Assert.DoesNotContain("returnSequences", onInput.Message);
        var afterLstm = Refused("KD0001", "time_distributed", () => Sequential().LSTM(8, input: (10, 3)).TimeDistributed(Dense(4)));
        Assert.Contains("add returnSequences: true to lstm", afterLstm.Message);
        NoMarks(onInput);
        NoMarks(afterLstm);
    }

    [Fact]
    public void An_LSTM_inside_TimeDistributed_is_not_told_of_its_wrappers_source()
    {
        // Each time step of (None, 10, 3) is (None, 3): the inner LSTM's input is a step, never an LSTM's last step.
        var e = Refused("KD0001", "time_distributed", () => Sequential().LSTM(8, returnSequences: true, input: (10, 3)).TimeDistributed(LSTM(4)));
        Assert.DoesNotContain("returnSequences", e.Message);
        Assert.DoesNotContain("model's input", e.Message);
        NoMarks(e);
    }

    [Fact]
    public void A_Conv2D_on_the_models_input_is_told_the_input_shape_and_after_a_layer_to_reshape()
    {
        var first = Refused("KD0001", "conv2d", () => Sequential().Conv2D(8, 3, input: (28, 28)));
        Assert.Equal("conv2d expects input of rank 4 (batch, rows, cols, channels) but the input gives (None, 28, 28) (rank 3): " +
            "Conv2D takes 2 spatial dims and a channels dim, (rows, cols, channels): give the model's input that shape, " +
            "e.g. input: (28, 28, 3), or use the layer whose rank matches the data", first.Message);
        var later = Refused("KD0001", "conv2d", () => Sequential().Dense(8, input: 4).Conv2D(8, 3));
        Assert.Contains("(rows, cols, channels): Reshape to it before conv2d, or use the layer whose rank matches the data", later.Message);
        Assert.DoesNotContain("input:", later.Message);
        NoMarks(first);
        NoMarks(later);
    }

    [Fact]
    public void A_channels_first_layer_is_told_its_own_layout()
    {
        var e = Refused("KD0001", "max_pooling2d", () => Sequential().MaxPooling2D(2, dataFormat: "channels_first", input: (28, 28)));
        Assert.Contains("(channels, rows, cols): give the model's input that shape, e.g. input: (3, 28, 28)", e.Message);
    }

    [Fact]
    public void A_padding_layer_after_a_Dense_is_told_to_reshape_not_to_give_an_input_shape()
    {
        var e = Refused("KD0001", "zero_padding2d", () => Sequential().Dense(8, input: 4).ZeroPadding2D(1));
        Assert.Contains("Reshape to it before zero_padding2d", e.Message);
        Assert.DoesNotContain("input shape", e.Message);
    }

    [Fact]
    public void Two_outputs_are_told_of_mergeMode_only_when_a_Bidirectional_gives_them()
    {
        var fromBidirectional = Refused("KD0008", "dense",
            () => Sequential().Bidirectional(LSTM(4), mergeMode: MergeMode.None, input: (5, 3)).Dense(2));
        Assert.Contains("mergeMode \"concat\", \"sum\", \"mul\" or \"ave\" on bidirectional merges its two outputs into one", fromBidirectional.Message);

        var i = Input(3);
        var twoHeads = Model([i], [i.Dense(2), i.Dense(2)]);
        var x = Input(3);
        var fromModel = Assert.Throws<KerasModelException>(() => twoHeads.Apply(x).Dense(4));
        Assert.Equal("KD0008", fromModel.Id);
        Assert.Contains("gives 2 outputs", fromModel.Message);
        Assert.DoesNotContain("mergeMode", fromModel.Message);
        Assert.Contains("merge them first (Concatenate, Add), or apply it to each", fromModel.Message);
        NoMarks(fromBidirectional);
        NoMarks(fromModel);
    }

    [Fact]
    public void A_stateful_layer_is_told_how_to_give_a_batch_size_where_one_can_be_given()
    {
        var e = Refused("KD0007", "lstm", () => Sequential().LSTM(4, stateful: true, input: (2, 3)));
        Assert.Contains("Input(shape, batchSize: 32) in the functional API", e.Message);
        // ... which the functional API takes: the advice can be followed.
        var input = Input((2, 3), batchSize: 8);
        Assert.Equal(4 * 4 * (3 + 4 + 1), Model(input, input.LSTM(4, stateful: true)).TotalParams);
    }

    /// <summary>The control characters SourceAdvice marks advice with never reach a message.</summary>
    private static void NoMarks(KerasModelException e)
    {
        Assert.DoesNotContain('\u0002', e.Message);
        Assert.DoesNotContain('\u0003', e.Message);
    }
}
