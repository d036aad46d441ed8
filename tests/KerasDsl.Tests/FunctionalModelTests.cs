using KerasDsl.Core;
using static KerasDsl.Keras;

namespace KerasDsl.Tests;

/// <summary>The functional API on Core's graph: shapes, counts, names, order, refusals and the "Connected to" table.</summary>
public class FunctionalModelTests
{
    [Fact]
    public void A_shared_LSTM_encoder_counts_once_and_prints_both_connections()
    {
        // Keras's guide: two tweets (280 steps of 256), one LSTM(64) encoding both, concatenated, one sigmoid.
        var a = Input((280, 256));
        var b = Input((280, 256));
        var encoder = LSTM(64);
        var merged = Concatenate([encoder.Apply(a), encoder.Apply(b)]);
        var model = Model([a, b], merged.Dense(1, activation: "sigmoid"));

        Assert.Equal(4 * (64 * (256 + 64) + 64) + 129, model.TotalParams);
        var lstm = Assert.Single(model.Layers, r => r.ClassName == "LSTM");
        Assert.Equal(new[] { "input_layer[0][0]", "input_layer_1[0][0]" }, lstm.Connections);
        Assert.Equal(new[] { "lstm[0][0]", "lstm[1][0]" }, Assert.Single(model.Layers, r => r.ClassName == "Concatenate").Connections);
        Assert.Equal("(None, 64)", lstm.OutputShapeText);
    }

    [Fact]
    public void The_summary_is_Keras_2s_functional_table()
    {
        var a = Input(3);
        var b = Input(3);
        var model = Model([a, b], Add([a, b]).Dense(2));
        var expected = string.Join("\n",
            new string('_', 98),
            "Layer (type)                    Output Shape         Param #     Connected to                     ",
            new string('=', 98),
            "input_layer (InputLayer)        [(None, 3)]          0                                            ",
            new string('_', 98),
            "input_layer_1 (InputLayer)      [(None, 3)]          0                                            ",
            new string('_', 98),
            "add (Add)                       (None, 3)            0           input_layer[0][0]                ",
            "                                                                 input_layer_1[0][0]              ",
            new string('_', 98),
            "dense (Dense)                   (None, 2)            8           add[0][0]                        ",
            new string('=', 98),
            "Total params: 8",
            "Trainable params: 8",
            "Non-trainable params: 0",
            "");
        Assert.Equal(expected, model.Summary());
    }

    [Fact]
    public void A_plain_chain_prints_the_classic_table_with_its_input_row()
    {
        var x = Input(3);
        var model = Model(x, x.Dense(4).Dense(1));
        var summary = model.Summary();
        Assert.StartsWith(new string('_', 65) + "\n", summary);
        Assert.Contains("input_layer (InputLayer)     [(None, 3)]               0         \n", summary);
        Assert.Equal(21, model.TotalParams);
    }

    [Fact]
    public void Layers_are_ordered_by_depth_then_by_discovery_from_the_outputs()
    {
        // tfjs-fn-0's shape: two outputs, one straight from the input.
        var input = Input((10, 9));
        var conv = input.Conv1D(11, 3, padding: "causal").Activation("relu");
        var model = Model(input, conv.LSTM(5));
        var flat = Model([input], [input.Flatten(), conv.LSTM(5)]);
        Assert.Equal(new[] { "input_layer", "conv1d", "activation", "lstm" }, model.Layers.Select(r => r.Name));
        Assert.Equal(new[] { "InputLayer", "Conv1D", "Activation", "Flatten", "LSTM" }, flat.Layers.Select(r => r.ClassName));
        Assert.Equal(308 + 340, flat.TotalParams);
        Assert.Equal(new[] { "(None, 90)", "(None, 5)" }, flat.OutputShapes.Select(s => s.ToString()));
    }

    [Fact]
    public void Unnamed_layers_are_named_in_the_order_they_were_made()
    {
        var x = Input(4);
        var first = Dense(3);
        var second = Dense(2);
        var model = Model(x, first.Apply(second.Apply(x)));
        Assert.Equal(new[] { "input_layer", "dense_1", "dense" }, model.Layers.Select(r => r.Name));
    }

