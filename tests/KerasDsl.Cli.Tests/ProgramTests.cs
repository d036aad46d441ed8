using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>The command line: arguments, exit status, stdout and stderr, both formats.</summary>
public class ProgramTests
{
    private const string SmallTable =
        "_________________________________________________________________\n" +
        "Layer (type)                 Output Shape              Param #   \n" +
        "=================================================================\n" +
        "dense (Dense)                (None, 4)                 16        \n" +
        "_________________________________________________________________\n" +
        "dense_1 (Dense)              (None, 5)                 25        \n" +
        "=================================================================\n" +
        "Total params: 41\n" +
        "Trainable params: 16\n" +
        "Non-trainable params: 25\n";

    private static readonly string RefusedJson = KerasJson.Sequential(
        KerasJson.Input("[null, 3]"), KerasJson.Dense("dense", 4), KerasJson.Dense("dense_1", -5));

    // ---- usage ----

    [Fact]
    public void Without_arguments_the_tool_reports_usage_on_stderr()
    {
        var run = Cli.Run();
        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains("kerasdsl: no command given.", run.Err);
        Assert.Contains("kerasdsl --help", run.Err);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("summary", "--help")]
    public void Help_goes_to_stdout_with_status_0(params string[] args)
    {
        var run = Cli.Run(args);
        Assert.Equal(0, run.Code);
        Assert.StartsWith("Usage: kerasdsl summary [--format classic|json] MODEL.json...", run.Out);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void Version_is_the_package_version()
    {
        var run = Cli.Run("--version");
        Assert.Equal(0, run.Code);
        Assert.Matches(@"^kerasdsl \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", run.Out);
    }

    [Theory]
    [InlineData("unknown command 'count'", "count", "model.json")]
    [InlineData("unknown option '--verbose'", "--verbose")]
    [InlineData("summary needs at least one MODEL.json file", "summary")]
    [InlineData("summary needs at least one MODEL.json file", "summary", "--format", "json")]
    [InlineData("--format needs a value", "summary", "--format")]
    [InlineData("unknown format 'xml'", "summary", "--format", "xml", "model.json")]
    [InlineData("unknown format 'yaml'", "summary", "--format=yaml", "model.json")]
    [InlineData("unknown option '-x' for summary", "summary", "-x", "model.json")]
    public void Usage_errors_exit_with_2(string message, params string[] args)
    {
        var run = Cli.Run(args);
        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains(message, run.Err);
    }

    // ---- classic format ----

    [Fact]
    public void One_file_prints_its_table_alone()
    {
        using var file = new TempJson(KerasJson.Small);
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(0, run.Code);
        Assert.Equal(SmallTable, run.Out);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public void Several_files_print_each_name_before_its_table_in_the_order_given()
    {
        using var a = new TempJson(KerasJson.Small, "a.json");
        using var b = new TempJson(KerasJson.Small, "b.json");
        var run = Cli.Run("summary", b.Path, a.Path);
        Assert.Equal(0, run.Code);
        Assert.Equal(b.Path + ":\n" + SmallTable + "\n" + a.Path + ":\n" + SmallTable, run.Out);
    }

    [Fact]
    public void A_refused_model_exits_with_1_and_names_the_field_on_stderr()
    {
        using var file = new TempJson(RefusedJson);
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(1, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal(
            $"{file.Path}: error KD0002: dense_1 has an invalid units: expected a positive integer, found -5. Fix: pass units: 1 or more. " +
            "(at config.layers[2].config.units)\n", run.Err);
    }

    [Fact]
    public void A_missing_file_exits_with_2_without_a_stack_trace()
    {
        string missing = Path.Combine(Path.GetTempPath(), "kerasdsl-no-such-" + Guid.NewGuid().ToString("N") + ".json");
        var run = Cli.Run("summary", missing);
        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.StartsWith(missing + ": error: cannot read the file: ", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_directory_is_an_input_error()
    {
        var run = Cli.Run("summary", Path.GetTempPath());
        Assert.Equal(2, run.Code);
        Assert.Contains("error: cannot read the file", run.Err);
    }

    [Fact]
    public void Invalid_json_exits_with_2_and_says_where()
    {
        using var file = new TempJson("{\"class_name\": \"Sequential\",\n \"config\": {\"layers\": [}\n}");
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(2, run.Code);
        Assert.StartsWith(file.Path + ": error: not valid JSON at line 2, column ", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void A_functional_model_without_its_inputs_is_an_input_error_naming_the_field()
    {
        using var file = new TempJson("{\"class_name\": \"Functional\", \"config\": {\"name\": \"model\", \"layers\": []}}");
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(2, run.Code);
        Assert.Equal($"{file.Path}: error: config.input_layers: expected the model's inputs as [layer, node_index, tensor_index] references, found nothing.\n", run.Err);
    }

    [Fact]
    public void An_unknown_class_is_refused_with_its_path()
    {
        using var file = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("dense", 4),
            KerasJson.Layer("FancyDense", "\"name\": \"fancy\", \"units\": 3")));
        var run = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal(1, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        var error = document.RootElement.GetProperty("error");
        Assert.Equal(Diagnostics.UnknownLayerClassId, error.GetProperty("id").GetString());
        Assert.Equal("config.layers[2].class_name", error.GetProperty("path").GetString());
        Assert.Contains("unknown layer class 'FancyDense'", error.GetProperty("message").GetString());
    }

    [Fact]
    public void The_worst_status_wins_and_every_file_is_still_reported()
    {
        using var ok = new TempJson(KerasJson.Small, "ok.json");
        using var refused = new TempJson(RefusedJson, "refused.json");
        string missing = ok.Path + ".missing";

        var oneRefused = Cli.Run("summary", ok.Path, refused.Path);
        Assert.Equal(1, oneRefused.Code);
        Assert.StartsWith(ok.Path + ":\n" + SmallTable, oneRefused.Out);

        var alsoMissing = Cli.Run("summary", missing, refused.Path, ok.Path);
        Assert.Equal(2, alsoMissing.Code);
        Assert.EndsWith(ok.Path + ":\n" + SmallTable, alsoMissing.Out);
        var errors = alsoMissing.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith(missing + ": error: cannot read", errors[0]);
        Assert.StartsWith(refused.Path + ": error KD0002", errors[1]);
    }

    [Fact]
    public void A_keras3_file_is_counted()
    {
        var run = Cli.Run("summary", Cli.Data("keras3", "dense.json"));
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Code);
        // dense: (3 + 1) * 4 = 16 trainable; dense_1 (trainable false): (4 + 1) * 2 = 10.
        Assert.Contains("dense_1 (Dense)              (None, 2)                 10        \n", run.Out);
        Assert.EndsWith("Total params: 26\nTrainable params: 16\nNon-trainable params: 10\n", run.Out);
    }

    [Fact]
    public void A_keras3_bidirectional_with_its_backward_layer_is_counted()
    {
        var run = Cli.Run("summary", "--format", "json", Cli.Data("keras3", "bidirectional.json"));
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Code);
        // Each LSTM(8) over 5 features: 4 * (8 * (8 + 5) + 8) = 448; forward and backward: 896; concat: 16 features.
        Assert.EndsWith("\"total\":896,\"trainable\":896,\"non_trainable\":0,\"layers\":[" +
            "{\"name\":\"bidirectional\",\"class\":\"Bidirectional\",\"output_shape\":[null,16],\"params\":896}]}", run.OutLines[0]);
    }

    [Fact]
    public void A_zero_size_dim_is_counted_with_a_warning_on_stderr()
    {
        using var file = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 0]"), KerasJson.Dense("dense", 2)));
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(0, run.Code);
        Assert.EndsWith("Total params: 2\nTrainable params: 2\nNon-trainable params: 0\n", run.Out);
        Assert.StartsWith($"{file.Path}: warning KD0009: dense has an input shape (None, 0)", run.Err);
        Assert.EndsWith("(at config.layers[1])\n", run.Err);
    }

    // ---- JSON format ----

    [Fact]
    public void Json_format_writes_one_object_per_file_and_line_in_the_order_given()
    {
        using var ok = new TempJson(KerasJson.Small, "ok.json");
        using var refused = new TempJson(RefusedJson, "refused.json");
        string missing = ok.Path + ".missing";
        var run = Cli.Run("summary", "--format", "json", refused.Path, missing, ok.Path);

        Assert.Equal(2, run.Code);
        Assert.EndsWith("\n", run.Out);
        var lines = run.Out.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);

        Assert.Equal(
            "{\"file\":\"" + Escape(refused.Path) + "\",\"ok\":false,\"error\":{\"id\":\"KD0002\"," +
            "\"message\":\"dense_1 has an invalid units: expected a positive integer, found -5. Fix: pass units: 1 or more.\"," +
            "\"layer\":\"dense_1\",\"path\":\"config.layers[2].config.units\"}}", lines[0]);

        using (var missingResult = JsonDocument.Parse(lines[1]))
        {
            var root = missingResult.RootElement;
            Assert.Equal(missing, root.GetProperty("file").GetString());
            Assert.False(root.GetProperty("ok").GetBoolean());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("error").GetProperty("id").ValueKind);
            Assert.StartsWith("cannot read the file: ", root.GetProperty("error").GetProperty("message").GetString());
        }

        Assert.Equal(
            "{\"file\":\"" + Escape(ok.Path) + "\",\"ok\":true,\"total\":41,\"trainable\":16,\"non_trainable\":25,\"layers\":[" +
            "{\"name\":\"dense\",\"class\":\"Dense\",\"output_shape\":[null,4],\"params\":16}," +
            "{\"name\":\"dense_1\",\"class\":\"Dense\",\"output_shape\":[null,5],\"params\":25}]}", lines[2]);

        // The input error is also a message on stderr; the refusal is data on stdout only.
        Assert.StartsWith($"{missing}: error: cannot read the file: ", run.Err);
        Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("KD0002", run.Err);
    }

    [Fact]
    public void Format_can_be_given_with_an_equals_sign()
    {
        using var file = new TempJson(KerasJson.Small);
        Assert.Equal(Cli.Run("summary", "--format", "json", file.Path).Out, Cli.Run("summary", "--format=json", file.Path).Out);
        Assert.Equal(SmallTable, Cli.Run("summary", "--format=classic", file.Path).Out);
    }

    [Fact]
    public void Json_format_lists_warnings_with_their_id_layer_and_path()
    {
        using var file = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 0]"), KerasJson.Dense("dense", 2)));
        var run = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        var warning = Assert.Single(document.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal(Diagnostics.ZeroSizeDimId, warning.GetProperty("id").GetString());
        Assert.Equal("dense", warning.GetProperty("layer").GetString());
        Assert.Equal("config.layers[1]", warning.GetProperty("path").GetString());
        Assert.StartsWith("dense has an input shape (None, 0)", warning.GetProperty("message").GetString());
    }

    [Fact]
    public void Json_format_escapes_what_json_needs_and_keeps_one_line()
    {
        using var file = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 3]"),
            KerasJson.Dense("dense \\\"quoted\\\"\\nline", -1)), "weird \"name\".json");
        var run = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal(1, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.Equal(file.Path, document.RootElement.GetProperty("file").GetString());
        Assert.Equal("dense \"quoted\"\nline", document.RootElement.GetProperty("error").GetProperty("layer").GetString());
    }

    private static string Escape(string path) => path.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
