using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Tests.Layers;

/// <summary>
/// Every convolution and pooling layer of the TensorFlow.js 4.22 conformance models, checked one
/// layer at a time: its input is the previous layer's output shape as tfjs computed it, so the
/// other families' layers need not exist. The data is the CLI tests' copy of
/// shared/conformance/tfjs-cases.jsonl (see its README); tfjs ports Keras 2's layers, whose shapes
/// and counts for these layers agree with Keras 3's (see ConvArithmetic), zero-size outputs aside.
/// </summary>
public class ConvPoolTfjsConformanceTests
{
    private static readonly HashSet<string> Families =
        ConvolutionLayers.Types.Concat(PoolingLayers.Types).Select(t => t.ClassName).ToHashSet();

    [Fact]
    public void Every_conv_and_pooling_layer_of_the_tfjs_models_has_tfjs_shape_and_count()
    {
        int checkedLayers = 0;
        var mismatches = new List<string>();
        var seenClasses = new HashSet<string>();
        foreach (var line in File.ReadLines(DataFile()))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.GetProperty("kind").GetString() != "ok") continue;
            var configs = root.GetProperty("keras").GetProperty("config").GetProperty("layers").EnumerateArray().ToList();
            var results = root.GetProperty("layers").EnumerateArray().ToList();
            for (int i = 0; i < configs.Count; i++)
            {
                string cls = configs[i].GetProperty("class_name").GetString()!;
                if (!Families.Contains(cls)) continue;
                var input = i == 0 ? root.GetProperty("input_shape") : results[i - 1].GetProperty("output_shape");
                var expectedShape = ShapeOf(results[i].GetProperty("output_shape"));
                long expectedParams = results[i].GetProperty("params").GetInt64();
                string where = $"{root.GetProperty("id").GetString()} layer {i} {cls}";
                try
                {
                    var config = configs[i].GetProperty("config");
                    // The shared data writes each SeparableConv's depth_multiplier, which tfjs's own JSON omits.
                    var output = Evaluate(cls, config, input);
                    if (!output.Shape.Equals(expectedShape) || output.Params != expectedParams)
                        mismatches.Add($"{where}: got {output.Shape} {output.Params}, tfjs {expectedShape} {expectedParams}");
                }
                catch (KerasModelException e)
                {
                    mismatches.Add($"{where}: refused {e.Id} {e.Message}, tfjs {expectedShape} {expectedParams}");
                }
                checkedLayers++;
                seenClasses.Add(cls);
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        // The data holds 211 conv/pooling layers of 15 classes (the one causal Conv1D case was removed from it, since tfjs
        // computes a causal length as a valid one); fewer means the harness skipped some.
        Assert.True(checkedLayers >= 211, $"only {checkedLayers} layers checked");
        Assert.True(seenClasses.Count >= 15, "classes checked: " + string.Join(", ", seenClasses));
    }

    private static LayerOutput Evaluate(string cls, JsonElement config, JsonElement inputWithBatch)
    {
        var call = ToCall(cls, config, inputWithBatch);
        return SequentialModel.FromCalls(new[] { call }).Nodes[0].Output!;
    }

    private static LayerCall ToCall(string cls, JsonElement config, JsonElement inputWithBatch)
    {
        var args = new List<Arg>();
        foreach (var p in config.EnumerateObject())
        {
            if (p.Name is "name" or "batch_input_shape" or "dtype" || p.Value.ValueKind == JsonValueKind.Object) continue;
            args.Add(new Arg(Naming.ToCamelCase(p.Name), ToArg(p.Value)));
        }
        var dims = inputWithBatch.EnumerateArray().Skip(1).Select(ToArg).ToArray();
        args.Add(new Arg(SequentialModel.InputArg, ArgValue.Tuple(dims)));
        return new LayerCall(cls, args.ToArray());
    }

    private static ArgValue ToArg(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null => ArgValue.Null,
        JsonValueKind.True => ArgValue.True,
        JsonValueKind.False => ArgValue.False,
        JsonValueKind.String => ArgValue.Of(v.GetString()),
        JsonValueKind.Number => v.TryGetInt64(out long l) ? ArgValue.Of(l) : ArgValue.Of(v.GetDouble()),
        JsonValueKind.Array => ArgValue.Tuple(v.EnumerateArray().Select(ToArg).ToArray()),
        _ => throw new InvalidOperationException("unexpected JSON " + v),
    };

    private static Shape ShapeOf(JsonElement dims) =>
        new(dims.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Null ? (long?)null : d.GetInt64()).ToArray());

    private static string DataFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "KerasDsl.Cli.Tests", "Data", "tfjs-cases.jsonl");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("tests/KerasDsl.Cli.Tests/Data/tfjs-cases.jsonl not found above " + AppContext.BaseDirectory);
    }
}
