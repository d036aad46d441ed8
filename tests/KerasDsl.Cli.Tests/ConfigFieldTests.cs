using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// Config fields: those Core reads and those known to be harmless are accepted; any other is a KD0018 refusal with
/// its JSON path, never silently dropped (Keras 3's Dense(4) with lora_rank 2 has 30 params, not 16: Core models
/// lora_rank for Dense, EinsumDense, Embedding and Conv1D/2D/3D).
/// </summary>
public class ConfigFieldTests
{
    /// <summary>Keras 3's dense.json (Input 3 → Dense 4 → Dense 2) with one more field in the first Dense's config.</summary>
    private static string Keras3DenseWith(string field, string value)
    {
        var root = JsonNodeOf(File.ReadAllText(Cli.Data("keras3", "dense.json")));
        root["config"]!["layers"]![1]!["config"]![field] = System.Text.Json.Nodes.JsonNode.Parse(value);
        return root.ToJsonString();
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;

    private static KerasModelException Refusal(string json)
    {
        var model = KerasJsonReader.ReadSequential(json);
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate().Summarize());
        Assert.Equal(Diagnostics.UnsupportedConfigFieldId, refusal.Id);
        return refusal;
    }

    private static string PathOfRefusal(string json)
    {
        var model = KerasJsonReader.ReadSequential(json);
        return model.PathOf(Assert.Throws<KerasModelException>(() => model.Evaluate()))!;
    }

    // ---- refused ----

    [Fact]
    public void An_unknown_field_is_refused_by_the_tool_with_its_path_and_status_1()
    {
        using var file = new TempJson(Keras3DenseWith("kernel_quantizer", "\"int4\""));
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal($"{file.Path}: error KD0018: dense has the config field kernel_quantizer = \"int4\", which kerasdsl does not know " +
            "for Dense: it may change the parameter count or the shapes, so kerasdsl refuses to count the model rather than risk a " +
            "wrong count. Remove the field if Keras does not need it. (at config.layers[1].config.kernel_quantizer)\n", run.Err);

        var json = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal(1, json.Code);
        using var document = JsonDocument.Parse(Assert.Single(json.OutLines));
        var error = document.RootElement.GetProperty("error");
        Assert.Equal("KD0018", error.GetProperty("id").GetString());
        Assert.Equal("dense", error.GetProperty("layer").GetString());
        Assert.Equal("config.layers[1].config.kernel_quantizer", error.GetProperty("path").GetString());
    }

    [Fact]
    public void Keras3s_lora_rank_on_Dense_is_counted_as_Keras_counts_it()
    {
        // Dense(4) over 3 features with lora_rank 2: kernel 12 (frozen), bias 4, lora_kernel_a 3x2, lora_kernel_b 2x4.
        using var file = new TempJson(Keras3DenseWith("lora_rank", "2"));
        var run = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        var root = document.RootElement;
        Assert.Equal(30, root.GetProperty("layers")[0].GetProperty("params").GetInt64());
        Assert.Equal(30 + 10, root.GetProperty("total").GetInt64());
        Assert.Equal(18, root.GetProperty("trainable").GetInt64());
        Assert.Equal(12 + 10, root.GetProperty("non_trainable").GetInt64());   // dense_1 is trainable: false
    }

