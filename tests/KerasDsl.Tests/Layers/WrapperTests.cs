using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

// Bidirectional (keras/src/layers/rnn/bidirectional.py): the weights of a forward and a backward
// copy of the wrapped layer, the forward copy's output shape with the last dim doubled for "concat".
// TimeDistributed (keras/src/layers/rnn/time_distributed.py): the inner layer on (batch, ...) with
// axis 1 dropped, then put back; the inner layer's weights.
public class WrapperTests
{
    [Fact]
    public void The_seed_articles_bidirectional_model_has_Keras_counts_and_shapes()
    {
        var m = Sequential()
            .Bidirectional(LSTM(64, returnSequences: true), input: (null, 5))   // 2·4·64·(5 + 64 + 1) = 35840
            .Bidirectional(GRU(32, returnSequences: true))                      // 2·3·32·(128 + 32 + 2) = 31104
            .Bidirectional(GRU(16, returnSequences: true, resetAfter: false))   // 2·3·16·(64 + 16 + 1) = 7776
            .Bidirectional(SimpleRNN(8));                                       // 2·8·(32 + 8 + 1) = 656
        Assert.Equal(new[] { "bidirectional", "bidirectional_1", "bidirectional_2", "bidirectional_3" }, m.Layers.Select(l => l.Name));
        Assert.Equal(new[] { "(None, None, 128)", "(None, None, 64)", "(None, None, 32)", "(None, 16)" },
            m.Layers.Select(l => l.OutputShape.ToString()));
        Assert.Equal(new long[] { 35840, 31104, 7776, 656 }, m.Layers.Select(l => l.Params));
        Assert.Equal(75376, m.TotalParams);
        Assert.Contains("Total params: 75,376", m.Summary());
    }

    [Theory]
    [InlineData("concat", "(None, 12)")]
    [InlineData("sum", "(None, 6)")]
    [InlineData("mul", "(None, 6)")]
    [InlineData("ave", "(None, 6)")]
    public void Merge_modes_set_the_last_dim(string mergeMode, string shape) =>
        // tfjs-40: Bidirectional(LSTM(6), sum) on 9 features: 2·4·6·(9 + 6 + 1) = 768.
        Last(Sequential().Bidirectional(LSTM(6), mergeMode: mergeMode, input: (4, 9)), shape, 768);

    [Fact]
    public void MergeMode_members_are_Keras_strings_and_default_is_concat()
    {
        foreach (var (mode, last) in new[] { (MergeMode.Concat, 12L), (MergeMode.Sum, 6L), (MergeMode.Mul, 6L), (MergeMode.Ave, 6L), (default(MergeMode), 12L) })
            Assert.Equal(last, Sequential().Bidirectional(LSTM(6), mergeMode: mode, input: (4, 9)).OutputShape[1]);
        Assert.Equal(MergeMode.Concat, default(MergeMode));
        Assert.Equal(MergeMode.Sum, (MergeMode)"sum");
        Assert.NotEqual(MergeMode.None, default(MergeMode));
        Assert.Equal("'ave'", MergeMode.Ave.ToString());
        Assert.Equal("None", MergeMode.None.ToString());
    }

    [Fact]
    public void MergeMode_None_gives_two_outputs_printed_as_a_list()
    {
        var m = Sequential().Bidirectional(SimpleRNN(8, returnSequences: true), mergeMode: MergeMode.None, input: (5, 3));
        var row = m.Layers[0];
        Assert.Equal(new[] { "(None, 5, 8)", "(None, 5, 8)" }, row.OutputShapes.Select(s => s.ToString()));
        Assert.Equal("[(None, 5, 8), (None, 5, 8)]", row.OutputShapeText);
        Assert.Equal(2 * 8 * (3 + 8 + 1), row.Params);
        Assert.Equal(2, m.OutputShapes.Count);
        // Keras 2's print_row cuts the list at the column's end, as it cuts long names.
        Assert.Contains("\nbidirectional (Bidirectional [(None, 5, 8), (None, 5,  192\n", Normalize(m.Summary()));
    }

    [Fact]
    public void MergeMode_None_is_recorded_as_Keras_config_writes_None()
    {
        var spec = Bidirectional(GRU(2), mergeMode: MergeMode.None);
        Assert.True(spec.Call.Find("mergeMode")!.IsNull);
        Assert.Equal("concat", Bidirectional(GRU(2)).Call.Find("mergeMode")!.Text);
    }