    [Fact]
    public void Residual_block_adds_shapes_and_counts_batch_normalization_as_non_trainable()
    {
        var input = Input((8, 8, 16));
        var x = input.Conv2D(16, (3, 3), padding: "same").BatchNormalization().Activation("relu");
        var model = Model(input, Add([x, input]).Activation("relu"));
        Assert.Equal("(None, 8, 8, 16)", model.OutputShape.ToString());
        Assert.Equal(3 * 3 * 16 * 16 + 16 + 4 * 16, model.TotalParams);
        Assert.Equal(32, model.NonTrainableParams);
        Assert.Contains("add (Add)", model.Summary());
    }

    [Fact]
    public void A_shared_layer_applied_to_another_feature_size_is_refused()
    {
        var shared = Dense(4);
        shared.Apply(Input(3));
        var e = Assert.Throws<KerasModelException>(() => shared.Apply(Input(5)));
        Assert.Equal("KD0008", e.Id);
        Assert.Contains("built for input (None, 3)", e.Message);
        Assert.Contains("(None, 5)", e.Message);
    }

    [Fact]
    public void Merges_refuse_incompatible_shapes_with_both()
    {
        var e = Assert.Throws<KerasModelException>(() => Add([Input(3), Input(4)]));
        Assert.Equal("KD0008", e.Id);
        Assert.Contains("(None, 3) and (None, 4)", e.Message);
        Assert.Equal("(None, 5, 3)", Multiply([Input((5, 3)), Input((1, 3))]).Shape.ToString());
        Assert.Equal("(None, 5, 3)", Add([Input((5, 3)), Input(3)]).Shape.ToString());
        Assert.Equal("KD0008", Assert.Throws<KerasModelException>(() => Subtract([Input(3), Input(3), Input(3)])).Id);
        var c = Assert.Throws<KerasModelException>(() => Concatenate([Input((4, 3)), Input((5, 3))]));
        Assert.Contains("(None, 4, 3)", c.Message);
        Assert.Equal("(None, 4, 7)", Concatenate([Input((4, 3)), Input((4, 4))]).Shape.ToString());
        Assert.Equal("(None, 9, 3)", Concatenate([Input((4, 3)), Input((5, 3))], axis: 1).Shape.ToString());
        Assert.Equal("(None, 1)", Dot([Input(3), Input(3)], axes: 1).Shape.ToString());
        Assert.Equal("(None, 4, 5)", Dot([Input((4, 3)), Input((5, 3))], axes: (2, 2)).Shape.ToString());
        Assert.Equal("KD0008", Assert.Throws<KerasModelException>(() => Dot([Input(3), Input(4)], axes: 1)).Id);
    }

    [Fact]
    public void Outputs_that_need_an_input_not_given_are_KD0017()
    {
        var a = Input(3);
        var b = Input(3);
        var y = Add([a, b]).Dense(1);
        var e = Assert.Throws<KerasModelException>(() => Model(a, y));
        Assert.Equal("KD0017", e.Id);
        var middle = a.Dense(2);
        Assert.Equal("KD0017", Assert.Throws<KerasModelException>(() => Model(middle, middle.Dense(1))).Id);
    }

    [Fact]
    public void A_nested_model_is_one_row_and_its_weights_count_once()
    {
        var inner = Sequential(name: "block").Dense(4, input: 3).Dense(2);
        var x = Input(3);
        var twice = Add([inner.Apply(x), inner.Apply(x)]);
        var model = Model(x, twice);
        Assert.Equal(16 + 10, model.TotalParams);
        var row = Assert.Single(model.Layers, r => r.Name == "block");
        Assert.Equal("Sequential", row.ClassName);
        Assert.Equal(26, row.Params);
        // tf.keras 2 gives a built model a node when it is made: its calls are nodes 1 and 2.
        Assert.Equal(new[] { "block[1][0]", "block[2][0]" }, Assert.Single(model.Layers, r => r.ClassName == "Add").Connections);

        var encoderInput = Input(3);
        var encoder = Model(encoderInput, encoderInput.Dense(4), name: "encoder", trainable: false);
        var outer = Input(3);
        var frozen = Model(outer, encoder.Apply(outer).Dense(1));
        Assert.Equal(16 + 5, frozen.TotalParams);
        Assert.Equal(16, frozen.NonTrainableParams);
    }

    [Fact]
    public void Duplicate_explicit_names_are_KD0005()
    {
        var x = Input(3);
        var e = Assert.Throws<KerasModelException>(() => Model(x, x.Dense(2, name: "d").Dense(2, name: "d")));
        Assert.Equal("KD0005", e.Id);
    }