    [Fact]
    public void Keras3s_Resizing_CenterCrop_Normalization_and_EinsumDense_are_read_with_their_get_config_fields()
    {
        // Data/keras3/preprocessing-einsum.json: Normalization adapted (mean, variance, count: 7 non-trainable) and given
        // (none); EinsumDense "...c,cd->...d" (3x8 + 8) and "abcd,cde->abe" with lora_rank 2 (28x8x4 frozen, 28x8x2 + 2x4).
        var run = Cli.Run("summary", "--format", "json", Path.Combine(Cli.Data("keras3"), "preprocessing-einsum.json"));
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        var layers = document.RootElement.GetProperty("layers").EnumerateArray()
            .Select(l => l.GetProperty("output_shape").GetRawText() + " " + l.GetProperty("params").GetInt64()).ToArray();
        Assert.Equal(new[] { "[null,32,32,3] 0", "[null,28,28,3] 0", "[null,28,28,3] 7", "[null,28,28,3] 0", "[null,28,28,8] 32", "[null,28,4] 1352" },
            layers);
        Assert.Equal(1391, document.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(488, document.RootElement.GetProperty("trainable").GetInt64());
    }

    [Fact]
    public void Keras3s_lora_rank_on_Embedding_is_counted_as_Keras_counts_it()
    {
        var summary = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 5]"), KerasJson.Layer("Embedding",
            "\"name\": \"embedding\", \"input_dim\": 10, \"output_dim\": 4, \"lora_rank\": 2, \"lora_alpha\": 2"))).Evaluate().Summarize();
        Assert.Equal(40 + 20 + 8, summary.TotalParams);
        Assert.Equal(28, summary.TrainableParams);
    }

    [Fact]
    public void Keras3s_lora_rank_on_Conv_is_counted_as_Keras_counts_it()
    {
        // base_conv.py enable_lora: Conv2D(2, 3) over 3 channels: kernel 3x3x3x2 (frozen), bias 2, lora_kernel_a 3x3x3x2, lora_kernel_b 2x2.
        var summary = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 8, 8, 3]"), KerasJson.Layer("Conv2D",
            "\"name\": \"conv2d\", \"filters\": 2, \"kernel_size\": 3, \"lora_rank\": 2"))).Evaluate().Summarize();
        Assert.Equal(54 + 2 + 54 + 4, summary.TotalParams);
        Assert.Equal(2 + 54 + 4, summary.TrainableParams);
    }

    [Fact]
    public void Lora_with_a_kernel_constraint_is_refused_as_Keras_refuses_it()
    {
        string json = Keras3DenseWith("lora_rank", "2").Replace("\"kernel_constraint\":null",
            "\"kernel_constraint\":{\"module\":\"keras.constraints\",\"class_name\":\"MaxNorm\",\"config\":{\"max_value\":2,\"axis\":0}}");
        Assert.Contains("MaxNorm", json);
        var model = KerasJsonReader.ReadSequential(json);
        var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate());
        Assert.Equal(Diagnostics.InvalidArgumentId, refusal.Id);
        Assert.Equal("dense has an invalid loraRank: expected no loraRank with a kernelConstraint (Keras: \"Lora is incompatible with kernel " +
            "constraints\"), found loraRank 2 and kernelConstraint 'MaxNorm'. Fix: remove kernelConstraint: or loraRank:.", refusal.Message);
        Assert.Equal("config.layers[1].config.lora_rank", model.PathOf(refusal));
    }

    [Theory]
    [InlineData("\"time_major\": true", "config.layers[1].config.time_major")]
    [InlineData("\"timeMajor\": true", "config.layers[1].config.timeMajor")]   // tfjs's TypeScript spelling is the same field
    [InlineData("\"num_constants\": 1", "config.layers[1].config.num_constants")]
    [InlineData("\"input_shape\": [5, 3]", "config.layers[1].config.input_shape")]   // no writer puts it in a config
    public void Fields_that_change_shapes_are_refused(string field, string path)
    {
        string json = KerasJson.Sequential(KerasJson.Input("[null, 5, 3]"), KerasJson.Layer("LSTM", "\"name\": \"lstm\", \"units\": 4, " + field));
        Refusal(json);
        Assert.Equal(path, PathOfRefusal(json));
    }

    [Fact]
    public void A_field_of_a_wrapped_layer_is_refused_at_its_nested_path_for_the_wrapper()
    {
        string json = KerasJson.Sequential(KerasJson.Input("[null, 5, 3]"), KerasJson.Layer("Bidirectional",
            "\"name\": \"bidirectional\", \"merge_mode\": \"concat\", \"layer\": " +
            KerasJson.Layer("GRU", "\"name\": \"gru\", \"units\": 4, \"time_major\": true")));
        var refusal = Refusal(json);
        Assert.Equal("bidirectional", refusal.LayerName);
        Assert.StartsWith("bidirectional has time_major = true, which kerasdsl does not model (it takes GRU's time_major only as false)",
            refusal.Message);
        Assert.Equal("config.layers[1].config.layer.config.time_major", PathOfRefusal(json));
    }

    [Theory]
    [InlineData("{\"module\": \"keras\", \"class_name\": \"QuantizedDTypePolicy\", \"config\": {\"name\": \"int8_from_float32\", \"source_name\": \"float32\"}, \"registered_name\": null}",
        "QuantizedDTypePolicy 'int8_from_float32'")]
    [InlineData("{\"class_name\": \"GPTQDTypePolicy\", \"config\": {\"name\": \"gptq/4/128_from_float32\"}}", "GPTQDTypePolicy 'gptq/4/128_from_float32'")]
    [InlineData("\"int8_from_float32\"", "\"int8_from_float32\"")]
    [InlineData("{\"class_name\": \"SomeFuturePolicy\"}", "SomeFuturePolicy")]
    public void A_quantized_dtype_policy_is_refused(string dtype, string described)
    {
        string json = Keras3DenseWith("dtype", dtype);
        Assert.Equal($"dense has the dtype policy {described}, which quantizes its weights: kerasdsl does not model quantization, " +
            "so kerasdsl refuses to count the model rather than risk a wrong count.", Refusal(json).Message);
        Assert.Equal("config.layers[1].config.dtype", PathOfRefusal(json));
    }

    [Theory]
    [InlineData("quantization_config", "{\"class_name\": \"Int8QuantizationConfig\", \"config\": {}}")]
    [InlineData("quantization_config", "\"int8\"")]
    public void A_field_harmless_only_at_one_value_is_refused_at_another(string field, string value) =>
        Refusal(Keras3DenseWith(field, value));

    [Theory]
    [InlineData("Conv2DTranspose", "\"filters\": 2, \"kernel_size\": 3, \"groups\": 2")]   // tf.keras 2.x writes groups: 1 only
    [InlineData("BatchNormalization", "\"virtual_batch_size\": 2")]
    [InlineData("SpatialDropout2D", "\"rate\": 0.5, \"noise_shape\": [null, 1, 1, 3]")]
    public void Other_classes_fields_are_refused_too(string className, string config) =>
        Refusal(KerasJson.Sequential(KerasJson.Input("[null, 8, 8, 3]"), KerasJson.Layer(className, config)));

    [Fact]
    public void The_refusal_wins_over_what_Core_would_say_of_the_layer()
    {
        // units -1 is KD0002 in Core, but with a field Core does not model, nothing Core says of the layer can be trusted.
        var refusal = Refusal(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Layer("Dense", "\"name\": \"d\", \"units\": -1, \"foo\": 1")));
        Assert.Equal("d", refusal.LayerName);
        Assert.StartsWith("d has the config field foo = 1", refusal.Message);
    }

    [Fact]
    public void The_first_field_refused_is_the_first_in_the_file()
    {
        string json = KerasJson.Sequential(KerasJson.Input("[null, 3]"),
            KerasJson.Layer("Dense", "\"units\": 2, \"foo\": 1"), KerasJson.Layer("Dense", "\"units\": 2, \"bar\": 1, \"baz\": 2"));
        Assert.Equal("config.layers[1].config.foo", PathOfRefusal(json));
        Assert.Equal(0, Refusal(json).LayerIndex);
    }

    [Fact]
    public void An_unknown_field_of_the_input_layer_is_refused_for_the_model()
    {
        string json = KerasJson.Sequential(KerasJson.Layer("InputLayer",
            "\"batch_shape\": [null, 3], \"name\": \"input_layer\", \"sparse\": false, \"input_tensor_spec\": 1"), KerasJson.Dense("dense", 4));
        var refusal = Refusal(json);
        Assert.Equal("input_layer", refusal.LayerName);
        Assert.Equal(-1, refusal.LayerIndex);
        Assert.Equal("config.layers[0].config.input_tensor_spec", PathOfRefusal(json));
    }

    [Fact]
    public void A_class_Core_does_not_know_is_refused_for_its_class_not_its_fields()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Layer("FancyDense", "\"units\": 2, \"fancy\": 1")));
        Assert.Equal(Diagnostics.UnknownLayerClassId, Assert.Throws<KerasModelException>(() => model.Evaluate()).Id);
    }

    // ---- accepted ----

    [Fact]
    public void Fields_that_cannot_change_a_count_are_accepted()
    {
        string json = KerasJson.Sequential(KerasJson.Layer("InputLayer",
                "\"batch_input_shape\": [null, 3], \"dtype\": \"float32\", \"sparse\": true, \"ragged\": false, \"name\": \"in\", \"optional\": false"),
            KerasJson.Layer("Dense", "\"name\": \"dense\", \"trainable\": true, \"units\": 4, \"activation\": \"relu\", \"use_bias\": true, " +
                "\"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"mixed_float16\"}, \"registered_name\": null}, " +
                "\"kernel_initializer\": {\"class_name\": \"GlorotUniform\", \"config\": {\"seed\": 7}}, \"bias_initializer\": \"zeros\", " +
                "\"kernel_regularizer\": {\"class_name\": \"L2\", \"config\": {\"l2\": 0.01}}, \"bias_regularizer\": null, " +
                "\"activity_regularizer\": {\"class_name\": \"L1\", \"config\": {\"l1\": 0.01}}, " +
                "\"kernel_constraint\": {\"class_name\": \"MaxNorm\", \"config\": {\"max_value\": 2}}, \"bias_constraint\": null, " +
                "\"lora_rank\": null, \"lora_alpha\": null, \"quantization_config\": null"),
            KerasJson.Layer("Dense", "\"name\": \"dense_1\", \"units\": 2, \"dtype\": {\"class_name\": \"Policy\", \"config\": {\"name\": \"mixed_float16\"}}, \"lora_rank\": 0"));
        var summary = KerasJsonReader.ReadSequential(json).Evaluate().Summarize();
        Assert.Equal(16 + 10, summary.TotalParams);
    }

    [Fact]
    public void Tf_keras_2s_recurrent_fields_are_accepted_at_their_harmless_values()
    {
        string json = KerasJson.Sequential(KerasJson.Input("[null, 5, 3]"), KerasJson.Layer("LSTM",
            "\"name\": \"lstm\", \"units\": 4, \"return_sequences\": false, \"return_state\": false, \"go_backwards\": false, " +
            "\"stateful\": false, \"unroll\": false, \"time_major\": false, \"activation\": \"tanh\", \"recurrent_activation\": \"sigmoid\", " +
            "\"use_bias\": true, \"unit_forget_bias\": true, \"dropout\": 0.1, \"recurrent_dropout\": 0.0, \"implementation\": 2, " +
            "\"zero_output_for_mask\": true, \"seed\": 3, \"recurrent_initializer\": {\"class_name\": \"Orthogonal\", \"config\": {}}"));
        Assert.Equal(4 * (4 * (4 + 3) + 4), KerasJsonReader.ReadSequential(json).Evaluate().Summarize().TotalParams);
    }

    [Fact]
    public void The_keras3_and_seed_files_are_accepted_as_they_are()
    {
        foreach (var file in Directory.GetFiles(Cli.Data("keras3")).Concat(Directory.GetFiles(Cli.Data("seed"))))
            Assert.Equal(0, Cli.Run("summary", file).Code);
    }

    // ---- the table ----

    [Fact]
    public void The_table_has_every_class_Core_knows_and_InputLayer()
    {
        var expected = LayerCatalog.All.Select(t => t.ClassName).Union(new[] { "InputLayer" }).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(expected, KerasConfigFields.Classes.OrderBy(n => n, StringComparer.Ordinal));
    }

    /// <summary>The arguments a class cannot be made without, so that each field's own check is reached.</summary>
    private static Arg[] RequiredArgs(string className)
    {
        static Arg A(string name, ArgValue value) => new(name, value);
        var two = ArgValue.Of(2L);
        var one = ArgValue.Of(1L);
        return className switch
        {
            "Dense" or "SimpleRNN" or "LSTM" or "GRU" => new[] { A("units", two) },
            "Embedding" => new[] { A("inputDim", two), A("outputDim", two) },
            _ when className.StartsWith("DepthwiseConv", StringComparison.Ordinal) => new[] { A("kernelSize", one) },
            _ when className.StartsWith("Conv", StringComparison.Ordinal) || className.StartsWith("SeparableConv", StringComparison.Ordinal) =>
                new[] { A("filters", two), A("kernelSize", one) },
            "Bidirectional" => new[] { A("layer", ArgValue.Of(new LayerCall("LSTM", A("units", two)))) },
            "TimeDistributed" => new[] { A("layer", ArgValue.Of(new LayerCall("Dense", A("units", two)))) },
            "Dropout" or "GaussianDropout" or "SpatialDropout1D" or "SpatialDropout2D" or "SpatialDropout3D" => new[] { A("rate", ArgValue.Of(0.5)) },
            "GaussianNoise" => new[] { A("stddev", ArgValue.Of(0.5)) },
            "Reshape" => new[] { A("targetShape", ArgValue.Ints(2)) },
            "Permute" => new[] { A("dims", ArgValue.Ints(1)) },
            "RepeatVector" => new[] { A("n", two) },
            "Rescaling" => new[] { A("scale", ArgValue.Of(0.5)) },
            "Dot" => new[] { A("axes", one) },
            "Resizing" or "CenterCrop" => new[] { A("height", two), A("width", two) },
            "Normalization" => new[] { A("mean", ArgValue.Of(0.5)), A("variance", ArgValue.Of(0.5)) },
            "MultiHeadAttention" => new[] { A("numHeads", two), A("keyDim", two) },
            "EinsumDense" => new[] { A("equation", ArgValue.Of("ab,bc->ac")), A("outputShape", two) },
            "RandomRotation" or "RandomContrast" or "RandomBrightness" => new[] { A("factor", ArgValue.Of(0.1)) },
            "RandomZoom" => new[] { A("heightFactor", ArgValue.Of(0.1)) },
            "RandomTranslation" => new[] { A("heightFactor", ArgValue.Of(0.1)), A("widthFactor", ArgValue.Of(0.1)) },
            "RandomCrop" => new[] { A("height", two), A("width", two) },
            "CategoryEncoding" => new[] { A("numTokens", two) },
            "Hashing" => new[] { A("numBins", two) },
            "Discretization" => new[] { A("binBoundaries", ArgValue.Tuple(ArgValue.Of(0.5))) },
            "Lambda" => new[] { A("outputShape", two) },
            _ when className.StartsWith("AveragePooling", StringComparison.Ordinal) => new[] { A("poolSize", one) },
            _ => Array.Empty<Arg>(),
        };
    }

    public static TheoryData<string, string> ReadFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var className in KerasConfigFields.Classes.Where(c => c != "InputLayer").OrderBy(c => c, StringComparer.Ordinal))
            foreach (var field in KerasConfigFields.ReadFields(className))
                data.Add(className, field);
        return data;
    }

    /// <summary>
    /// Holds the table to Core: a field listed as read must be one Core reads, which a value of the wrong kind shows
    /// (Core refuses it, naming the argument). A field listed there that Core ignored would be dropped again.
    /// </summary>
    [Theory]
    [MemberData(nameof(ReadFields))]
    public void Every_field_listed_as_read_is_read_by_Core(string className, string field)
    {
        var bogus = field is "layer" or "backwardLayer" ? ArgValue.Of("not a layer") : ArgValue.Of(new LayerCall("NotAValue"));
        var args = RequiredArgs(className).Where(a => a.Name != field).Append(new Arg(field, bogus)).ToArray();
        var call = new LayerCall(className, args);
        var error = Assert.Throws<KerasModelException>(() =>
            SequentialModel.Empty().Add(new LayerCall(className, args.Append(new Arg(SequentialModel.InputArg, ArgValue.Ints(4, 4, 4, 4, 3))).ToArray())));
        Assert.True(error.Argument == field, $"{call}: expected a refusal of {field}, got {error.Id} on {error.Argument ?? "no argument"}: {error.Message}");
    }
}