    [Fact]
    public void A_null_mergeMode_is_refused_at_the_call_not_read_as_None_or_concat()
    {
        // Keras's None means two outputs, C#'s null "not given": a null would be read wrongly one way or the other.
        foreach (var call in new Action[]
        {
            () => Sequential().Bidirectional(LSTM(4), mergeMode: null, input: (5, 3)),
            () => Bidirectional(LSTM(4), mergeMode: null),
            () => Input((5, 3)).Bidirectional(LSTM(4), mergeMode: (string?)null),
        })
        {
            var e = Assert.Throws<KerasModelException>(call);
            Assert.Equal("KD0003", e.Id);
            Assert.Equal("mergeMode", e.Argument);
            Assert.StartsWith("Bidirectional got null for mergeMode: expected MergeMode.Concat, Sum, Mul or Ave", e.Message);
            Assert.Contains("Pass MergeMode.None for two outputs, or leave mergeMode out for \"concat\"", e.Message);
        }
    }

    [Fact]
    public void MergeMode_none_spelled_as_a_string_is_refused_as_Keras_refuses_it() =>
        Assert.Equal("mergeMode", Refused("KD0003", "bidirectional", () => Sequential().Bidirectional(GRU(2), mergeMode: "none", input: (5, 3))).Argument);

    [Fact]
    public void MergeMode_null_in_Keras_JSON_is_None_but_absent_is_concat()
    {
        var lstm = ArgValue.Of(new LayerCall("LSTM", new Arg("units", ArgValue.Of(3L))));
        var explicitNull = new LayerCall("Bidirectional", new Arg("layer", lstm), new Arg("mergeMode", ArgValue.Null), new Arg("input", ArgValue.Ints(2, 1)));
        var absent = new LayerCall("Bidirectional", new Arg("layer", lstm), new Arg("input", ArgValue.Ints(2, 1)));
        Assert.Equal(2, SequentialModel.FromCalls(new[] { explicitNull }).OutputShapes!.Count);
        Assert.Equal("(None, 6)", SequentialModel.FromCalls(new[] { absent }).OutputShape!.ToString());
    }

    [Fact]
    public void A_layer_after_two_outputs_is_refused()
    {
        var e = Refused("KD0008", "dense",
            () => Sequential().Bidirectional(LSTM(4, returnSequences: true), mergeMode: MergeMode.None, input: (5, 3)).Dense(2));
        Assert.Contains("bidirectional gives 2 outputs [(None, 5, 4), (None, 5, 4)]", e.Message);
        Assert.Contains("mergeMode", e.Message);
    }

    [Theory]
    [InlineData("Concat")]
    [InlineData("max")]
    [InlineData("")]
    public void Unknown_merge_modes_are_refused_case_sensitively_as_Keras_does(string mergeMode)
    {
        var e = Refused("KD0003", "bidirectional", () => Sequential().Bidirectional(LSTM(4), mergeMode: mergeMode, input: (5, 3)));
        Assert.Equal("mergeMode", e.Argument);
    }

    [Fact]
    public void Bidirectional_wraps_recurrent_layers_only()
    {
        var e = Refused("KD0002", "bidirectional", () => Sequential().Bidirectional(Dense(4), input: (5, 3)));
        Assert.Equal("layer", e.Argument);
        Assert.Contains("TimeDistributed", e.Message);
    }

    [Fact]
    public void Bidirectional_needs_a_layer()
    {
        var call = new LayerCall("Bidirectional", new Arg("input", ArgValue.Ints(5, 3)));
        var e = Assert.Throws<KerasModelException>(() => SequentialModel.FromCalls(new[] { call }));
        Assert.Equal("KD0002", e.Id);
        Assert.Equal("layer", e.Argument);
    }

    [Fact]
    public void The_inner_layers_refusals_are_the_wrappers()
    {
        var e = Refused("KD0002", "bidirectional", () => Sequential().Bidirectional(LSTM(0), input: (5, 3)));
        Assert.StartsWith("bidirectional (its inner LSTM) has an invalid units", e.Message);
        Assert.Equal("units", e.Argument);
    }

    [Fact]
    public void A_rank_error_reaches_the_wrapper()
    {
        var e = Refused("KD0001", "bidirectional", () => Sequential().Dense(4, input: 3).Bidirectional(LSTM(8)));
        Assert.StartsWith("bidirectional (its inner LSTM) expects input of rank 3 (batch, timesteps, features) but dense gives (None, 4) (rank 2)", e.Message);
    }

