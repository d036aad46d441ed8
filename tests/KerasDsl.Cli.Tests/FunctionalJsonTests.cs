using System.Text.Json;
using System.Text.Json.Nodes;
using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// Functional models read from JSON (Data/functional: tf.keras 2.x, Keras 3 and tfjs forms): each prints its
/// <c>.summary.txt</c>, which tests/KerasDsl.Tests (FunctionalJsonParityTests) requires the same model built through the
/// C# API to print (this project cannot reference the API's assembly: KerasDsl and kerasdsl are one assembly name); node
/// indices resolve to the right application, and what cannot be read is refused with its JSON path.
/// </summary>
public class FunctionalJsonTests
{
    private static string File(string name) => Cli.Data("functional", name);

    /// <summary>The tool's classic output for a file is its .summary.txt, the C# API's summary of the same model.</summary>
    private static void PrintsItsSummary(string name)
    {
        var run = Cli.Run("summary", File(name + ".json"));
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Code);
        Assert.Equal(System.IO.File.ReadAllText(File(name + ".summary.txt")), run.Out);
    }

    private static JsonElement JsonOf(string file)
    {
        var run = Cli.Run("summary", "--format", "json", file);
        Assert.Equal(0, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        return document.RootElement.Clone();
    }

    // ---- the same model as the C# API builds ----

    [Theory]
    [InlineData("tfkeras2-shared-lstm")]      // a shared LSTM over two inputs
    [InlineData("tfkeras2-shared-depths")]    // a(b(a(b(x)))) with a listed before b: nodes applied as their inputs exist
    [InlineData("tfkeras2-nested")]           // a shared nested Functional (encoder[1], encoder[2]) and a nested Sequential (head[1])
    [InlineData("keras3-residual")]           // Keras 3's form: __keras_tensor__ arguments, a merge's list, module and build_config
    [InlineData("keras3-nested")]             // Keras 3's nested Functional: encoder[0] in inbound_nodes, encoder[1] in output_layers
    [InlineData("tfkeras2-seq2seq")]          // keras.io's lstm_seq2seq in tf.keras 2's form: return_state, and the states as initial_state
    public void A_functional_model_prints_as_the_same_model_built_through_the_C_sharp_API(string name) => PrintsItsSummary(name);

    [Fact]
    public void Nested_models_count_once_and_a_frozen_one_is_non_trainable()
    {
        var json = JsonOf(File("tfkeras2-nested.json"));
        Assert.Equal("[[null,2],[null,4]]", json.GetProperty("outputs").GetRawText());
        Assert.Equal(172 + 10, json.GetProperty("total").GetInt64());
        Assert.Equal(136, JsonOf(File("keras3-nested.json")).GetProperty("non_trainable").GetInt64());   // trainable: false
    }

    [Fact]
    public void A_Sequential_nested_in_Keras_3s_form_is_applied_from_its_node_0()
    {
        // Keras 3's Sequential is not a Functional: no construction node, its first application is node 0 everywhere.
        var sequential = JsonNode.Parse(System.IO.File.ReadAllText(Cli.Data("keras3", "dense.json")))!;   // Input 3 → Dense 4 → Dense 2 (frozen)
        sequential["name"] = "sequential";
        sequential["inbound_nodes"] = JsonNode.Parse("[{\"args\": [{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 3], " +
            "\"dtype\": \"float32\", \"keras_history\": [\"input_layer\", 0, 0]}}], \"kwargs\": {}}]");
        var model = new JsonObject
        {
            ["module"] = "keras", ["class_name"] = "Functional", ["registered_name"] = "Functional",
            ["config"] = new JsonObject
            {
                ["name"] = "outer", ["trainable"] = true,
                ["layers"] = new JsonArray(JsonNode.Parse("{\"module\": \"keras.layers\", \"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 3], " +
                    "\"dtype\": \"float32\", \"sparse\": false, \"name\": \"input_layer\"}, \"registered_name\": null, \"name\": \"input_layer\", \"inbound_nodes\": []}"), sequential),
                ["input_layers"] = JsonNode.Parse("[\"input_layer\", 0, 0]"),
                ["output_layers"] = JsonNode.Parse("[\"sequential\", 0, 0]"),
            },
        };
        using var file = new TempJson(model.ToJsonString());
        var json = JsonOf(file.Path);
        Assert.Equal(16 + 10, json.GetProperty("total").GetInt64());
        Assert.Equal(16, json.GetProperty("trainable").GetInt64());
        Assert.Equal("Sequential", json.GetProperty("layers")[1].GetProperty("class").GetString());
        Assert.Equal("[[null,2]]", json.GetProperty("outputs").GetRawText());
    }

    [Theory]
    [InlineData("tfjs-layers 4.22.0", 0, 0)]   // tfjs numbers a nested model's applications from 0
    [InlineData("2.15.0", 1, 0)]               // tf.keras 2 from 1: node 0 is the model's own construction
    [InlineData("2.15.0", 0, 2)]
    [InlineData("tfjs-layers 4.22.0", 1, 2)]
    public void A_nested_models_node_index_depends_on_the_writer(string kerasVersion, int nodeIndex, int status)
    {
        string inner = "{\"class_name\": \"Model\", \"config\": {\"name\": \"inner\", \"layers\": [" + InputJson("inner_input", "[null, 3]") + ", " +
            LayerJson("Dense", "inner_dense", "\"units\": 2", "[[[\"inner_input\", 0, 0, {}]]]") + "], \"input_layers\": [[\"inner_input\", 0, 0]], " +
            "\"output_layers\": [[\"inner_dense\", 0, 0]]}, \"name\": \"inner\", \"inbound_nodes\": [[[\"input_1\", 0, 0, {}]]]}";
        string json = Graph(new[] { InputJson("input_1", "[null, 3]"), inner, LayerJson("Dense", "dense", "\"units\": 1", $"[[[\"inner\", {nodeIndex}, 0, {{}}]]]") },
            outputs: "[[\"dense\", 0, 0]]").Replace("\"2.15.0\"", $"\"{kerasVersion}\"");
        using var file = new TempJson(json);
        var run = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal(status, run.Code);
        if (status == 0) Assert.Contains("\"total\":11", run.Out);
        else Assert.Contains($"config.layers[2].inbound_nodes[0][0]: refers to node {nodeIndex} of inner, but its one application is node {1 - nodeIndex}.", run.Err);
    }

    [Fact]
    public void A_tfjs_model_json_is_read_under_modelTopology()
    {
        string keras = System.IO.File.ReadAllText(File("tfkeras2-shared-lstm.json"));
        using var file = new TempJson("{\"format\": \"layers-model\", \"generatedBy\": \"TensorFlow.js tfjs-layers v4.22.0\", \"convertedBy\": null, " +
            "\"modelTopology\": " + keras.Replace("\"2.15.0\"", "\"tfjs-layers 4.22.0\"") + ", \"weightsManifest\": []}");
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(0, run.Code);
        Assert.Equal(Cli.Run("summary", File("tfkeras2-shared-lstm.json")).Out, run.Out);
    }

    [Fact]
    public void A_layers_second_node_waits_for_its_first_even_when_its_inputs_exist_earlier()
    {
        // d's node 0 reads a deep tensor, node 1 the input: node 1 is still d's second application, and d[1] names it.
        var json = Graph(new[]
        {
            InputJson("input_1", "[null, 4]"),
            InputJson("input_2", "[null, 5, 4]"),
            LayerJson("Dense", "d", "\"units\": 2", "[[[\"c\", 0, 0, {}]], [[\"input_1\", 0, 0, {}]]]"),
            LayerJson("Dense", "c", "\"units\": 4", "[[[\"input_2\", 0, 0, {}]]]"),
        }, outputs: "[[\"d\", 1, 0], [\"d\", 0, 0]]", inputs: "[[\"input_1\", 0, 0], [\"input_2\", 0, 0]]");
        using var file = new TempJson(json);
        var result = JsonOf(file.Path);
        Assert.Equal("[[null,2],[null,5,2]]", result.GetProperty("outputs").GetRawText());
        var d = result.GetProperty("layers").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "d");
        Assert.Equal("[\"c[0][0]\",\"input_1[0][0]\"]", d.GetProperty("connected_to").GetRawText());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("output_shape").ValueKind);   // Keras 2's "multiple"
        Assert.Equal(10, d.GetProperty("params").GetInt64());
    }

    [Fact]
    public void A_fixed_batch_size_is_kept_in_a_graph()
    {
        using var file = new TempJson(Graph(new[]
        {
            InputJson("input_1", "[32, 8]"),
            LayerJson("Dense", "dense", "\"units\": 2", "[[[\"input_1\", 0, 0, {}]]]"),
        }, outputs: "[[\"dense\", 0, 0]]"));
        var json = JsonOf(file.Path);
        Assert.Equal("[32,8]", json.GetProperty("layers")[0].GetProperty("output_shape").GetRawText());
        Assert.Equal("[[32,2]]", json.GetProperty("outputs").GetRawText());
    }

    // ---- --format json ----

    [Fact]
    public void Json_output_of_a_graph_has_its_outputs_and_each_layers_connections()
    {
        var json = JsonOf(File("tfkeras2-shared-lstm.json"));
        Assert.Equal("[[null,1]]", json.GetProperty("outputs").GetRawText());
        var layers = json.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(new[] { "input_1", "input_2", "lstm", "concatenate", "dense" }, layers.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal("[]", layers[0].GetProperty("connected_to").GetRawText());
        Assert.Equal("[null,280,256]", layers[0].GetProperty("output_shape").GetRawText());
        Assert.Equal("[\"input_1[0][0]\",\"input_2[0][0]\"]", layers[2].GetProperty("connected_to").GetRawText());
        Assert.Equal("[\"lstm[0][0]\",\"lstm[1][0]\"]", layers[3].GetProperty("connected_to").GetRawText());
        Assert.Equal(82305, json.GetProperty("total").GetInt64());
    }

    [Fact]
    public void Json_output_of_a_Sequential_is_unchanged()
    {
        var json = JsonOf(Cli.Data("seed", "2-dense.json"));
        Assert.False(json.TryGetProperty("outputs", out _));
        Assert.False(json.GetProperty("layers")[0].TryGetProperty("connected_to", out _));
    }

    // ---- tf.keras 2's op layers ----

    [Fact]
    public void Op_layers_have_TensorFlows_shapes()
    {
        var json = JsonOf(File("tfkeras2-ops.json"));
        var shapes = json.GetProperty("layers").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!, l => l.GetProperty("output_shape").GetRawText());
        Assert.Equal("[null,4,6]", shapes["tf.__operators__.add"]);      // dense + input_1
        Assert.Equal("[null,4,6]", shapes["tf.math.multiply"]);          // * 2.0
        Assert.Equal("[null,24]", shapes["tf.reshape"]);                 // [-1, 24]: the batch dim stays unknown
        Assert.Equal("[null,1,24]", shapes["tf.expand_dims"]);           // axis 1
        Assert.Equal("[null,2,24]", shapes["tf.concat"]);                // [e, e] on axis 1
        Assert.Equal("[null,24,2]", shapes["tf.compat.v1.transpose"]);   // perm [0, 2, 1]
        Assert.Equal("[null,24]", shapes["tf.math.reduce_mean"]);        // axis -1
        Assert.Equal("[null,24]", shapes["tf.nn.relu"]);
        Assert.Equal("[[null,3],[null,2,24]]", json.GetProperty("outputs").GetRawText());
        Assert.Equal(42 + 75, json.GetProperty("total").GetInt64());
        Assert.Equal("TFOpLambda", json.GetProperty("layers")[2].GetProperty("class").GetString());
    }

    [Theory]
    // TensorFlow's broadcast: an unknown dim against a known size above 1 takes the size, against 1 stays unknown.
    [InlineData("math.add", "[null, 1, 5]", "{\"y\": [\"other\", 0, 0]}", "[null, 3, 1]", "[null,3,5]")]
    [InlineData("math.maximum", "[null, 4]", "{\"y\": [[1.0], [2.0]]}", null, "[2,4]")]
    [InlineData("math.subtract", "[null, 4]", "{\"y\": [\"other\", 0, 0]}", "[null, null]", "[null,4]")]
    [InlineData("math.multiply", "[null, null]", "{\"y\": [\"other\", 0, 0]}", "[null, 1]", "[null,null]")]
    [InlineData("reshape", "[null, 4, 6]", "{\"shape\": [-1, 2, 12]}", null, "[null,2,12]")]
    [InlineData("reshape", "[2, 4, 6]", "{\"shape\": [-1, 16]}", null, "[3,16]")]
    [InlineData("reshape", "[null, 4, 6]", "{\"shape\": [-1, 5]}", null, "[null,5]")]
    [InlineData("transpose", "[null, 3, 5]", "{}", null, "[5,3,null]")]
    [InlineData("squeeze", "[null, 1, 5, 1]", "{\"axis\": [1, -1]}", null, "[null,5]")]
    [InlineData("math.reduce_sum", "[null, 3, 5]", "{}", null, "[]")]
    [InlineData("math.reduce_max", "[null, 3, 5]", "{\"axis\": [1, 2], \"keepdims\": true}", null, "[null,1,1]")]
    [InlineData("nn.softmax", "[null, 3, 5]", "{\"axis\": 1}", null, "[null,3,5]")]
    [InlineData("cast", "[null, 3]", "{\"dtype\": \"int32\"}", null, "[null,3]")]
    public void An_op_layers_shape_follows_TensorFlows_shape_function(string function, string input, string kwargs, string? other, string expected)
    {
        var json = OpGraph(function, input, kwargs, other);
        using var file = new TempJson(json);
        var result = JsonOf(file.Path);
        Assert.Equal("[" + expected + "]", result.GetProperty("outputs").GetRawText());
    }

    [Theory]
    [InlineData("math.add", "[null, 3]", "{\"y\": [\"other\", 0, 0]}", "[null, 4]", "KD0008", "config.layers[2].inbound_nodes[0]", "do not broadcast")]
    [InlineData("reshape", "[null, 4, 6]", "{\"shape\": [5, 5]}", null, "KD0008", "config.layers[2].inbound_nodes[0][3].shape", "sizes do not match")]
    [InlineData("reshape", "[2, 4, 6]", "{\"shape\": [-1, 5]}", null, "KD0008", "config.layers[2].inbound_nodes[0][3].shape", "sizes do not match")]
    [InlineData("reshape", "[null, 4]", "{\"shape\": [-1, -1]}", null, "KD0002", "config.layers[2].inbound_nodes[0][3].shape", "at most one -1")]
    [InlineData("expand_dims", "[null, 4]", "{\"axis\": 3}", null, "KD0002", "config.layers[2].inbound_nodes[0][3].axis", "an axis in [-3, 2]")]
    [InlineData("concat", "[null, 4]", "{}", null, "KD0002", "config.layers[2].inbound_nodes[0]", "without axis")]
    [InlineData("nn.relu", "[null, 4]", "{\"features\": 2}", null, "KD0018", "config.layers[2].inbound_nodes[0][3].features", "an argument kerasdsl does not know")]
    [InlineData("linalg.matmul", "[null, 4]", "{}", null, "KD0016", "config.layers[2].config.function", "applies tf.linalg.matmul, a TensorFlow function kerasdsl does not model")]
    public void An_op_layer_kerasdsl_cannot_read_or_TensorFlow_would_refuse_is_refused_with_its_path(
        string function, string input, string kwargs, string? other, string id, string path, string message)
    {
        using var file = new TempJson(OpGraph(function, input, kwargs, other));
        var run = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal(1, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        var error = document.RootElement.GetProperty("error");
        Assert.Equal(id, error.GetProperty("id").GetString());
        Assert.Equal(path, error.GetProperty("path").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Equal("tf.op", error.GetProperty("layer").GetString());
    }

    [Fact]
    public void Other_op_layer_classes_and_Keras_3s_raw_ops_are_refused_by_name()
    {
        var slicing = Graph(new[] { InputJson("input_1", "[null, 4]"), "{\"class_name\": \"SlicingOpLambda\", \"config\": {\"name\": \"tf.__operators__.getitem\", \"trainable\": true, \"dtype\": \"float32\", \"function\": \"__operators__.getitem\"}, " +
            "\"name\": \"tf.__operators__.getitem\", \"inbound_nodes\": [[\"input_1\", 0, 0, {\"slice_spec\": {\"start\": null, \"stop\": 2, \"step\": null}}]]}" }, outputs: "[[\"tf.__operators__.getitem\", 0, 0]]");
        var (id, path, message) = Refusal(slicing);
        Assert.Equal(("KD0016", "config.layers[1].class_name"), (id, path));
        Assert.Contains("SlicingOpLambda op layer (a slice x[...])", message);

        var keras3Op = Graph(new[] { InputJson("input_1", "[null, 4]"), "{\"module\": \"keras.src.ops.numpy\", \"class_name\": \"Absolute\", \"config\": {\"name\": \"absolute\"}, \"registered_name\": \"Absolute\", \"name\": \"absolute\", " +
            "\"inbound_nodes\": [{\"args\": [{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 4], \"dtype\": \"float32\", \"keras_history\": [\"input_1\", 0, 0]}}], \"kwargs\": {}}]}" }, outputs: "[[\"absolute\", 0, 0]]");
        (id, path, message) = Refusal(keras3Op);
        Assert.Equal(("KD0016", "config.layers[1].module"), (id, path));
        Assert.Contains("Keras 3 op Absolute (module keras.src.ops.numpy)", message);
    }

    // ---- refusals and input errors, with their paths ----

    [Fact]
    public void A_config_field_kerasdsl_does_not_model_is_KD0018_with_its_path_in_a_graph_too()
    {
        var json = JsonNode.Parse(System.IO.File.ReadAllText(File("keras3-residual.json")))!;
        json["config"]!["layers"]![6]!["config"]!["lora_rank"] = 4;
        json["config"]!["layers"]![1]!["config"]!["kernel_quantizer"] = "int4";
        var (id, path, message) = Refusal(json.ToJsonString());
        Assert.Equal(("KD0018", "config.layers[1].config.kernel_quantizer"), (id, path));
        Assert.StartsWith("conv2d has the config field kernel_quantizer", message);
    }

    [Fact]
    public void Keras_3s_lora_rank_is_counted_in_a_graph_as_in_a_Sequential()
    {
        var json = JsonNode.Parse(System.IO.File.ReadAllText(File("keras3-residual.json")))!;
        json["config"]!["layers"]![6]!["config"]!["lora_rank"] = 2;
        using var file = new TempJson(json.ToJsonString());
        var dense = JsonOf(file.Path).GetProperty("layers")[6];
        Assert.Equal(170 + 16 * 2 + 2 * 10, dense.GetProperty("params").GetInt64());
    }

    [Fact]
    public void A_call_argument_kerasdsl_does_not_model_is_KD0018_with_its_path()
    {
        var json = Graph(new[]
        {
            InputJson("input_1", "[null, 5, 3]"),
            InputJson("state", "[null, 4]"),
            LayerJson("SimpleRNN", "rnn", "\"units\": 4", "[[[\"input_1\", 0, 0, {\"initial_state\": [\"state\", 0, 0]}]]]"),
        }, outputs: "[[\"rnn\", 0, 0]]", inputs: "[[\"input_1\", 0, 0], [\"state\", 0, 0]]");
        var (id, path, message) = Refusal(json);
        Assert.Equal(("KD0018", "config.layers[2].inbound_nodes[0][0][3].initial_state"), (id, path));
        Assert.StartsWith("rnn is called with initial_state = a tensor", message);

        // training and a null mask change no shape.
        using var ok = new TempJson(Graph(new[] { InputJson("input_1", "[null, 3]"),
            LayerJson("Dropout", "dropout", "\"rate\": 0.5", "[[[\"input_1\", 0, 0, {\"training\": true, \"mask\": null}]]]") }, outputs: "[[\"dropout\", 0, 0]]"));
        Assert.Equal(0, Cli.Run("summary", ok.Path).Code);
    }

    [Fact]
    public void A_shape_refusal_points_at_the_inbound_node()
    {
        var json = Graph(new[]
        {
            InputJson("input_1", "[null, 3]"),
            InputJson("input_2", "[null, 4]"),
            LayerJson("Add", "add", "", "[[[\"input_1\", 0, 0, {}], [\"input_2\", 0, 0, {}]]]"),
        }, outputs: "[[\"add\", 0, 0]]", inputs: "[[\"input_1\", 0, 0], [\"input_2\", 0, 0]]");
        var (id, path, message) = Refusal(json);
        Assert.Equal(("KD0008", "config.layers[2].inbound_nodes[0]"), (id, path));
        Assert.StartsWith("add has inputs of incompatible shapes", message);
    }

    [Fact]
    public void Outputs_that_need_an_input_the_model_does_not_list_are_KD0017()
    {
        var json = Graph(new[]
        {
            InputJson("input_1", "[null, 3]"),
            InputJson("input_2", "[null, 3]"),
            LayerJson("Add", "add", "", "[[[\"input_1\", 0, 0, {}], [\"input_2\", 0, 0, {}]]]"),
        }, outputs: "[[\"add\", 0, 0]]", inputs: "[[\"input_1\", 0, 0]]");
        var (id, path, _) = Refusal(json);
        Assert.Equal(("KD0017", "config.output_layers"), (id, path));
    }

    [Fact]
    public void Two_layers_of_one_name_are_KD0005()
    {
        var json = Graph(new[]
        {
            InputJson("input_1", "[null, 3]"),
            LayerJson("Dense", "dense", "\"units\": 2", "[[[\"input_1\", 0, 0, {}]]]"),
            LayerJson("Dense", "dense", "\"units\": 2", "[[[\"input_1\", 0, 0, {}]]]"),
        }, outputs: "[[\"dense\", 0, 0]]");
        var (id, path, _) = Refusal(json);
        Assert.Equal(("KD0005", "config.layers[2].name"), (id, path));
    }

    [Fact]
    public void A_model_config_field_kerasdsl_does_not_know_is_KD0018()
    {
        var json = JsonNode.Parse(System.IO.File.ReadAllText(File("keras3-residual.json")))!;
        json["config"]!["run_eagerly"] = true;
        var (id, path, _) = Refusal(json.ToJsonString());
        Assert.Equal(("KD0018", "config.run_eagerly"), (id, path));
    }

    [Theory]
    [InlineData("[[[\"nowhere\", 0, 0, {}]]]", "config.layers[1].inbound_nodes[0][0]", "refers to a layer named 'nowhere'")]
    [InlineData("[[[\"input_1\", 1, 0, {}]]]", "config.layers[1].inbound_nodes[0][0]", "refers to node 1 of the InputLayer input_1")]
    [InlineData("[[[\"dense_1\", 1, 0, {}]]]", "config.layers[1].inbound_nodes[0][0]", "refers to node 1 of dense_1, but its one application is node 0")]
    [InlineData("[[[\"input_1\", 0, 1, {}]]]", "config.layers[1].inbound_nodes[0][0]", "refers to output 1 of input_1's node 0, which has 1 output")]
    [InlineData("[[[\"dense_1\", 0, 0, {}]]]", "config.layers[1].inbound_nodes[0]", "cannot be applied: its inputs need this node's own output")]
    [InlineData("[[[\"input_1\", -1, 0, {}]]]", "config.layers[1].inbound_nodes[0][0][1]", "expected an index")]
    [InlineData("[[3]]", "config.layers[1].inbound_nodes[0][0]", "expected an entry [layer, node_index, tensor_index, kwargs]")]
    [InlineData("3", "config.layers[1].inbound_nodes", "expected the list of the layer's applications")]
    public void A_reference_that_names_no_tensor_is_an_input_error_with_its_path(string denseNodes, string path, string message)
    {
        // dense reads denseNodes; dense_1 reads dense (so that dense reading dense_1 is a cycle).
        var json = Graph(new[]
        {
            InputJson("input_1", "[null, 3]"),
            LayerJson("Dense", "dense", "\"units\": 3", denseNodes),
            LayerJson("Dense", "dense_1", "\"units\": 3", "[[[\"dense\", 0, 0, {}]]]"),
        }, outputs: "[[\"dense_1\", 0, 0]]");
        using var file = new TempJson(json);
        var run = Cli.Run("summary", file.Path);
        Assert.Equal("", run.Out);
        Assert.Equal(2, run.Code);
        Assert.True(run.Err.StartsWith($"{file.Path}: error: {path}: ", StringComparison.Ordinal), run.Err);
        Assert.Contains(message, run.Err);
    }

    // ---- helpers ----

    private static (string Id, string Path, string Message) Refusal(string json)
    {
        using var file = new TempJson(json);
        var run = Cli.Run("summary", "--format", "json", file.Path);
        Assert.True(run.Err.Length == 0, run.Err);
        Assert.Equal(1, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        var error = document.RootElement.GetProperty("error");
        return (error.GetProperty("id").GetString()!, error.GetProperty("path").GetString()!, error.GetProperty("message").GetString()!);
    }

    /// <summary>input_1 (and, with <paramref name="other"/>, a second input "other") → one TFOpLambda "tf.op" of <paramref name="function"/>.</summary>
    private static string OpGraph(string function, string input, string kwargs, string? other)
    {
        var layers = new List<string> { InputJson("input_1", input) };
        layers.Add(InputJson("other", other ?? "[null, 1]"));
        string node = function == "concat" ? $"[[\"input_1\", 0, 0, {kwargs}]]" : $"[\"input_1\", 0, 0, {kwargs}]";
        layers.Add("{\"class_name\": \"TFOpLambda\", \"config\": {\"name\": \"tf.op\", \"trainable\": true, \"dtype\": \"float32\", \"function\": \"" + function + "\"}, " +
            "\"name\": \"tf.op\", \"inbound_nodes\": [" + node + "]}");
        return Graph(layers.ToArray(), outputs: "[[\"tf.op\", 0, 0]]", inputs: "[[\"input_1\", 0, 0], [\"other\", 0, 0]]");
    }

    private static string InputJson(string name, string batchShape) =>
        "{\"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": " + batchShape + ", \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"" + name + "\"}, " +
        "\"name\": \"" + name + "\", \"inbound_nodes\": []}";

    private static string LayerJson(string className, string name, string config, string inboundNodes) =>
        "{\"class_name\": \"" + className + "\", \"config\": {\"name\": \"" + name + "\", \"trainable\": true, \"dtype\": \"float32\"" + (config.Length > 0 ? ", " + config : "") + "}, " +
        "\"name\": \"" + name + "\", \"inbound_nodes\": " + inboundNodes + "}";

    private static string Graph(string[] layers, string outputs, string inputs = "[[\"input_1\", 0, 0]]") =>
        "{\"class_name\": \"Functional\", \"config\": {\"name\": \"model\", \"layers\": [" + string.Join(", ", layers) + "], " +
        "\"input_layers\": " + inputs + ", \"output_layers\": " + outputs + "}, \"keras_version\": \"2.15.0\", \"backend\": \"tensorflow\"}";
}
