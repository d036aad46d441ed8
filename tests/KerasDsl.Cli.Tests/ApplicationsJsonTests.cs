using System.Text.Json;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// Ten Keras Applications as TensorFlow.js 4.22 wrote them (tests/KerasDsl.Benchmarks/applications/make-json.js, with
/// Keras's layer names): the tool reads each file and counts what tfjs counted, which is also what Keras publishes.
/// </summary>
public class ApplicationsJsonTests
{
    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        using var counts = JsonDocument.Parse(File.ReadAllText(Cli.Data("applications", "counts.json")));
        foreach (var model in counts.RootElement.GetProperty("models").EnumerateObject()) data.Add(model.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Each_Application_counts_as_TensorFlow_js_counted_it(string model)
    {
        using var counts = JsonDocument.Parse(File.ReadAllText(Cli.Data("applications", "counts.json")));
        var expected = counts.RootElement.GetProperty("models").GetProperty(model);
        var run = Cli.Run("summary", "--format", "json", Cli.Data("applications", expected.GetProperty("file").GetString()!));
        Assert.Equal(0, run.Code);
        using var result = JsonDocument.Parse(run.Out);
        var r = result.RootElement;
        Assert.True(r.GetProperty("ok").GetBoolean(), run.Out);
        Assert.Equal(expected.GetProperty("total").GetInt64(), r.GetProperty("total").GetInt64());
        Assert.Equal(expected.GetProperty("trainable").GetInt64(), r.GetProperty("trainable").GetInt64());
        Assert.Equal(expected.GetProperty("non_trainable").GetInt64(), r.GetProperty("non_trainable").GetInt64());
        Assert.Equal(expected.GetProperty("layers").GetInt32(), r.GetProperty("layers").GetArrayLength());
    }

    [Fact]
    public void All_ten_are_there()
    {
        Assert.Equal(11, Models().Count);   // the ten Applications and the shared-LSTM example
    }
}