    [Fact]
    public void Several_outputs_of_one_layer_are_indexed()
    {
        var x = Input((5, 3));
        var both = x.Bidirectional(LSTM(2, returnSequences: true), mergeMode: MergeMode.None);
        Assert.Equal(2, both.Count);
        var model = Model(x, Concatenate([both[0], both[1]]));
        Assert.Equal("(None, 5, 4)", model.OutputShape.ToString());
        Assert.Equal(new[] { "bidirectional[0][0]", "bidirectional[0][1]" }, Assert.Single(model.Layers, r => r.ClassName == "Concatenate").Connections);
    }

    [Fact]
    public void Null_layers_and_tensors_are_KD0002_not_a_crash()
    {
        Assert.Equal("KD0002", Assert.Throws<KerasModelException>(() => Sequential().Add((LayerSpec)null!)).Id);
        Assert.Equal("KD0002", Assert.Throws<KerasModelException>(() => Sequential().Add((Tensor)null!)).Id);
        Assert.Equal("KD0002", Assert.Throws<KerasModelException>(() => Sequential().Add((Sequential)null!)).Id);
        Assert.Equal("KD0002", Assert.Throws<KerasModelException>(() => Sequential().Add((Model)null!)).Id);
        Assert.Equal("KD0002", Assert.Throws<KerasModelException>(() => Dense(2).Apply(null!)).Id);
        Assert.Equal("KD0002", Assert.Throws<KerasModelException>(() => Add([Input(2), null!])).Id);
    }

    [Fact]
    public void Wrappers_nested_too_deep_are_refused()
    {
        LayerSpec layer = Dense(2);
        for (int i = 0; i < 100_000; i++) layer = TimeDistributed(layer);
        var e = Assert.Throws<KerasModelException>(() => Sequential().Add(layer, input: (3, 3)));
        Assert.Equal("KD0002", e.Id);
        Assert.Contains("nested 100001 deep", e.Message);
    }

    [Fact]
    public void Extending_an_older_model_branches_without_changing_the_newer_one()
    {
        var start = Sequential().Dense(4, input: 3);
        var a = start.Dense(2);
        var b = start.Dense(5).Dense(1);
        Assert.Equal(new[] { "dense", "dense_1" }, a.Layers.Select(r => r.Name));
        Assert.Equal(new[] { "dense", "dense_1", "dense_2" }, b.Layers.Select(r => r.Name));
        Assert.Equal(16 + 10, a.TotalParams);
        Assert.Equal(16 + 25 + 6, b.TotalParams);
        Assert.Single(start.Layers);
    }

    [Fact]
    public void A_refusal_names_the_layer_and_its_input_as_the_model_will()
    {
        var x = Input(3);
        var y = x.Dense(4).Dense(4);
        var e = Assert.Throws<KerasModelException>(() => y.LSTM(2));
        Assert.Equal("KD0001", e.Id);
        Assert.Equal("lstm", e.LayerName);
        Assert.Contains("but dense_1 gives (None, 4)", e.Message);
        var bad = Assert.Throws<KerasModelException>(() => y.Dense(0));
        Assert.Equal("dense_2", bad.LayerName);
        var merged = Assert.Throws<KerasModelException>(() => Add([x, y.Dense(5)]));
        Assert.Contains("input_layer and dense_2", merged.Message);
    }

    [Fact]
    public void A_zero_size_output_is_a_KD0009_warning_as_in_a_Sequential()
    {
        var x = Input((4, 3));
        var model = Model(x, x.Conv1D(2, 5, padding: "valid"));
        var warning = Assert.Single(model.Warnings);
        Assert.Equal("KD0009", warning.Id);
        Assert.Equal("conv1d", warning.LayerName);
        Assert.Equal(Sequential().Conv1D(2, 5, padding: "valid", input: (4, 3)).Warnings.Single().Detail, warning.Detail);
        Assert.Empty(Model(x, x.Dense(2)).Warnings);
    }

