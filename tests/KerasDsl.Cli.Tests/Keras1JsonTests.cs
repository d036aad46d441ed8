using System.Text.Json;
using System.Text.Json.Nodes;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// Keras 1 JSON (Data/keras1, written as Keras 1.2.2's <c>to_json</c> writes it) read as Keras 2's legacy converters
/// read it (keras 2.1.6 keras/legacy/interfaces.py), or refused with KD0028 where they cannot be followed. The counts
/// are Keras 2's: computed by hand in the comments, and each file's model built in TensorFlow.js 4.22 (a port of
/// Keras 2's layers) with the same totals and per-layer counts.
/// </summary>
public class Keras1JsonTests
{
    private static string File(string name) => Cli.Data("keras1", name);

    private static JsonElement JsonOf(string file, int code = 0)
    {
        var run = Cli.Run("summary", "--format", "json", file);
        Assert.Equal(code, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        return document.RootElement.Clone();
    }

    private static JsonElement JsonOfText(string json, int code = 0)
    {
        using var file = new TempJson(json);
        return JsonOf(file.Path, code);
    }

    private static JsonElement JsonOfText(JsonObject model, int code = 0) => JsonOfText(model.ToJsonString(), code);

    private static JsonElement Error(JsonElement result) => result.GetProperty("error");

    private static string[] Classes(JsonElement result) =>
        result.GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("class").GetString()!).ToArray();

    private static string Shape(JsonElement result, int layer) => result.GetProperty("layers")[layer].GetProperty("output_shape").GetRawText();

    private static long Params(JsonElement result, int layer) => result.GetProperty("layers")[layer].GetProperty("params").GetInt64();

    private static JsonElement Warning(JsonElement result) => Assert.Single(result.GetProperty("warnings").EnumerateArray());

    // ---- the classic Keras 1 models ----

    [Theory]
    // examples/mnist_cnn.py, Theano ordering: conv 32·(1·9)+32 = 320, conv 32·(32·9)+32 = 9,248, dense 4,608·128+128 = 589,952, dense 128·10+10 = 1,290
    [InlineData("mnist_cnn-th.json", 600_810, 12, "[null,10]")]
    // examples/imdb_lstm.py: embedding 20,000·128 = 2,560,000, LSTM 4·128·(128+128+1) = 131,584, dense 129
    [InlineData("imdb_lstm.json", 2_691_713, 4, "[null,1]")]
    // the same with GRU(128): 3·128·(128+128+1) = 98,688 (reset_after=False, Keras 1's and Keras 2's GRU)
    [InlineData("imdb_gru.json", 2_658_817, 4, "[null,1]")]
    // VGG16 for Keras 1 (Theano ordering, ZeroPadding2D before each convolution): Keras Applications' 138,357,544
    [InlineData("vgg16-th.json", 138_357_544, 37, "[null,1000]")]
    // two Dense(32, input_dim=784) branches, Merge concat, Dense(10): 2·(784·32+32) + 64·10+10 = 50,890
    [InlineData("merge-branches.json", 50_890, 6, "[null,10]")]
    // the functional guide's multi-input model: 5,120,000 + 69,760 + 33 + 2,432 + 4,160 + 4,160 + 65
    [InlineData("functional-multi-io.json", 5_200_610, 10, "[null,1]")]
    public void A_Keras_1_model_has_Keras_2s_counts(string file, long total, int layers, string lastShape)
    {
        var result = JsonOf(File(file));
        Assert.Equal(total, result.GetProperty("total").GetInt64());
        Assert.Equal(total, result.GetProperty("trainable").GetInt64());
        Assert.Equal(layers, result.GetProperty("layers").GetArrayLength());
        Assert.Equal(lastShape, Shape(result, layers - 1));
        var warning = Warning(result);
        Assert.Equal("KD0029", warning.GetProperty("id").GetString());
        Assert.Equal("keras_version", warning.GetProperty("path").GetString());
        Assert.Contains("is a Keras 1 model (keras_version \"1.2.2\"), read as Keras 2 reads it", warning.GetProperty("message").GetString());
    }

