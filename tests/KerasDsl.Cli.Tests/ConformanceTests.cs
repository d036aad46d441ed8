using System.Text.Json;
using System.Text.RegularExpressions;
using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// Every model of Data/tfjs-cases.jsonl (built and counted by TensorFlow.js 4.22), read from its Keras JSON
/// exactly as written and evaluated by Core: the same counts and shapes for the models tfjs built, a refusal for
/// the ones it refused. (tfjs never writes a SeparableConv's depth_multiplier; the shared data now writes it for
/// every SeparableConv2D, so no case needs a rule to recover it.)
/// </summary>
public class ConformanceTests
{
    private static readonly string[] Lines = JsonLines.Read("tfjs-cases.jsonl");

    public static TheoryData<int, string> Cases() => JsonLines.Cases(Lines);

    [Fact]
    public void The_file_has_246_cases() => Assert.Equal(246, Lines.Length);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_agrees_with_TensorFlow_js(int line, string id)
    {
        using var document = JsonDocument.Parse(Lines[line - 1]);
        var expected = document.RootElement;
        Assert.Equal(id, expected.GetProperty("id").GetString());
        var model = KerasJsonReader.ReadSequential(expected.GetProperty("keras"));

        if (expected.GetProperty("kind").GetString() == "ok")
        {
            var evaluated = model.Evaluate();
            var summary = evaluated.Summarize();
            Assert.Equal(Shape(expected.GetProperty("input_shape")), evaluated.InputShape!.ToString());
            // One line per layer, so that a difference shows the whole table.
            string expectedTable = string.Join("\n", expected.GetProperty("layers").EnumerateArray().Select(l =>
                $"{l.GetProperty("class").GetString()} {Shape(l.GetProperty("output_shape"))} {l.GetProperty("params").GetInt64()}"));
            string actualTable = string.Join("\n", summary.Rows.Select(r => $"{r.ClassName} {r.OutputShape} {r.Params}"));
            Assert.Equal(expectedTable, actualTable);
            Assert.Equal(expected.GetProperty("total").GetInt64(), summary.TotalParams);
            Assert.Equal(expected.GetProperty("trainable").GetInt64(), summary.TrainableParams);
            Assert.Equal(expected.GetProperty("non_trainable").GetInt64(), summary.NonTrainableParams);
        }
        else
        {
            var refusal = Assert.Throws<KerasModelException>(() => model.Evaluate().Summarize());
            // tfjs says e.g. "Input 0 is incompatible with layer conv2d_Conv2D7: expected ndim=4, found ndim=3":
            // the same layer must be refused, and a wrong rank is KD0001.
            string message = expected.GetProperty("error").GetString()!;
            var layer = Regex.Match(message, @"layer (\S+?):");
            if (layer.Success) Assert.Equal(layer.Groups[1].Value, refusal.LayerName);
            if (message.Contains("expected ndim=", StringComparison.Ordinal))
                Assert.True(refusal.Id == Diagnostics.IncompatibleInputRankId, $"expected KD0001 (rank), got {refusal.Id}: {refusal.Message}");
        }
    }

    [Fact]
    public void Every_SeparableConv_that_tfjs_built_has_its_depth_multiplier_written()
    {
        int separable = 0;
        foreach (var line in Lines)
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.GetProperty("kind").GetString() != "ok") continue;
            foreach (var layer in document.RootElement.GetProperty("keras").GetProperty("config").GetProperty("layers").EnumerateArray())
            {
                if (!layer.GetProperty("class_name").GetString()!.StartsWith("SeparableConv", StringComparison.Ordinal)) continue;
                separable++;
                Assert.True(layer.GetProperty("config").TryGetProperty("depth_multiplier", out _));
            }
        }
        Assert.Equal(13, separable);
    }

    /// <summary>A JSON shape as Core prints shapes: [null, 4] → (None, 4).</summary>
    private static string Shape(JsonElement dims) =>
        new Shape(dims.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()).ToArray()).ToString();
}
