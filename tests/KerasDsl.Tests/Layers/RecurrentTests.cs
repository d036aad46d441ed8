using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

// Counts are the cells' weights (keras/src/layers/rnn/simple_rnn.py, lstm.py, gru.py):
// SimpleRNN u·(f + u + 1); LSTM 4u·(f + u + 1); GRU 3u·(f + u + 2) with reset_after (bias (2, 3u)),
// 3u·(f + u + 1) without; f = features, u = units; no bias drops the "+ 1" (or "+ 2").
public class RecurrentTests
{
    [Fact]
    public void The_seed_articles_recurrent_model_has_Keras_counts_and_shapes()
    {
        var m = Sequential()
            .LSTM(64, returnSequences: true, input: (null, 5))      // 4·64·(5 + 64 + 1) = 17920
            .GRU(32, returnSequences: true)                         // 3·32·(64 + 32 + 2) = 9408
            .GRU(16, returnSequences: true, resetAfter: false)      // 3·16·(32 + 16 + 1) = 2352
            .SimpleRNN(8);                                          // 8·(16 + 8 + 1) = 200
        Assert.Equal(new[] { "lstm", "gru", "gru_1", "simple_rnn" }, m.Layers.Select(l => l.Name));
        Assert.Equal(new[] { "(None, None, 64)", "(None, None, 32)", "(None, None, 16)", "(None, 8)" },
            m.Layers.Select(l => l.OutputShape.ToString()));
        Assert.Equal(new long[] { 17920, 9408, 2352, 200 }, m.Layers.Select(l => l.Params));
        Assert.Equal(29880, m.TotalParams);
        Assert.Equal(29880, m.TrainableParams);
        Assert.Contains("Total params: 29,880", m.Summary());
    }

    [Fact]
    public void An_LSTM_after_a_Dense_is_refused_with_the_rank_and_a_fix()
    {
        var e = Refused("KD0001", "lstm", () => Sequential().Dense(4, input: 3).LSTM(64));
        Assert.StartsWith("lstm expects input of rank 3 (batch, timesteps, features) but dense gives (None, 4) (rank 2): " +
            "give lstm a time axis first", e.Message);
        Assert.Equal(1, e.LayerIndex);
    }

    [Fact]
    public void A_recurrent_layer_after_one_without_returnSequences_is_refused()
    {
        var e = Refused("KD0001", "lstm_1", () => Sequential().LSTM(8, input: (10, 3)).LSTM(4));
        Assert.Contains("lstm gives (None, 8) (rank 2)", e.Message);
    }

    [Fact]
    public void An_input_of_rank_4_is_refused_with_a_reshape_hint()
    {
        var e = Refused("KD0001", "gru", () => Sequential().GRU(4, input: (10, 8, 8)));
        Assert.Contains("the input gives (None, 10, 8, 8) (rank 4)", e.Message);
        Assert.Contains("TimeDistributed(Flatten())", e.Message);
    }

    [Theory]
    [InlineData(false, "(None, 12)")]
    [InlineData(true, "(None, 7, 12)")]
    public void ReturnSequences_keeps_the_time_axis(bool returnSequences, string shape) =>
        // 12·(3 + 12 + 1) = 192
        Last(Sequential().SimpleRNN(12, returnSequences: returnSequences, input: (7, 3)), shape, 192);

    [Fact]
    public void Unknown_timesteps_pass_through() =>
        Last(Sequential().LSTM(2, returnSequences: true, input: (null, 3)), "(None, None, 2)", 4 * 2 * (3 + 2 + 1));

    [Fact]
    public void Unknown_features_cannot_be_counted()
    {
        var e = Refused("KD0007", "lstm", () => Sequential().LSTM(4, input: (10, null)));
        Assert.Contains("last dim (features)", e.Message);
    }