    [Fact]
    public void Theanos_dim_ordering_is_channels_first()
    {
        var result = JsonOf(File("mnist_cnn-th.json"));
        Assert.Equal(new[] { "Conv2D", "Activation", "Conv2D", "Activation", "MaxPooling2D", "Dropout", "Flatten", "Dense", "Activation", "Dropout", "Dense", "Activation" },
            Classes(result));
        Assert.Equal("[null,32,26,26]", Shape(result, 0));
        Assert.Equal("[null,32,12,12]", Shape(result, 4));
        Assert.Equal("convolution2d_1", result.GetProperty("layers")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_ZeroPadding2D_takes_the_ordering_the_other_layers_state()
    {
        // Keras 1's ZeroPadding2D does not write dim_ordering: read as channels_last, (3, 224, 224) would pad 3 and 224, and the
        // first convolution would see 5 channels (3·3·5·64+64 = 2,944 params instead of 1,792).
        var result = JsonOf(File("vgg16-th.json"));
        Assert.Equal("[null,3,226,226]", Shape(result, 0));
        Assert.Equal(1_792, Params(result, 1));
        Assert.Contains("ZeroPadding2D has no dim_ordering in a Keras 1 file (it was the writer's default): it takes channels_first",
            Warning(result).GetProperty("message").GetString());
    }

    [Fact]
    public void A_Sequential_that_starts_with_a_Merge_of_branches_is_the_functional_model_Keras_2_builds()
    {
        var result = JsonOf(File("merge-branches.json"));
        Assert.Equal(new[] { "InputLayer", "InputLayer", "Dense", "Dense", "Concatenate", "Dense" }, Classes(result));
        Assert.Equal("dense_1_input", result.GetProperty("layers")[0].GetProperty("name").GetString());   // Sequential.add's name: layer.name + '_input'
        Assert.Equal("[\"dense_1[0][0]\",\"dense_2[0][0]\"]", result.GetProperty("layers")[4].GetProperty("connected_to").GetRawText());
        Assert.Equal("[null,64]", Shape(result, 4));
    }

    [Fact]
    public void A_functional_Keras_1_model_merges_with_Keras_2s_merge_layers()
    {
        var result = JsonOf(File("functional-multi-io.json"));
        Assert.Equal("Concatenate", Classes(result)[4]);
        Assert.Equal("[null,37]", Shape(result, 4));
        Assert.Equal("[[null,1],[null,1]]", result.GetProperty("outputs").GetRawText());
        Assert.Equal(69_760, Params(result, 2));   // LSTM(32) on 512 features: 4·32·(512+32+1)
    }

    [Fact]
    public void The_classic_output_says_the_file_was_converted_on_stderr()
    {
        var run = Cli.Run("summary", File("imdb_gru.json"));
        Assert.Equal(0, run.Code);
        Assert.Contains("gru_1 (GRU)                  (None, 128)               98688", run.Out);
        Assert.Contains("warning KD0029: sequential is a Keras 1 model", run.Err);
        Assert.Contains("a GRU is counted with reset_after=False", run.Err);
    }

    // ---- what tells a Keras 1 file ----

    [Fact]
    public void A_file_without_keras_version_is_Keras_1_by_a_Keras_1_class()
    {
        // Keras 1.0.0-1.0.3 wrote no keras_version.
        var model = Keras1(Conv2D("convolution2d_1", input: "[null, 28, 28, 1]", ordering: "tf"), Flatten(), Dense("dense_1", 10, 21632));
        model.Remove("keras_version");
        var result = JsonOfText(model.ToJsonString());
        Assert.Equal(320 + 216_330, result.GetProperty("total").GetInt64());   // 32·9+32; 26·26·32·10+10
        Assert.Equal("config[0].class_name", Warning(result).GetProperty("path").GetString());
        Assert.Contains("(the Keras 1 layer class Convolution2D)", Warning(result).GetProperty("message").GetString());
    }

    [Fact]
    public void A_file_without_keras_version_is_Keras_1_by_a_Keras_1_field()
    {
        // Dense is also a Keras 2 class; output_dim is not a Keras 2 Dense's field.
        var model = Keras1(Layer("Dense", "\"name\": \"dense_1\", \"batch_input_shape\": [null, 3], \"output_dim\": 4"));
        model.Remove("keras_version");
        var result = JsonOfText(model.ToJsonString());
        Assert.Equal(16, result.GetProperty("total").GetInt64());
        Assert.Equal("config[0].config.output_dim", Warning(result).GetProperty("path").GetString());
        Assert.Contains("(the Keras 1 field output_dim of Dense)", Warning(result).GetProperty("message").GetString());
    }

    [Fact]
    public void A_file_that_names_another_writer_is_not_read_as_Keras_1()
    {
        // keras_version 2.4.0 with a Keras 1 field: nothing is converted, and the field is refused as any unknown field is.
        var model = Keras1(Dense("dense_1", 4, 3, input: "[null, 3]"));
        model["keras_version"] = "2.4.0";
        var error = Error(JsonOfText(model.ToJsonString(), code: 1));
        Assert.Equal("KD0018", error.GetProperty("id").GetString());
    }

    [Fact]
    public void Keras_2_0s_GRU_has_no_reset_after_and_is_counted_without_it()
    {
        // Keras 2.1.5 added reset_after (default False); a GRU written by Keras 2.0.8 has no such field.
        var gru = Layer("GRU", "\"name\": \"gru_1\", \"trainable\": true, \"batch_input_shape\": [null, null, 8], \"dtype\": \"float32\", \"units\": 4, " +
            "\"activation\": \"tanh\", \"recurrent_activation\": \"hard_sigmoid\", \"use_bias\": true, \"return_sequences\": false, \"implementation\": 0");
        var model = "{\"class_name\": \"Sequential\", \"config\": [" + gru + "], \"keras_version\": \"2.0.8\", \"backend\": \"tensorflow\"}";
        var result = JsonOfText(model);
        Assert.Equal(3 * 4 * (8 + 4 + 1), result.GetProperty("total").GetInt64());
        Assert.Contains("a GRU without reset_after, written by Keras 2.0.8", Warning(result).GetProperty("message").GetString());
        // The same GRU from a writer that always writes reset_after (tf.keras 2.4) is read as written: Keras 3's default.
        Assert.Equal(3 * 4 * (8 + 4 + 2), JsonOfText(model.Replace("2.0.8", "2.4.0")).GetProperty("total").GetInt64());
    }

    [Fact]
    public void Keras_2_0s_deprecated_Merge_is_read_as_its_merge_layer()
    {
        // Keras 2.0 kept Merge in keras/legacy/layers.py; the rest of the file is Keras 2's and is read as it is.
        var result = JsonOfText(Functional(Merge("merge_1", "concat"), "[null, 5, 8]", "[null, 5, 2]", version: "2.0.8"));
        Assert.Equal("Concatenate", Classes(result)[2]);
        Assert.Equal("[null,5,10]", Shape(result, 2));
        Assert.Contains("has what only Keras 2.0-2.1 wrote (the layer class Merge)", Warning(result).GetProperty("message").GetString());
    }

    // ---- conversions ----

    [Theory]
    [InlineData("dot", "[2, 2]", "[null,5,6]")]      // (None, 5, 8)·(None, 6, 8) over axis 2: Merge's and Dot's (None, 5, 6)
    [InlineData("cos", "[2, 2]", "[null,5,6]")]      // 'cos' has 'dot''s shape in Merge.compute_output_shape: Dot(normalize=True)
    [InlineData("dot", "-1", "[null,5,6]")]          // a negative int is taken modulo each input's rank, by Merge and by Dot
    public void Merge_dot_and_cos_are_Dot(string mode, string axes, string shape)
    {
        var result = JsonOfText(Functional(Merge("merge_1", mode, $"\"dot_axes\": {axes}"), "[null, 5, 8]", "[null, 6, 8]"));
        Assert.Equal("Dot", Classes(result)[2]);
        Assert.Equal(shape, Shape(result, 2));
    }

    [Theory]
    [InlineData("sum", "Add")]
    [InlineData("mul", "Multiply")]
    [InlineData("ave", "Average")]
    [InlineData("max", "Maximum")]
    public void Merges_of_equal_shapes_are_the_element_wise_merges(string mode, string keras2Class)
    {
        var result = JsonOfText(Functional(Merge("merge_1", mode), "[null, 5, 8]", "[null, 5, 8]"));
        Assert.Equal(keras2Class, Classes(result)[2]);
        Assert.Equal("[null,5,8]", Shape(result, 2));
    }

    [Fact]
    public void Wrapped_layers_atrous_separable_and_1D_convolutions_are_converted()
    {
        var result = JsonOfText(Keras1(
            Layer("Convolution1D", "\"name\": \"convolution1d_1\", \"trainable\": true, \"nb_filter\": 8, \"filter_length\": 3, \"init\": \"uniform\", " +
                "\"activation\": \"linear\", \"border_mode\": \"same\", \"subsample_length\": 1, \"W_regularizer\": null, \"b_regularizer\": null, " +
                "\"activity_regularizer\": null, \"W_constraint\": null, \"b_constraint\": null, \"bias\": true, \"input_dim\": 4, \"input_length\": 10"),
            Layer("Bidirectional", "\"name\": \"bidirectional_1\", \"trainable\": true, \"merge_mode\": \"concat\", \"layer\": " +
                Layer("LSTM", "\"name\": \"lstm_1\", \"trainable\": true, \"return_sequences\": true, \"go_backwards\": false, \"stateful\": false, " +
                    "\"unroll\": false, \"consume_less\": \"gpu\", \"input_dim\": 8, \"input_length\": null, \"output_dim\": 6, \"init\": \"glorot_uniform\", " +
                    "\"inner_init\": \"orthogonal\", \"forget_bias_init\": \"one\", \"activation\": \"tanh\", \"inner_activation\": \"hard_sigmoid\", " +
                    "\"W_regularizer\": null, \"U_regularizer\": null, \"b_regularizer\": null, \"dropout_W\": 0.0, \"dropout_U\": 0.0")),
            Layer("TimeDistributed", "\"name\": \"timedistributed_1\", \"trainable\": true, \"layer\": " + Dense("dense_1", 3, 12)),
            Layer("Reshape", "\"name\": \"reshape_1\", \"trainable\": true, \"target_shape\": [10, 3, 1]"),
            Layer("AtrousConvolution2D", "\"name\": \"atrousconvolution2d_1\", \"trainable\": true, \"nb_filter\": 2, \"nb_row\": 3, \"nb_col\": 1, " +
                "\"init\": \"glorot_uniform\", \"activation\": \"linear\", \"border_mode\": \"valid\", \"subsample\": [1, 1], \"dim_ordering\": \"tf\", " +
                "\"bias\": true, \"atrous_rate\": [2, 1]"),
            Layer("SeparableConvolution2D", "\"name\": \"separableconvolution2d_1\", \"trainable\": true, \"nb_filter\": 4, \"nb_row\": 3, \"nb_col\": 1, " +
                "\"init\": \"glorot_uniform\", \"activation\": \"linear\", \"border_mode\": \"same\", \"subsample\": [1, 1], \"depth_multiplier\": 2, " +
                "\"dim_ordering\": \"tf\", \"depthwise_regularizer\": null, \"pointwise_regularizer\": null, \"b_regularizer\": null, " +
                "\"activity_regularizer\": null, \"depthwise_constraint\": null, \"pointwise_constraint\": null, \"b_constraint\": null, \"bias\": true")));
        Assert.Equal(new[] { "Conv1D", "Bidirectional", "TimeDistributed", "Reshape", "Conv2D", "SeparableConv2D" }, Classes(result));
        Assert.Equal("[null,10,8]", Shape(result, 0));              // input_dim 4, input_length 10 were the input shape
        Assert.Equal(8 * 4 * 3 + 8, Params(result, 0));             // 104
        Assert.Equal(2 * 4 * 6 * (8 + 6 + 1), Params(result, 1));   // 720, output (None, 10, 12)
        Assert.Equal(12 * 3 + 3, Params(result, 2));                // 39
        Assert.Equal("[null,6,3,2]", Shape(result, 4));             // 10 rows, kernel 3 dilated by 2: 10 - 4 = 6
        Assert.Equal(3 * 1 * 1 * 2 + 2, Params(result, 4));          // kernel (3, 1), 1 channel, 2 filters: 8
        Assert.Equal(3 * 1 * 2 * 2 + 2 * 2 * 4 + 4, Params(result, 5));   // depthwise 3·1·2·2, pointwise (2·2)·4, bias 4: 32
    }

    [Fact]
    public void A_Deconvolution2D_loses_its_output_shape_as_Keras_2_drops_it()
    {
        var result = JsonOfText(Keras1(Layer("Deconvolution2D", "\"name\": \"deconvolution2d_1\", \"trainable\": true, " +
            "\"batch_input_shape\": [null, 7, 7, 4], \"input_dtype\": \"float32\", \"nb_filter\": 2, \"nb_row\": 3, \"nb_col\": 3, \"init\": \"glorot_uniform\", " +
            "\"activation\": \"linear\", \"border_mode\": \"same\", \"subsample\": [2, 2], \"dim_ordering\": \"tf\", \"bias\": true, " +
            "\"output_shape\": [null, 14, 14, 2]")));
        Assert.Equal("Conv2DTranspose", Classes(result)[0]);
        Assert.Equal("[null,14,14,2]", Shape(result, 0));
        Assert.Equal(3 * 3 * 2 * 4 + 2, Params(result, 0));
        Assert.Contains("a Deconvolution2D's output_shape is dropped", Warning(result).GetProperty("message").GetString());
    }

    [Fact]
    public void A_refusal_by_Keras_rules_names_the_Keras_1_field()
    {
        var model = JsonNode.Parse(System.IO.File.ReadAllText(File("mnist_cnn-th.json")))!.AsObject();
        model["config"]![7]!["config"]!["output_dim"] = 0;
        var error = Error(JsonOfText(model.ToJsonString(), code: 1));
        Assert.Equal("KD0002", error.GetProperty("id").GetString());
        Assert.Equal("config[7].config.output_dim", error.GetProperty("path").GetString());
        Assert.EndsWith("pass units: 1 or more. (The file writes it as output_dim, the Keras 1 name of units.)", error.GetProperty("message").GetString());

        var branches = JsonNode.Parse(System.IO.File.ReadAllText(File("merge-branches.json")))!.AsObject();
        branches["config"]![0]!["config"]!["layers"]![1]!["config"]![0]!["config"]!["output_dim"] = -1;
        error = Error(JsonOfText(branches.ToJsonString(), code: 1));
        Assert.Equal("config[0].config.layers[1].config[0].config.output_dim", error.GetProperty("path").GetString());
    }

    [Fact]
    public void A_repeated_field_is_an_input_error_with_its_path()
    {
        var json = System.IO.File.ReadAllText(File("imdb_lstm.json")).Replace("\"output_dim\": 128, \"init\": \"glorot", "\"output_dim\": 128, \"output_dim\": 64, \"init\": \"glorot");
        using var file = new TempJson(json);
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(2, run.Code);
        Assert.Contains("config[1].config.output_dim: repeats a field of the same object", run.Err);
    }

    // ---- refusals: what Keras 2's legacy converters do not read ----

    [Theory]
    [InlineData("TimeDistributedDense", "Keras 2 removed TimeDistributedDense")]
    [InlineData("MaxoutDense", "Keras 2.0 and 2.1 read MaxoutDense as a legacy layer")]
    [InlineData("Highway", "Keras 2.2 removed it")]
    [InlineData("SReLU", "moved SReLU out of keras.layers")]
    public void A_Keras_1_layer_Keras_2_cannot_read_is_KD0028_naming_the_format(string className, string why)
    {
        var error = Error(JsonOfText(Keras1(Dense("dense_1", 4, 3, input: "[null, 3]"),
            Layer(className, "\"name\": \"x_1\", \"trainable\": true, \"output_dim\": 4, \"input_dim\": 4")).ToJsonString(), code: 1));
        Assert.Equal("KD0028", error.GetProperty("id").GetString());
        Assert.Equal("config[1].class_name", error.GetProperty("path").GetString());
        Assert.Equal("x_1", error.GetProperty("layer").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains(why, message);
        Assert.EndsWith("The file is Keras 1 (keras_version \"1.2.2\", at keras_version), read as Keras 2's legacy converters read it.", message);
    }

    [Fact]
    public void A_Merge_with_a_Python_mode_is_KD0028()
    {
        var lambda = Merge("merge_1", "KGMAAAAAAAAAAA==").Replace("\"mode_type\": \"raw\"", "\"mode_type\": \"lambda\"");
        var error = Error(JsonOfText(Functional(lambda, "[null, 5, 8]", "[null, 5, 8]"), code: 1));
        Assert.Equal("KD0028", error.GetProperty("id").GetString());
        Assert.Equal("config.layers[2].config.mode_type", error.GetProperty("path").GetString());
        Assert.Contains("merge_1 is a Merge whose mode is a Python lambda", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("BatchNormalization", "\"epsilon\": 0.001, \"mode\": 2, \"axis\": -1, \"momentum\": 0.99", "config.mode", "Keras 2 supports only mode 0")]
    [InlineData("Convolution2D", "\"nb_filter\": 2, \"nb_row\": 3, \"nb_col\": 3, \"border_mode\": \"full\", \"subsample\": [1, 1], \"dim_ordering\": \"tf\"",
        "config.border_mode", "Keras 1's Theano-only convolution")]
    [InlineData("ZeroPadding2D", "\"padding\": [1, 2, 3, 4]", "config.padding", "[[1, 2], [3, 4]]")]
    [InlineData("Dense", "\"output_dim\": 2, \"units\": 2", "config.output_dim", "has both the Keras 1 field output_dim and the Keras 2 field units")]
    [InlineData("Convolution2D", "\"nb_filter\": 2, \"nb_row\": 3, \"dim_ordering\": \"tf\"", "config.nb_row", "config field nb_row Keras 2's converter does not take")]
    public void A_config_Keras_2_refuses_is_KD0028_at_its_field(string className, string fields, string path, string why)
    {
        var error = Error(JsonOfText(Keras1(Dense("dense_1", 12, 3, input: "[null, 3]"), Layer("Reshape", "\"name\": \"reshape_1\", \"target_shape\": [2, 2, 3]"),
            Layer(className, "\"name\": \"bad_1\", \"trainable\": true, " + fields)).ToJsonString(), code: 1));
        Assert.Equal("KD0028", error.GetProperty("id").GetString());
        Assert.Equal("config[2]." + path, error.GetProperty("path").GetString());
        Assert.Contains(why, error.GetProperty("message").GetString());
    }

    [Fact]
    public void A_ZeroPadding2D_in_a_model_that_states_both_orderings_is_KD0028()
    {
        var model = JsonNode.Parse(System.IO.File.ReadAllText(File("vgg16-th.json")))!.AsObject();
        model["config"]![3]!["config"]!["dim_ordering"] = "tf";
        var error = Error(JsonOfText(model.ToJsonString(), code: 1));
        Assert.Equal("KD0028", error.GetProperty("id").GetString());
        Assert.Equal("config[0]", error.GetProperty("path").GetString());
        Assert.Contains("other layers state both 'th' and 'tf'", error.GetProperty("message").GetString());
    }

    // ---- Keras 1 JSON, written as Keras 1.2.2's get_config writes it ----

    private static JsonObject Keras1(params string[] layers) =>
        JsonNode.Parse("{\"class_name\": \"Sequential\", \"config\": [" + string.Join(", ", layers) + "], \"keras_version\": \"1.2.2\"}")!.AsObject();

    private static string Layer(string className, string config) => "{\"class_name\": \"" + className + "\", \"config\": {" + config + "}}";

    private static string Dense(string name, int outputDim, int inputDim, string? input = null) =>
        Layer("Dense", $"\"name\": \"{name}\", \"trainable\": true, " + (input == null ? "" : $"\"batch_input_shape\": {input}, \"input_dtype\": \"float32\", ") +
            $"\"output_dim\": {outputDim}, \"init\": \"glorot_uniform\", \"activation\": \"linear\", \"W_regularizer\": null, \"b_regularizer\": null, " +
            $"\"activity_regularizer\": null, \"W_constraint\": null, \"b_constraint\": null, \"bias\": true, \"input_dim\": {inputDim}");

    private static string Conv2D(string name, string input, string ordering) =>
        Layer("Convolution2D", $"\"name\": \"{name}\", \"trainable\": true, \"batch_input_shape\": {input}, \"input_dtype\": \"float32\", " +
            "\"nb_filter\": 32, \"nb_row\": 3, \"nb_col\": 3, \"init\": \"glorot_uniform\", \"activation\": \"relu\", \"border_mode\": \"valid\", " +
            $"\"subsample\": [1, 1], \"dim_ordering\": \"{ordering}\", \"W_regularizer\": null, \"b_regularizer\": null, \"activity_regularizer\": null, " +
            "\"W_constraint\": null, \"b_constraint\": null, \"bias\": true");

    private static string Flatten() => Layer("Flatten", "\"name\": \"flatten_1\", \"trainable\": true");

    private static string Merge(string name, string mode, string extra = "\"dot_axes\": -1") =>
        Layer("Merge", $"\"name\": \"{name}\", \"mode\": \"{mode}\", \"mode_type\": \"raw\", \"concat_axis\": -1, {extra}, \"output_shape\": null, " +
            "\"output_shape_type\": \"raw\", \"output_mask\": null, \"output_mask_type\": \"raw\", \"arguments\": {}");

    /// <summary>A Keras 1 functional model: two inputs merged by <paramref name="merge"/> (named merge_1).</summary>
    private static string Functional(string merge, string shapeA, string shapeB, string version = "1.2.2")
    {
        // Keras 1's InputLayer writes input_dtype, Keras 2's dtype.
        string dtype = version.StartsWith("1.", StringComparison.Ordinal) ? "input_dtype" : "dtype";
        string Input(string name, string shape) =>
            $"{{\"name\": \"{name}\", \"class_name\": \"InputLayer\", \"config\": {{\"batch_input_shape\": {shape}, \"{dtype}\": \"float32\", " +
            $"\"sparse\": false, \"name\": \"{name}\"}}, \"inbound_nodes\": []}}";
        string merged = merge.Insert(1, "\"name\": \"merge_1\", \"inbound_nodes\": [[[\"input_1\", 0, 0], [\"input_2\", 0, 0]]], ");
        return "{\"class_name\": \"Model\", \"keras_version\": \"" + version + "\", \"config\": {\"name\": \"model_1\", \"layers\": [" +
            Input("input_1", shapeA) + ", " + Input("input_2", shapeB) + ", " + merged + "], " +
            "\"input_layers\": [[\"input_1\", 0, 0], [\"input_2\", 0, 0]], \"output_layers\": [[\"merge_1\", 0, 0]]}}";
    }
}
