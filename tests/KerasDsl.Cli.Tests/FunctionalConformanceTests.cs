using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// Every model of Data/tfjs-functional-cases.jsonl (random functional models, shared layers among them, built and
/// counted by TensorFlow.js 4.22), read from its Keras JSON exactly as written and built by the CLI's graph reader:
/// the same three totals, the same layers in the same order (model.layers) with the same params, the same output shapes.
/// <para>
/// One known defect of tfjs, not of KerasDsl: tfjs computes a <c>causal</c> Conv1D's output length as if the padding were
/// <c>valid</c> (its convOutputLength has no causal branch; the shared data's README), while Keras treats causal like
/// same, length ceil(length / strides) (keras/src/ops/operation_utils.py, compute_conv_output_shape:
/// <c>elif padding in ("same", "causal")</c>). 12 cases have a causal Conv1D; in 9 of them the length reaches an output.
/// For each such case the test checks both halves: the model read with those layers' padding set to valid (what tfjs
/// computed) agrees with tfjs in everything, and the model as written agrees in every count and gives each causal
/// Conv1D Keras's length.
/// </para>
/// </summary>
public class FunctionalConformanceTests
{
    private static readonly string[] Lines = JsonLines.Read("tfjs-functional-cases.jsonl");

    public static TheoryData<int, string> Cases() => JsonLines.Cases(Lines);

    [Fact]
    public void The_file_has_120_cases_all_built_by_tfjs() =>
        Assert.Equal(120, Lines.Count(line => line.Contains("\"kind\":\"ok\"", StringComparison.Ordinal)));

    [Fact]
    public void Some_cases_share_a_layer_and_some_have_several_inputs_or_outputs()
    {
        int shared = 0, severalInputs = 0, severalOutputs = 0;
        foreach (var line in Lines)
        {
            using var document = JsonDocument.Parse(line);
            var config = document.RootElement.GetProperty("keras").GetProperty("config");
            if (config.GetProperty("layers").EnumerateArray().Any(l => l.GetProperty("inbound_nodes").GetArrayLength() > 1)) shared++;
            if (config.GetProperty("input_layers").GetArrayLength() > 1) severalInputs++;
            if (config.GetProperty("output_layers").GetArrayLength() > 1) severalOutputs++;
        }
        Assert.True(shared >= 10 && severalInputs >= 10 && severalOutputs >= 10, $"{shared} shared, {severalInputs} several inputs, {severalOutputs} several outputs");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_agrees_with_TensorFlow_js(int line, string id)
    {
        using var document = JsonDocument.Parse(Lines[line - 1]);
        var expected = document.RootElement;
        Assert.Equal(id, expected.GetProperty("id").GetString());
        var keras = System.Text.Json.Nodes.JsonNode.Parse(expected.GetProperty("keras").GetRawText())!;
        var causal = keras["config"]!["layers"]!.AsArray()
            .Where(l => (string?)l!["class_name"] == "Conv1D" && (string?)l["config"]!["padding"] == "causal").ToList();
        if (causal.Count == 0)
        {
            AgreesWithTfjs(KerasJsonReader.Read(expected.GetProperty("keras")), expected, compareOutputs: true);
            return;
        }

        // As written: Keras's causal length, the counts unchanged (a Conv1D's weights do not depend on the length).
        var asWritten = AgreesWithTfjs(KerasJsonReader.Read(expected.GetProperty("keras")), expected, compareOutputs: false);
        foreach (var layer in causal)
        {
            var row = asWritten.Rows.Single(r => r.Name == (string?)layer!["name"]);
            long strides = (long)layer!["config"]!["strides"]![0]!;
            var input = InputLengthOf(asWritten, layer);
            Assert.Equal(input == null ? null : (input + strides - 1) / strides, row.OutputShape[1]);
        }

        // As tfjs computed it: padding valid.
        foreach (var layer in causal) layer!["config"]!["padding"] = "valid";
        AgreesWithTfjs(KerasJsonReader.Read(keras.ToJsonString()), expected, compareOutputs: true);
    }

    /// <summary>The length (dim 1) of the tensor a layer of one inbound node reads, from the summary's rows.</summary>
    private static long? InputLengthOf(ModelSummary summary, System.Text.Json.Nodes.JsonNode layer)
    {
        string source = (string)layer["inbound_nodes"]![0]![0]![0]!;
        return summary.Rows.Single(r => r.Name == source).OutputShape[1];
    }

    private static ModelSummary AgreesWithTfjs(KerasJsonModel read, JsonElement expected, bool compareOutputs)
    {
        var model = Assert.IsType<FunctionalJsonModel>(read);
        var counted = model.Count();
        var summary = counted.Summary;
        Assert.True(counted.IsGraph);

        // One line per layer, in the order given (model.layers), so that a difference shows the whole list.
        string expectedLayers = string.Join("\n", expected.GetProperty("layers").EnumerateArray().Select(l =>
            $"{l.GetProperty("name").GetString()} ({l.GetProperty("class").GetString()}) {l.GetProperty("params").GetInt64()}"));
        string actualLayers = string.Join("\n", summary.Rows.Select(r => $"{r.Name} ({r.ClassName}) {r.Params}"));
        Assert.Equal(expectedLayers, actualLayers);

        string expectedOutputs = string.Join(" ", expected.GetProperty("outputs").EnumerateArray().Select(Shape));
        if (compareOutputs) Assert.Equal(expectedOutputs, string.Join(" ", summary.OutputShapes));
        else Assert.Equal(expected.GetProperty("outputs").GetArrayLength(), summary.OutputShapes.Count);

        Assert.Equal(expected.GetProperty("total").GetInt64(), summary.TotalParams);
        Assert.Equal(expected.GetProperty("trainable").GetInt64(), summary.TrainableParams);
        Assert.Equal(expected.GetProperty("non_trainable").GetInt64(), summary.NonTrainableParams);
        return summary;
    }

    [Fact]
    public void Nine_cases_differ_from_tfjs_only_by_its_causal_Conv1D_length()
    {
        int differ = 0;
        foreach (var line in Lines)
        {
            using var document = JsonDocument.Parse(line);
            var expected = document.RootElement;
            var summary = KerasJsonReader.Read(expected.GetProperty("keras")).Count().Summary;
            string expectedOutputs = string.Join(" ", expected.GetProperty("outputs").EnumerateArray().Select(Shape));
            if (expectedOutputs != string.Join(" ", summary.OutputShapes))
            {
                Assert.Contains("\"padding\":\"causal\"", line, StringComparison.Ordinal);
                differ++;
            }
        }
        Assert.Equal(9, differ);
    }

    /// <summary>A JSON shape as Core prints shapes: [null, 4] → (None, 4).</summary>
    private static string Shape(JsonElement dims) =>
        new Shape(dims.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()).ToArray()).ToString();
}