    [Theory]
    [InlineData("SimpleRNN", true, false, 5 * (3 + 5 + 1))]
    [InlineData("SimpleRNN", false, false, 5 * (3 + 5))]
    [InlineData("LSTM", true, false, 4 * 5 * (3 + 5 + 1))]
    [InlineData("LSTM", false, false, 4 * 5 * (3 + 5))]
    [InlineData("GRU", true, true, 3 * 5 * (3 + 5 + 2))]
    [InlineData("GRU", true, false, 3 * 5 * (3 + 5 + 1))]
    [InlineData("GRU", false, true, 3 * 5 * (3 + 5))]
    [InlineData("GRU", false, false, 3 * 5 * (3 + 5))]
    public void Bias_shapes_follow_the_cells(string layer, bool useBias, bool resetAfter, long expected)
    {
        var m = layer switch
        {
            "SimpleRNN" => Sequential().SimpleRNN(5, useBias: useBias, input: (4, 3)),
            "LSTM" => Sequential().LSTM(5, useBias: useBias, input: (4, 3)),
            _ => Sequential().GRU(5, useBias: useBias, resetAfter: resetAfter, input: (4, 3)),
        };
        Last(m, "(None, 5)", expected);
    }

    [Fact]
    public void GRU_bias_is_2_by_3u_with_resetAfter_as_in_Keras_3()
    {
        var weights = Sequential().GRU(4, input: (2, 3)).Model.Nodes[0].Output!.Weights;
        Assert.Equal(new[] { "kernel (3, 12)", "recurrent_kernel (4, 12)", "bias (2, 12)" }, weights.Select(w => w.ToString()));
    }

    [Fact]
    public void The_READMEs_GRU_example_has_both_counts()
    {
        // README, "GRU's resetAfter": Keras 3 and tf.keras 2 (reset_after=True) 3·32·(14 + 32 + 2) = 4,608; standalone
        // Keras 2.0-2.3 and TensorFlow.js (reset_after=False) 3·32·(14 + 32 + 1) = 4,512, which tfjs 4.22 gives for GRU(32) on 14 features.
        Assert.Equal(4_608, Sequential().GRU(32, input: (null, 14)).TotalParams);
        Assert.Equal(4_512, Sequential().GRU(32, resetAfter: false, input: (null, 14)).TotalParams);
    }