    [Fact]
    public void Calling_a_built_model_adds_no_node_to_its_layers()
    {
        // tf.keras 2 runs a called model's layers without adding nodes to them.
        var d = Dense(4);
        var i = Input(8);
        var inner = Model(i, d.Apply(i));
        var j = Input(8);
        var outer = Model(j, Add([inner.Apply(j), d.Apply(j)]));
        Assert.Equal(new[] { "functional[1][0]", "dense[1][0]" }, Assert.Single(outer.Layers, r => r.ClassName == "Add").Connections);

        var i2 = Input((null, 8));
        var m = Model(i2, i2.Dense(4));
        var k = Input((10, 8));
        var user = Model(k, m.Apply(k));
        Assert.Equal("(None, None, 4)", Assert.Single(m.Layers, r => r.ClassName == "Dense").OutputShapeText);
        // The nested model's own output (None, None, 4) and this call's (None, 10, 4) differ: Keras 2 prints "multiple".
        Assert.Equal("multiple", Assert.Single(user.Layers, r => r.ClassName == "Functional").OutputShapeText);
    }

    [Fact]
    public void Concatenate_keeps_the_first_inputs_dims_off_its_axis_as_Keras_3()
    {
        Assert.Equal("(None, None, 8)", Concatenate([Input((null, 4)), Input((10, 4))]).Shape.ToString());
    }

    [Fact]
    public void An_unnamed_model_around_an_unnamed_model_is_functional_1()
    {
        var i = Input(8);
        var inner = Model(i, i.Dense(4));
        var j = Input(8);
        var outer = Model(j, inner.Apply(j));
        Assert.Equal("functional", inner.Name);
        Assert.Equal("functional_1", outer.Name);
        Assert.Contains(outer.Layers, r => r.Name == "functional");
    }

    [Fact]
    public void Inputs_no_output_needs_keep_their_order()
    {
        var inputs = Enumerable.Range(0, 3).Select(n => Input(4, name: "in" + n)).ToArray();
        var x = inputs[0];
        for (int n = 0; n < 30; n++) x = x.Dense(4);
        var model = Model(inputs, x);
        var names = model.Layers.Select(r => r.Name).ToList();
        Assert.True(names.IndexOf("in1") < names.IndexOf("in2"), string.Join(", ", names));
        Assert.Equal(new[] { "in1", "in2", "dense_29" }, names.Skip(names.Count - 3));
    }

    [Fact]
    public void An_output_index_out_of_range_is_KD0002()
    {
        var e = Assert.Throws<KerasModelException>(() => Input(8)[3]);
        Assert.Equal("KD0002", e.Id);
        Assert.Equal("KD0002", Assert.Throws<KerasModelException>(() => Input(8)[-1]).Id);
    }

    [Fact]
    public void A_merge_layer_made_first_is_applied_later_as_Keras_does()
    {
        // ageron/handson-ml3, 10_neural_nets_with_keras.ipynb (the wide & deep model): every layer made first, then applied;
        // its printed summary: 1,256 params, 1,239 trainable, 17 non-trainable (Normalization's mean, variance and count).
        var normalizationLayer = Normalization();
        var hiddenLayer1 = Dense(30, activation: "relu");
        var hiddenLayer2 = Dense(30, activation: "relu");
        var concatLayer = Concatenate();
        var outputLayer = Dense(1);
        var input = Input(8);
        var normalized = normalizationLayer.Apply(input);
        var hidden1 = hiddenLayer1.Apply(normalized);
        var hidden2 = hiddenLayer2.Apply(hidden1);
        var concat = concatLayer.Apply(normalized, hidden2);
        var model = Model(input, outputLayer.Apply(concat));
        Assert.Equal((1256L, 1239L, 17L), (model.TotalParams, model.TrainableParams, model.NonTrainableParams));
        Assert.Equal("(None, 38)", concat.Shape.ToString());
        // The function form makes the same layer.
        Assert.Equal(model.TotalParams, Model(input, outputLayer.Apply(Concatenate([normalized, hidden2]))).TotalParams);
    }

    [Fact]
    public void A_refused_layer_is_named_in_its_advice_as_the_model_names_it()
    {
        // The second SimpleRNN is simple_rnn_1 in the model; its advice named it by its bare prefix before.
        var e = Assert.Throws<KerasModelException>(() => Input((null, 5)).SimpleRNN(8).SimpleRNN(4));
        Assert.StartsWith("simple_rnn_1 ", e.Message);
        Assert.Contains("simple_rnn gives (None, 8)", e.Message);
        Assert.Contains("give simple_rnn_1 a time axis first", e.Message);
    }
}
