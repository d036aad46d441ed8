using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>The reader: Keras JSON (tf.keras 2.x, Keras 3, TensorFlow.js) → Core's layer calls, and JSON paths of refusals.</summary>
public class KerasJsonReaderTests
{
    private static ArgValue Arg(LayerCall call, string name) =>
        call.Find(name) ?? throw new Xunit.Sdk.XunitException($"{call.ClassName} has no argument {name}: {call}");

    [Fact]
    public void A_keras2_layer_becomes_a_call_with_camel_case_arguments()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Small);
        Assert.Equal("sequential", model.Name);
        Assert.Equal(2, model.Calls.Count);   // the InputLayer is not a layer of the summary
        var dense = model.Calls[0];
        Assert.Equal("Dense", dense.ClassName);
        Assert.Equal(ArgValue.Ints(3), Arg(dense, "input"));
        Assert.Equal(ArgValue.Of(4L), Arg(dense, "units"));
        Assert.Equal(ArgValue.Of("relu"), Arg(dense, "activation"));
        Assert.Equal(ArgValue.True, Arg(dense, "useBias"));
        Assert.Equal(ArgValue.Of("dense"), Arg(dense, "name"));
        Assert.Equal(ArgValue.Null, Arg(dense, "kernelRegularizer"));
        Assert.Null(dense.Find("kernelInitializer"));   // objects other than layers are left out
        Assert.Null(dense.Find("input_shape"));
        Assert.Equal(ArgValue.False, Arg(model.Calls[1], "trainable"));
        Assert.Null(model.Calls[1].Find("input"));
    }

    [Fact]
    public void Numbers_lists_null_and_bools_keep_their_kinds()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Layer("Thing",
            "\"batch_input_shape\": [null, 4, null], \"an_int\": 3, \"a_float\": 0.5, \"a_whole_float\": 1.0, \"an_exponent\": 1e-3, " +
            "\"a_list\": [1, [2, 3], null, \"same\"], \"nothing\": null, \"flag\": false, \"big\": 123456789012")));
        var call = Assert.Single(model.Calls);
        Assert.Equal(ArgValue.Ints(4, null), Arg(call, "input"));
        Assert.Equal(ArgValue.Of(3L), Arg(call, "anInt"));
        Assert.Equal(ArgValue.Of(0.5), Arg(call, "aFloat"));
        Assert.Equal(ArgKind.Float, Arg(call, "aWholeFloat").Kind);
        Assert.Equal(ArgValue.Of(0.001), Arg(call, "anExponent"));
        Assert.Equal(ArgValue.Tuple(ArgValue.Of(1L), ArgValue.Ints(2, 3), ArgValue.Null, ArgValue.Of("same")), Arg(call, "aList"));
        Assert.Equal(ArgValue.Null, Arg(call, "nothing"));
        Assert.Equal(ArgValue.False, Arg(call, "flag"));
        Assert.Equal(ArgValue.Of(123456789012L), Arg(call, "big"));
    }

    [Fact]
    public void A_wrappers_nested_layer_becomes_its_layer_argument()
    {
        var model = KerasJsonReader.ReadSequential(File.ReadAllText(Cli.Data("seed", "6-bidirectional.json")));
        Assert.Equal(4, model.Calls.Count);
        var first = model.Calls[0];
        Assert.Equal("Bidirectional", first.ClassName);
        Assert.Equal(ArgValue.Ints(null, 5), Arg(first, "input"));
        Assert.Equal(ArgValue.Of("concat"), Arg(first, "mergeMode"));
        var lstm = Arg(first, "layer").Layer!;
        Assert.Equal("LSTM", lstm.ClassName);
        Assert.Equal(ArgValue.Of(64L), Arg(lstm, "units"));
        Assert.Equal(ArgValue.True, Arg(lstm, "returnSequences"));
        Assert.Null(lstm.Find("input"));
        Assert.Equal(ArgValue.False, Arg(Arg(model.Calls[2], "layer").Layer!, "resetAfter"));
    }

    [Fact]
    public void Keras3_json_is_read_through_its_module_wrappers_dtype_policies_and_batch_shape()
    {
        var model = KerasJsonReader.ReadSequential(File.ReadAllText(Cli.Data("keras3", "bidirectional.json")));
        Assert.Equal("sequential_1", model.Name);
        var bidirectional = Assert.Single(model.Calls);
        Assert.Equal(ArgValue.Ints(null, 5), Arg(bidirectional, "input"));
        Assert.Null(bidirectional.Find("dtype"));   // a DTypePolicy object
        Assert.Equal("LSTM", Arg(bidirectional, "layer").Layer!.ClassName);
        var backward = Arg(bidirectional, "backwardLayer").Layer!;
        Assert.Equal(ArgValue.True, Arg(backward, "goBackwards"));
        Assert.Equal(ArgValue.Of(8L), Arg(backward, "units"));
    }

    [Fact]
    public void Keras3_json_with_only_build_input_shape_uses_it()
    {
        var model = KerasJsonReader.ReadSequential(
            "{\"module\": \"keras\", \"class_name\": \"Sequential\", \"config\": {\"name\": \"s\", \"layers\": [" +
            KerasJson.Dense("dense", 4) + "], \"build_input_shape\": [null, 7]}, \"registered_name\": null}");
        Assert.Equal(ArgValue.Ints(7), Arg(model.Calls[0], "input"));
        Assert.Equal(32, model.Evaluate().Summarize().TotalParams);   // (7 + 1) * 4
    }

    [Fact]
    public void A_first_layer_without_input_shape_leaves_the_model_unbuilt()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Dense("dense", 4)));
        Assert.Null(model.Calls[0].Find("input"));
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate().Summarize());
        Assert.Equal(Diagnostics.MissingInputShapeId, refusal.Id);
    }

    [Fact]
    public void The_input_layers_shape_wins_over_the_first_layers_copy()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 2]"),
            KerasJson.Layer("Dense", "\"units\": 1, \"batch_input_shape\": [null, 9]")));
        Assert.Equal(ArgValue.Ints(2), Arg(model.Calls[0], "input"));
    }

    [Fact]
    public void Keras_2_0s_bare_list_of_layers_is_read()
    {
        var model = KerasJsonReader.ReadSequential("{\"class_name\": \"Sequential\", \"config\": [" +
            KerasJson.Layer("Dense", "\"name\": \"dense_1\", \"units\": 2, \"batch_input_shape\": [null, 3]") + "]}");
        Assert.Equal("sequential", model.Name);
        Assert.Equal(8, model.Evaluate().Summarize().TotalParams);
    }

    [Fact]
    public void A_tfjs_model_json_artifact_is_read_from_its_model_topology()
    {
        var model = KerasJsonReader.ReadSequential("{\"format\": \"layers-model\", \"generatedBy\": \"TensorFlow.js tfjs-layers v4.22.0\", " +
            "\"modelTopology\": " + KerasJson.Small + ", \"weightsManifest\": []}");
        Assert.Equal(41, model.Evaluate().Summarize().TotalParams);
        Assert.Equal("modelTopology.config.layers", model.LayersPath);
    }

    [Fact]
    public void LeakyReLUs_alpha_is_Keras_3s_negative_slope_and_ELUs_alpha_stays()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(
            KerasJson.Layer("LeakyReLU", "\"alpha\": 0.3, \"batch_input_shape\": [null, 3]"),
            KerasJson.Layer("ELU", "\"alpha\": 1")));
        Assert.Equal(ArgValue.Of(0.3), Arg(model.Calls[0], "negativeSlope"));
        Assert.Null(model.Calls[0].Find("alpha"));
        Assert.Equal(ArgValue.Of(1L), Arg(model.Calls[1], "alpha"));
    }

    [Fact]
    public void A_tfjs_config_in_its_typescript_form_gets_keras_spellings_but_keeps_its_name()
    {
        // What tfjs's layer.getConfig() returns before toJSON's convertTsToPythonic.
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 5, 3]"), KerasJson.Layer("LSTM",
            "\"name\": \"lstm_LSTM3\", \"units\": 4, \"recurrentActivation\": \"hardSigmoid\", " +
            "\"returnSequences\": false, \"kernelInitializer\": {\"className\": \"VarianceScaling\", \"config\": {\"mode\": \"fanAvg\"}}"),
            KerasJson.Layer("Flatten", "\"name\": \"flatten_Flatten4\", \"dataFormat\": \"channelsLast\"")));
        var lstm = model.Calls[0];
        Assert.Equal(ArgValue.Of("hard_sigmoid"), Arg(lstm, "recurrentActivation"));
        Assert.Equal(ArgValue.Of("channels_last"), Arg(model.Calls[1], "dataFormat"));
        Assert.Equal(ArgValue.Of("lstm_LSTM3"), Arg(lstm, "name"));
        Assert.Equal(ArgValue.False, Arg(lstm, "returnSequences"));
    }

    [Fact]
    public void TensorFlow_js_gelu_new_is_read_as_Keras_gelu_which_has_the_same_shapes()
    {
        // tfjs-layers 4.22 serializes its GeluNew activation as 'gelu_new' (dist/activations.js); Keras 3 has no such
        // name, and Core accepts Keras 3's names only, so the reader maps it.
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 3]"),
            KerasJson.Layer("Dense", "\"name\": \"dense\", \"units\": 4, \"activation\": \"gelu_new\""),
            KerasJson.Layer("LSTM", "\"name\": \"lstm\", \"units\": 2, \"recurrent_activation\": \"gelu_new\"")));
        Assert.Equal(ArgValue.Of("gelu"), Arg(model.Calls[0], "activation"));
        Assert.Equal(ArgValue.Of("gelu"), Arg(model.Calls[1], "recurrentActivation"));
    }

    [Fact]
    public void Strings_of_a_python_config_are_kept_as_written()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Layer("Dense",
            "\"name\": \"myDense\", \"units\": 1, \"activation\": \"hardSigmoid\", \"batch_input_shape\": [null, 3]")));
        Assert.Equal(ArgValue.Of("hardSigmoid"), Arg(model.Calls[0], "activation"));
        // ... so Core refuses the misspelt activation, and the refusal names its field.
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.UnknownOptionId, refusal.Id);
        Assert.Equal("config.layers[0].config.activation", model.PathOf(refusal));
    }

    // ---- refusals mapped back to JSON paths ----

    [Fact]
    public void A_bad_field_is_named_by_its_json_path()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("dense", 4),
            KerasJson.Dense("dense_1", 4), KerasJson.Dense("dense_2", 0)));
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.InvalidArgumentId, refusal.Id);
        Assert.Equal("dense_2", refusal.LayerName);
        Assert.Equal("config.layers[3].config.units", model.PathOf(refusal));
    }

    [Fact]
    public void A_bad_input_shape_is_named_by_the_field_it_came_from()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, -3]"), KerasJson.Dense("dense", 4)));
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.InvalidArgumentId, refusal.Id);
        Assert.Equal("config.layers[0].config.batch_input_shape", model.PathOf(refusal));

        var keras3 = KerasJsonReader.ReadSequential(KerasJson.Sequential(
            KerasJson.Layer("InputLayer", "\"batch_shape\": [null, \"three\"], \"name\": \"input_layer\""), KerasJson.Dense("dense", 4)));
        Assert.Equal("config.layers[0].config.batch_shape", keras3.PathOf(Assert.Throws<KerasModelException>(() => keras3.Evaluate())));
    }

    [Fact]
    public void A_duplicate_name_is_named_by_its_name_field()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("dense", 4), KerasJson.Dense("dense", 4)));
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.DuplicateLayerNameId, refusal.Id);
        Assert.Equal("config.layers[2].config.name", model.PathOf(refusal));
    }

    [Fact]
    public void A_shape_error_is_named_by_its_layer()
    {
        // Flatten of an unknown dim, then Dense: its kernel size cannot be known (KD0007).
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, null, 3]"),
            KerasJson.Layer("Flatten", "\"name\": \"flatten\""), KerasJson.Dense("dense", 4)));
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.UndefinedDimId, refusal.Id);
        Assert.Equal("config.layers[2]", model.PathOf(refusal));
    }

    [Fact]
    public void An_unknown_class_is_refused_with_its_index_and_class_name_path()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("dense", 4),
            KerasJson.Layer("Dense2", "\"units\": 4")));
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.UnknownLayerClassId, refusal.Id);
        Assert.Equal(1, refusal.LayerIndex);
        Assert.Equal("config.layers[2].class_name", model.PathOf(refusal));
    }

    [Fact]
    public void A_bad_field_of_a_wrapped_layer_is_named_by_its_nested_path()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 7, 3]"),
            KerasJson.Layer("Bidirectional", "\"name\": \"bidirectional\", \"merge_mode\": \"concat\", " +
                "\"layer\": " + KerasJson.Layer("LSTM", "\"name\": \"lstm\", \"units\": -2, \"return_sequences\": false"))));
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.InvalidArgumentId, refusal.Id);
        Assert.Equal("bidirectional", refusal.LayerName);
        Assert.Equal("config.layers[1].config.layer.config.units", model.PathOf(refusal));
    }

    [Fact]
    public void An_unknown_wrapped_class_is_named_by_its_nested_path()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 7, 3]"),
            KerasJson.Layer("TimeDistributed", "\"name\": \"td\", \"layer\": " + KerasJson.Layer("Dense3", "\"units\": 2"))));
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.UnknownLayerClassId, refusal.Id);
        Assert.Equal("config.layers[1].config.layer.class_name", model.PathOf(refusal));
    }

    [Theory]
    // GRU(4) over 3 features: 3 * (4 * (4 + 3) + 2 * 4) = 108 with reset_after (Keras's default, also when the
    // field is absent, as tf.keras 2.x before 2.0 and hand-written JSON leave it out); 3 * (4 * (4 + 3) + 4) = 96
    // without, as TensorFlow.js always writes it.
    [InlineData("", 108)]
    [InlineData(", \"reset_after\": true", 108)]
    [InlineData(", \"reset_after\": false", 96)]
    public void GRU_reset_after_is_passed_as_written_and_Core_applies_Kerass_default(string field, long expected)
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 5, 3]"),
            KerasJson.Layer("GRU", "\"name\": \"gru\", \"units\": 4" + field)));
        Assert.Equal(expected, model.Evaluate().Summarize().TotalParams);
    }

    [Fact]
    public void Trainable_false_on_a_wrapper_makes_its_inner_weights_non_trainable()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 7, 3]"),
            KerasJson.Layer("TimeDistributed", "\"name\": \"td\", \"trainable\": false, \"layer\": " + KerasJson.Dense("dense", 2))));
        var summary = model.Evaluate().Summarize();
        Assert.Equal(8, summary.TotalParams);   // (3 + 1) * 2
        Assert.Equal(0, summary.TrainableParams);
    }

    // ---- JSON that is not a Keras model ----

    [Theory]
    [InlineData("{\"class_name\": \"Functional\", \"config\": {}}", "config.layers", "expected the list of layers")]
    [InlineData("{\"class_name\": \"Model\", \"config\": {\"layers\": []}}", "config.input_layers", "expected the model's inputs")]
    [InlineData("{\"class_name\": \"Dense\", \"config\": {}}", "class_name", "'Dense' is not a Keras model class")]
    [InlineData("[1, 2]", "", "expected a Keras model")]
    [InlineData("{\"config\": {}}", "", "expected a Keras model")]
    [InlineData("{\"class_name\": \"Sequential\"}", "config", "missing")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": 3}}", "config.layers", "expected the list of layers, found 3")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [3]}}", "config.layers[0]", "expected a layer")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"config\": {}}]}}", "config.layers[0].class_name", "expected the layer's class name")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"Dense\"}]}}", "config.layers[0].config", "expected the layer's config")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"InputLayer\", \"config\": {}}]}}", "config.layers[0].config", "an InputLayer without")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"Dense\", \"config\": {\"batch_input_shape\": 3}}]}}", "config.layers[0].config.batch_input_shape", "expected a shape")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"Dense\", \"config\": {\"units\": 1e999}}]}}", "config.layers[0].config.units", "out of range")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"Conv2D\", \"config\": {\"kernel_size\": 3, \"kernelSize\": 3}}]}}", "config.layers[0].config.kernelSize", "repeats config.layers[0].config.kernel_size")]
    [InlineData("{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"Bidirectional\", \"config\": {\"layer\": {\"class_name\": 5}}}]}}", "config.layers[0].config.layer.class_name", "expected the layer's class name")]
    public void Json_that_is_not_a_keras_model_is_an_error_naming_its_path(string json, string path, string message)
    {
        var error = Assert.Throws<KerasJsonException>(() => KerasJsonReader.ReadSequential(json));
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Detail);
        Assert.Equal(path.Length == 0 ? error.Detail : path + ": " + error.Detail, error.Message);
    }
}