    [Fact]
    public void An_inner_layer_of_unknown_class_is_refused()
    {
        var call = new LayerCall("Bidirectional", new Arg("layer", ArgValue.Of(new LayerCall("LTSM"))), new Arg("input", ArgValue.Ints(5, 3)));
        var e = Assert.Throws<KerasModelException>(() => SequentialModel.FromCalls(new[] { call }));
        Assert.Equal("KD0016", e.Id);
        Assert.Equal("bidirectional", e.LayerName);
    }

    [Fact]
    public void Keras_3_refuses_a_wrapped_layer_that_already_goes_backwards()
    {
        // Keras 3 sets go_backwards=True on the copy; both would then run backwards.
        var e = Refused("KD0002", "bidirectional", () => Sequential().Bidirectional(LSTM(4, goBackwards: true), input: (5, 3)));
        Assert.Equal("layer", e.Argument);
    }

    [Fact]
    public void A_backward_layer_of_other_units_counts_its_own_weights_but_not_in_the_shape()
    {
        // forward 4·4·(3 + 4 + 1) = 128, backward 4·6·(3 + 6 + 1) = 240; compute_output_shape doubles the forward's 4.
        var m = Sequential().Bidirectional(LSTM(4), backwardLayer: LSTM(6, goBackwards: true), input: (5, 3));
        Last(m, "(None, 8)", 128 + 240);
    }

    [Fact]
    public void A_backward_layer_must_go_backwards_and_match_the_forward_layer()
    {
        Assert.Contains("goBackwards true", Refused("KD0002", "bidirectional",
            () => Sequential().Bidirectional(LSTM(4), backwardLayer: LSTM(4), input: (5, 3))).Message);
        Assert.Contains("returnSequences", Refused("KD0002", "bidirectional",
            () => Sequential().Bidirectional(LSTM(4), backwardLayer: LSTM(4, goBackwards: true, returnSequences: true), input: (5, 3))).Message);
        Assert.Equal("backwardLayer", Refused("KD0002", "bidirectional",
            () => Sequential().Bidirectional(LSTM(4), backwardLayer: Dense(4), input: (5, 3))).Argument);
    }

    [Fact]
    public void Weights_are_named_after_the_forward_and_backward_copies()
    {
        var weights = Sequential().Bidirectional(SimpleRNN(2, useBias: false), input: (5, 3)).Model.Nodes[0].Output!.Weights;
        Assert.Equal(new[] { "forward_simple_rnn/kernel", "forward_simple_rnn/recurrent_kernel", "backward_simple_rnn/kernel", "backward_simple_rnn/recurrent_kernel" },
            weights.Select(w => w.Name));
    }

    [Fact]
    public void Trainable_false_on_the_wrapper_freezes_both_copies()
    {
        var m = Sequential().Bidirectional(GRU(4), trainable: false, input: (5, 3));
        Assert.Equal(2 * 3 * 4 * (3 + 4 + 2), m.NonTrainableParams);
        Assert.Equal(0, m.TrainableParams);
    }

    [Fact]
    public void Trainable_false_on_the_wrapped_layer_is_honoured()
    {
        var m = Sequential().Bidirectional(GRU(4, trainable: false), input: (5, 3)).Dense(1);
        Assert.Equal(2 * 3 * 4 * (3 + 4 + 2), m.NonTrainableParams);
        Assert.Equal(8 + 1, m.TrainableParams);
        Assert.True(m.Layers[0].Trainable);
    }

    [Fact]
    public void A_wrapped_layer_takes_its_automatic_name_before_the_wrapper_as_in_Keras()
    {
        // Python evaluates LSTM(8) before Bidirectional(...): it is "lstm", so the next LSTM is "lstm_1".
        var m = Sequential().Bidirectional(LSTM(8, returnSequences: true), input: (5, 3)).LSTM(4, returnSequences: true)
            .Dense(2).TimeDistributed(Dense(2), name: "td_explicit").Dense(1);
        Assert.Equal(new[] { "bidirectional", "lstm_1", "dense", "td_explicit", "dense_2" }, m.Layers.Select(l => l.Name));
        var named = Sequential().Bidirectional(LSTM(8, returnSequences: true, name: "enc"), input: (5, 3)).LSTM(4);
        Assert.Equal("lstm", named.Layers[1].Name);
    }

    [Fact]
    public void Bidirectional_ConvLSTM2D_doubles_the_filters() =>
        // 2·(3·3·1·8 + 3·3·2·8 + 8) = 2·224 = 448.
        Last(Sequential().Bidirectional(ConvLSTM2D(2, 3), input: (4, 6, 6, 1)), "(None, 4, 4, 4)", 448);

