using System.Text.Json;
using System.Text.RegularExpressions;
using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// Every model of Data/tfjs-cases.jsonl (built and counted by TensorFlow.js 4.22), read from its Keras JSON
/// and evaluated by Core: the same counts and shapes for the models tfjs built, a refusal for the ones it refused.
/// <para>
/// One rule, for a known loss in tfjs's JSON rather than for any case: tfjs's <c>SeparableConv.getConfig</c>
/// never writes <c>depth_multiplier</c> (tfjs-layers src/layers/convolutional.ts; checked with tfjs 4.22:
/// <c>separableConv2d({filters: 1, kernelSize: 1, depthMultiplier: 2, inputShape: [6, 10, 3]})</c> counts 13
/// and its toJSON has no depth_multiplier). Read as Keras reads it, such a layer has the default multiplier 1.
/// For a SeparableConv layer of a tfjs-written file without that field, the test therefore takes the
/// multiplier in 1..8 that gives tfjs's count for that layer's row, and then requires the whole model (every
/// shape, every row, the totals) to agree. 6 of the 247 cases need it (multiplier 2 each); every other case
/// is read exactly as written.
/// </para>
/// </summary>
public class ConformanceTests
{
    private static readonly string[] Lines = File.ReadAllLines(Cli.Data("tfjs-cases.jsonl"))
        .Where(line => line.Trim().Length > 0).ToArray();

    /// <summary>Line number (from 1) and case id, so that each case is its own test result.</summary>
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < Lines.Length; i++)
        {
            using var document = JsonDocument.Parse(Lines[i]);
            data.Add(i + 1, document.RootElement.GetProperty("id").GetString()!);
        }
        return data;
    }

    [Fact]
    public void The_file_has_247_cases() => Assert.Equal(247, Lines.Length);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_agrees_with_TensorFlow_js(int line, string id)
    {
        using var document = JsonDocument.Parse(Lines[line - 1]);
        var expected = document.RootElement;
        Assert.Equal(id, expected.GetProperty("id").GetString());
        var model = KerasJsonReader.Read(expected.GetProperty("keras"));

        if (expected.GetProperty("kind").GetString() == "ok")
        {
            var evaluated = SequentialModel.FromCalls(RecoverTfjsDepthMultipliers(model, expected), model.Name);
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

    /// <summary>The calls, with the depth multiplier tfjs did not write restored for its SeparableConv layers (see above).</summary>
    private static LayerCall[] RecoverTfjsDepthMultipliers(KerasJsonModel model, JsonElement expected)
    {
        var calls = model.Calls.ToArray();
        bool writtenByTfjs = expected.GetProperty("keras").GetProperty("keras_version").GetString()!.StartsWith("tfjs-layers", StringComparison.Ordinal);
        if (!writtenByTfjs) return calls;
        var rows = expected.GetProperty("layers").EnumerateArray().ToArray();
        for (int i = 0; i < calls.Length; i++)
        {
            if (!calls[i].ClassName.StartsWith("SeparableConv", StringComparison.Ordinal) || calls[i].Find("depthMultiplier") != null) continue;
            long tfjsParams = rows[i].GetProperty("params").GetInt64();
            for (int multiplier = 1; multiplier <= 8; multiplier++)
            {
                var candidate = calls.Take(i + 1).ToArray();
                candidate[i] = new LayerCall(candidate[i].ClassName,
                    new EquatableArray<Arg>(candidate[i].Args.Append(new Arg("depthMultiplier", ArgValue.Of((long)multiplier))).ToArray()));
                if (SequentialModel.FromCalls(candidate, model.Name).Summarize().Rows[i].Params != tfjsParams) continue;
                calls[i] = candidate[i];
                break;
            }
        }
        return calls;
    }

    [Fact]
    public void Only_six_cases_need_the_depth_multiplier_tfjs_did_not_write()
    {
        int needed = 0;
        foreach (var line in Lines)
        {
            using var document = JsonDocument.Parse(line);
            var expected = document.RootElement;
            if (expected.GetProperty("kind").GetString() != "ok") continue;
            var model = KerasJsonReader.Read(expected.GetProperty("keras"));
            var recovered = RecoverTfjsDepthMultipliers(model, expected);
            if (recovered.Zip(model.Calls).Any(p => !p.First.Equals(p.Second) && p.First.Find("depthMultiplier")!.Integer != 1)) needed++;
        }
        Assert.Equal(6, needed);
    }

    /// <summary>A JSON shape as Core prints shapes: [null, 4] → (None, 4).</summary>
    private static string Shape(JsonElement dims) =>
        new Shape(dims.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()).ToArray()).ToString();
}