    // Counts TensorFlow.js 4.22 gives (tests/KerasDsl.Cli.Tests/Data/tfjs-cases.jsonl; its GRU has reset_after false).
    [Theory]
    [InlineData("GRU", 12, 19, true, 1152)]        // tfjs-20
    [InlineData("SimpleRNN", 22, 11, true, 748)]   // tfjs-76
    [InlineData("LSTM", 15, 7, false, 1320)]       // tfjs-183
    [InlineData("LSTM", 30, 8, true, 4680)]        // tfjs-57
    [InlineData("GRU", 10, 18, false, 840)]        // tfjs-188
    public void Counts_agree_with_TensorFlow_js(string layer, int units, int features, bool useBias, long expected)
    {
        var m = layer switch
        {
            "SimpleRNN" => Sequential().SimpleRNN(units, useBias: useBias, input: (6, features)),
            "LSTM" => Sequential().LSTM(units, useBias: useBias, input: (6, features)),
            _ => Sequential().GRU(units, useBias: useBias, resetAfter: false, input: (6, features)),
        };
        Last(m, $"(None, {units})", expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void Non_positive_units_are_refused(int units)
    {
        Assert.Equal("units", Refused("KD0002", "simple_rnn", () => Sequential().SimpleRNN(units, input: (2, 3))).Argument);
        Assert.Equal("units", Refused("KD0002", "lstm", () => Sequential().LSTM(units, input: (2, 3))).Argument);
        Assert.Equal("units", Refused("KD0002", "gru", () => Sequential().GRU(units, input: (2, 3))).Argument);
    }

    [Fact]
    public void Unknown_activations_are_refused()
    {
        Assert.Equal("activation", Refused("KD0003", "lstm", () => Sequential().LSTM(4, activation: "tahn", input: (2, 3))).Argument);
        Assert.Equal("recurrentActivation",
            Refused("KD0003", "gru", () => Sequential().GRU(4, recurrentActivation: "sigmod", input: (2, 3))).Argument);
        Assert.Equal("activation", Refused("KD0003", "simple_rnn", () => Sequential().SimpleRNN(4, activation: "rleu", input: (2, 3))).Argument);
    }

    [Fact]
    public void Keras_2s_hard_sigmoid_recurrent_activation_is_known() =>
        Last(Sequential().LSTM(2, recurrentActivation: "hard_sigmoid", input: (2, 1)), "(None, 2)", 4 * 2 * (1 + 2 + 1));

    [Fact]
    public void Dropouts_outside_0_1_are_clamped_by_Keras_not_refused() =>
        // min(1.0, max(0.0, dropout)) in every cell's __init__.
        Last(Sequential().GRU(2, dropout: 1.5, recurrentDropout: -0.5, input: (2, 1)), "(None, 2)", 3 * 2 * (1 + 2 + 2));

    [Fact]
    public void A_dropout_that_is_not_a_number_is_refused()
    {
        var call = new LayerCall("LSTM", new Arg("units", ArgValue.Of(4L)), new Arg("dropout", ArgValue.Of("half")),
            new Arg("input", ArgValue.Ints(2, 3)));
        var e = Assert.Throws<KerasModelException>(() => SequentialModel.FromCalls(new[] { call }));
        Assert.Equal("KD0002", e.Id);
        Assert.Equal("dropout", e.Argument);
    }

    [Fact]
    public void ReturnState_gives_the_output_then_the_states_as_Keras_3()
    {
        // rnn.py compute_output_shape: output, *states; LSTM's state_size is [units, units], GRU's and SimpleRNN's units.
        var input = Input((5, 3));
        var lstm = input.LSTM(4, returnState: true);
        Assert.Equal(3, lstm.Count);
        Assert.Equal(new[] { "(None, 4)", "(None, 4)", "(None, 4)" }, lstm.Shapes.Select(s => s.ToString()));
        Assert.Equal(new[] { "(None, 5, 4)", "(None, 4)" }, input.GRU(4, returnSequences: true, returnState: true).Shapes.Select(s => s.ToString()));
        Assert.Equal(2, input.SimpleRNN(4, returnState: true).Count);
        var model = Model(input, lstm[0].Dense(1));
        Assert.Equal(4 * (3 + 4 + 1) * 4 + 5, model.TotalParams);
    }

    [Fact]
    public void Implementation_choices_change_no_count_and_are_checked()
    {
        Assert.Equal(128, Sequential().LSTM(4, useCudnn: false, implementation: 1, zeroOutputForMask: true, seed: 7, input: (5, 3)).TotalParams);
        Assert.Equal("implementation", Refused("KD0002", "gru", () => Sequential().GRU(4, implementation: 3, input: (5, 3))).Argument);
        var call = new LayerCall("LSTM", new Arg("units", ArgValue.Of(4L)), new Arg("useCudnn", ArgValue.Of("yes")), new Arg("input", ArgValue.Ints(5, 3)));
        Assert.Equal("useCudnn", Assert.Throws<KerasModelException>(() => SequentialModel.FromCalls(new[] { call })).Argument);
    }

    [Fact]
    public void A_seq2seq_decoder_takes_the_encoders_states_as_its_initial_state()
    {
        // keras.io's lstm_seq2seq: encoder LSTM(256, return_state=True); decoder LSTM(256, return_sequences=True)(x, initial_state=[h, c]).
        var encoderInputs = Input((null, 71));
        var encoder = encoderInputs.LSTM(256, returnState: true);
        var decoderInputs = Input((null, 93));
        var decoded = LSTM(256, returnSequences: true, returnState: true).Apply(decoderInputs, encoder[1], encoder[2]);
        var model = Model(new[] { encoderInputs, decoderInputs }, decoded[0].Dense(93, activation: "softmax"));
        Assert.Equal(4 * (71 + 256 + 1) * 256 + 4 * (93 + 256 + 1) * 256 + 257 * 93, model.TotalParams);
        var e = Refused("KD0008", "lstm_2", () => LSTM(128, name: "lstm_2").Apply(decoderInputs, encoder[1], encoder[2]));
        Assert.Contains("initial state 1 of shape (None, 256)", e.Message);
        Assert.Contains("its states have shape (None, 128)", e.Message);
        Refused("KD0008", "gru_1", () => GRU(256, name: "gru_1").Apply(decoderInputs, encoder[1], encoder[2]));
    }

    [Fact]
    public void ConvLSTM_states_are_one_steps_output()
    {
        // conv_lstm.py compute_output_shape: output, then (batch, *step output) twice.
        var output = Input((6, 8, 8, 3)).ConvLSTM2D(2, 3, returnSequences: true, returnState: true);
        Assert.Equal(new[] { "(None, 6, 6, 6, 2)", "(None, 6, 6, 2)", "(None, 6, 6, 2)" }, output.Shapes.Select(s => s.ToString()));
    }

    [Fact]
    public void Bidirectional_returns_the_merged_output_then_both_directions_states()
    {
        // bidirectional.py: [output] + states + states, or [output, output] + states + states with merge_mode None.
        var input = Input((5, 3));
        Assert.Equal(new[] { "(None, 8)", "(None, 4)", "(None, 4)", "(None, 4)", "(None, 4)" },
            input.Bidirectional(LSTM(4, returnState: true)).Shapes.Select(s => s.ToString()));
        Assert.Equal(4, input.Bidirectional(GRU(4, returnState: true), mergeMode: MergeMode.None).Count);
        var e = Refused("KD0002", "bidirectional", () => Sequential().Bidirectional(LSTM(4, returnState: true), backwardLayer: LSTM(4, goBackwards: true), input: (5, 3)));
        Assert.Contains("returnState", e.Message);
    }

    [Fact]
    public void In_a_Sequential_the_layer_after_a_returnState_layer_refuses_its_several_outputs()
    {
        var last = Sequential().LSTM(4, returnState: true, input: (5, 3));
        Assert.Equal(3, last.OutputShapes.Count);
        var e = Refused("KD0008", "dense", () => Sequential().LSTM(4, returnState: true, input: (5, 3)).Dense(2));
        Assert.Contains("takes one input but lstm gives 3 outputs", e.Message);
    }

    [Fact]
    public void ReturnState_false_as_Keras_JSON_writes_it_is_accepted()
    {
        var call = new LayerCall("SimpleRNN", new Arg("units", ArgValue.Of(4L)), new Arg("returnState", ArgValue.False),
            new Arg("input", ArgValue.Ints(2, 3)));
        Assert.Equal(4 * (3 + 4 + 1), SequentialModel.FromCalls(new[] { call }).Nodes[0].Output!.Params);
    }

    [Fact]
    public void Stateful_needs_a_batch_size_which_input_does_not_give()
    {
        var e = Refused("KD0007", "lstm", () => Sequential().LSTM(4, stateful: true, input: (2, 3)));
        Assert.Contains("batch size", e.Message);
        Assert.Equal("stateful", e.Argument);
    }

    [Fact]
    public void Unroll_with_unknown_timesteps_builds_in_Keras_3() =>
        // Keras 3 builds through compute_output_shape; only RNN.call (run on data) needs the time dim.
        Last(Sequential().SimpleRNN(3, unroll: true, goBackwards: true, input: (null, 2)), "(None, 3)", 3 * (2 + 3 + 1));

    [Fact]
    public void Zero_timesteps_are_accepted_with_a_warning()
    {
        // tfjs-30 and tfjs-180: TensorFlow.js gives (None, 0, units).
        var m = Sequential().SimpleRNN(19, returnSequences: true, input: (0, 5));
        Last(m, "(None, 0, 19)", 19 * (5 + 19 + 1));
        Assert.Contains(m.Warnings, w => w.Id == "KD0009" && w.LayerName == "simple_rnn");
    }

    [Fact]
    public void Zero_features_give_an_empty_kernel() =>
        Last(Sequential().LSTM(2, input: (3, 0)), "(None, 2)", 4 * 2 * (0 + 2 + 1));

    [Fact]
    public void Trainable_false_moves_the_cell_weights_to_non_trainable()
    {
        // tfjs-68: GRU(21, reset_after false, trainable false) on (21, 10): 3·21·(10 + 21 + 1) = 2016.
        var m = Sequential().GRU(21, returnSequences: true, resetAfter: false, trainable: false, input: (21, 10)).LSTM(2);
        Assert.Equal("(None, 21, 21)", m.Layers[0].OutputShape.ToString());
        Assert.Equal(2016, m.Layers[0].Params);
        Assert.Equal(2016, m.NonTrainableParams);
        Assert.Equal(4 * 2 * (21 + 2 + 1), m.TrainableParams);
    }

    [Fact]
    public void A_large_count_is_exact_and_an_impossible_one_is_refused()
    {
        // 4·u·(f + u + 1) with u = f = 2^20: 4·2^20·(2^21 + 1).
        Last(Sequential().LSTM(1 << 20, input: (1, 1 << 20)), "(None, 1048576)", 4L * (1 << 20) * ((2L << 20) + 1));
        Refused("KD0006", "lstm", () => Sequential().LSTM(int.MaxValue, input: (1, int.MaxValue)));
    }

    // ---- ConvLSTM: kernel (k..., in, 4f), recurrent_kernel (k..., f, 4f), bias (4f) (keras/src/layers/rnn/conv_lstm.py) ----

    [Fact]
    public void ConvLSTM2D_counts_its_three_convolution_weights()
    {
        // 3·3·3·32 + 3·3·8·32 + 32 = 864 + 2304 + 32 = 3200; 16 - 3 + 1 = 14.
        var m = Sequential().ConvLSTM2D(8, 3, input: (10, 16, 16, 3));
        Last(m, "(None, 14, 14, 8)", 3200);
        Assert.Equal("conv_lstm2d", m.Layers[0].Name);
    }

    [Fact]
    public void ConvLSTM2D_agrees_with_TensorFlow_js() =>
        // tfjs-15: filters 2, kernel (2, 2), one channel: 2·2·1·8 + 2·2·2·8 + 8 = 104.
        Last(Sequential().ConvLSTM2D(2, (2, 2), input: (3, 7, 12, 1)), "(None, 6, 11, 2)", 104);

    [Fact]
    public void ConvLSTM2D_returnSequences_keeps_time_and_unknown_time_passes() =>
        Last(Sequential().ConvLSTM2D(8, 3, returnSequences: true, input: (null, 16, 16, 3)), "(None, None, 14, 14, 8)", 3200);

    [Theory]
    [InlineData("same", 1, 1, "(None, 16, 16, 8)")]      // floor((16 - 1) / 1) + 1
    [InlineData("same", 2, 1, "(None, 8, 8, 8)")]        // floor(15 / 2) + 1
    [InlineData("valid", 2, 1, "(None, 7, 7, 8)")]       // floor((16 - 3) / 2) + 1
    [InlineData("valid", 1, 2, "(None, 12, 12, 8)")]     // 16 - 2·(3 - 1) - 1 + 1
    [InlineData("same", 1, 3, "(None, 16, 16, 8)")]
    public void ConvLSTM2D_padding_strides_and_dilation(string padding, int strides, int dilation, string shape) =>
        Last(Sequential().ConvLSTM2D(8, 3, strides: strides, padding: padding, dilationRate: dilation, input: (10, 16, 16, 3)), shape, 3200);

    [Fact]
    public void ConvLSTM2D_channels_first_reads_channels_after_time() =>
        Last(Sequential().ConvLSTM2D(8, 3, dataFormat: "channels_first", input: (10, 3, 16, 16)), "(None, 8, 14, 14)", 3200);

    [Fact]
    public void ConvLSTM1D_and_3D_count_like_2D()
    {
        // 3·2·16 + 3·4·16 + 16 = 304; 20 - 3 + 1 = 18.
        Last(Sequential().ConvLSTM1D(4, 3, input: (null, 20, 2)), "(None, 18, 4)", 304);
        // 8·1·8 + 8·2·8 + 8 = 200; 4 - 2 + 1 = 3.
        var m = Sequential().ConvLSTM3D(2, 2, returnSequences: true, input: (5, 4, 4, 4, 1));
        Last(m, "(None, 5, 3, 3, 3, 2)", 200);
        Assert.Equal("conv_lstm3d", m.Layers[0].Name);
    }

    [Fact]
    public void ConvLSTM2D_with_rectangular_kernel_and_strides() =>
        // kernel (1, 3) strides (1, 2): rows 16, cols floor((16 - 3) / 2) + 1 = 7; 1·3·3·16 + 1·3·4·16 + 16 = 352.
        Last(Sequential().ConvLSTM2D(4, (1, 3), strides: (1, 2), input: (2, 16, 16, 3)), "(None, 16, 7, 4)", 352);

    [Fact]
    public void ConvLSTM_output_smaller_than_zero_is_refused_and_zero_warned()
    {
        // floor((3 - 5) / 1) + 1 = -1.
        var e = Refused("KD0004", "conv_lstm2d", () => Sequential().ConvLSTM2D(2, 5, input: (4, 3, 3, 1)));
        Assert.Contains("padding: \"same\"", e.Message);
        // floor((3 - 4) / 1) + 1 = 0.
        var m = Sequential().ConvLSTM2D(2, 4, input: (4, 3, 3, 1));
        Last(m, "(None, 0, 0, 2)", 4 * 4 * 1 * 8 + 4 * 4 * 2 * 8 + 8);
        Assert.Contains(m.Warnings, w => w.Id == "KD0009");
    }

    [Fact]
    public void ConvLSTM_needs_known_spatial_dims_and_channels()
    {
        Assert.Contains("spatial dim 1", Refused("KD0007", "conv_lstm2d", () => Sequential().ConvLSTM2D(2, 3, input: (4, null, 8, 1))).Message);
        Assert.Contains("channel dim", Refused("KD0007", "conv_lstm2d", () => Sequential().ConvLSTM2D(2, 3, input: (4, 8, 8, null))).Message);
        Assert.Contains("channel dim", Refused("KD0007", "conv_lstm1d",
            () => Sequential().ConvLSTM1D(2, 3, dataFormat: "channels_first", input: (4, null, 8))).Message);
    }

    [Fact]
    public void ConvLSTM_argument_checks()
    {
        Assert.Equal("dilationRate", Refused("KD0002", "conv_lstm2d",
            () => Sequential().ConvLSTM2D(2, 3, strides: 2, dilationRate: 2, input: (4, 8, 8, 1))).Argument);
        Assert.Equal("padding", Refused("KD0003", "conv_lstm2d",
            () => Sequential().ConvLSTM2D(2, 3, padding: "causal", input: (4, 8, 8, 1))).Argument);
        Assert.Equal("strides", Refused("KD0002", "conv_lstm2d",
            () => Sequential().ConvLSTM2D(2, 3, strides: 0, input: (4, 8, 8, 1))).Argument);
        Assert.Equal("kernelSize", Refused("KD0002", "conv_lstm2d",
            () => Sequential().ConvLSTM2D(2, (3, 3, 3), input: (4, 8, 8, 1))).Argument);
        Assert.Equal("filters", Refused("KD0002", "conv_lstm2d",
            () => Sequential().ConvLSTM2D(-1, 3, input: (4, 8, 8, 1))).Argument);
        Assert.Equal("dataFormat", Refused("KD0003", "conv_lstm2d",
            () => Sequential().ConvLSTM2D(2, 3, dataFormat: "nhwc", input: (4, 8, 8, 1))).Argument);
        Assert.Equal("recurrentActivation", Refused("KD0003", "conv_lstm2d",
            () => Sequential().ConvLSTM2D(2, 3, recurrentActivation: "nope", input: (4, 8, 8, 1))).Argument);
    }

    [Fact]
    public void ConvLSTM_padding_is_case_insensitive_as_Keras_lowercases_it() =>
        Last(Sequential().ConvLSTM1D(1, 3, padding: "SAME", input: (2, 5, 1)), "(None, 5, 1)", 3 * 1 * 4 + 3 * 1 * 4 + 4);

    [Fact]
    public void ConvLSTM_rank_errors_say_the_layout()
    {
        var e = Refused("KD0001", "conv_lstm2d", () => Sequential().ConvLSTM2D(2, 3, input: (8, 8, 1)));
        Assert.Contains("rank 5 (batch, time, rows, cols, channels) but the input gives (None, 8, 8, 1) (rank 4)", e.Message);
        Assert.Contains("give the model's input a time axis, (time, rows, cols, channels): (null, 8, 8, 1)", e.Message);
    }
}