    // ---- TimeDistributed ----

    [Fact]
    public void TimeDistributed_Dense_applies_to_every_step()
    {
        // Dense on 16 features: 16·8 + 8 = 136.
        var m = Sequential().TimeDistributed(Dense(8), input: (5, 16));
        Last(m, "(None, 5, 8)", 136);
        Assert.Equal("time_distributed", m.Layers[0].Name);
    }

    [Fact]
    public void TimeDistributed_agrees_with_TensorFlow_js() =>
        // tfjs-37: TimeDistributed(Dense(14)) on (19, 18): 18·14 + 14 = 266.
        Last(Sequential().TimeDistributed(Dense(14), input: (19, 18)), "(None, 19, 14)", 266);

    [Fact]
    public void TimeDistributed_after_a_sequence_model()
    {
        var m = Sequential().LSTM(8, returnSequences: true, input: (null, 3)).TimeDistributed(Dense(1, activation: "sigmoid"));
        Last(m, "(None, None, 1)", 9);
    }

    [Fact]
    public void TimeDistributed_keeps_inner_dims() =>
        Last(Sequential().TimeDistributed(Flatten(), input: (5, 4, 3)), "(None, 5, 12)", 0);

    [Fact]
    public void TimeDistributed_of_a_Bidirectional_runs_a_recurrent_layer_per_step() =>
        // Each step (None, 7, 3) → (None, 8); 2·4·4·(3 + 4 + 1) = 256.
        Last(Sequential().TimeDistributed(Bidirectional(LSTM(4)), input: (10, 7, 3)), "(None, 10, 8)", 256);

    [Fact]
    public void TimeDistributed_needs_a_time_axis()
    {
        var e = Refused("KD0001", "time_distributed", () => Sequential().TimeDistributed(Dense(8), input: 16));
        Assert.Contains("rank 3 or more (batch, time, ...) but the input gives (None, 16) (rank 2)", e.Message);
    }

    [Fact]
    public void TimeDistributed_reports_the_inner_layers_refusal_on_one_step()
    {
        var e = Refused("KD0001", "time_distributed", () => Sequential().TimeDistributed(LSTM(4), input: (5, 3)));
        Assert.Contains("(its inner LSTM) expects input of rank 3", e.Message);
        Assert.Contains("each time step of the input gives (None, 3) (rank 2)", e.Message);
        Refused("KD0007", "time_distributed", () => Sequential().TimeDistributed(Dense(2), input: (5, null)));
        Assert.Equal("units", Refused("KD0002", "time_distributed", () => Sequential().TimeDistributed(Dense(0), input: (5, 3))).Argument);
    }

    [Fact]
    public void TimeDistributed_refuses_an_inner_layer_with_two_outputs() =>
        Refused("KD0008", "time_distributed",
            () => Sequential().TimeDistributed(Bidirectional(LSTM(4), mergeMode: MergeMode.None), input: (10, 7, 3)));

    [Fact]
    public void TimeDistributed_trainable_false_and_inner_trainable_false()
    {
        Assert.Equal(136, Sequential().TimeDistributed(Dense(8), trainable: false, input: (5, 16)).NonTrainableParams);
        Assert.Equal(136, Sequential().TimeDistributed(Dense(8, trainable: false), input: (5, 16)).NonTrainableParams);
        Assert.Equal(136, Sequential().TimeDistributed(Dense(8), input: (5, 16)).TrainableParams);
    }

    [Fact]
    public void TimeDistributed_zero_time_steps_are_warned()
    {
        var m = Sequential().TimeDistributed(Dense(2), input: (0, 3));
        Last(m, "(None, 0, 2)", 8);
        Assert.Contains(m.Warnings, w => w.Id == "KD0009");
    }

    [Fact]
    public void Nested_wrappers_name_the_inner_ones_first()
    {
        // TimeDistributed(TimeDistributed(Dense)): Dense is "dense", the inner wrapper "time_distributed", the outer "time_distributed_1".
        var m = Sequential().TimeDistributed(TimeDistributed(Dense(2)), input: (3, 4, 5)).Dense(1);
        Assert.Equal(new[] { "time_distributed_1", "dense_1" }, m.Layers.Select(l => l.Name));
        Last(m, "(None, 3, 4, 1)", 3);
        Assert.Equal("(None, 3, 4, 2)", m.Layers[0].OutputShape.ToString());
    }
}
