using KerasDsl.Core;

namespace KerasDsl.Tests;

/// <summary>Small assertions shared by the layer tests.</summary>
internal static class Assertions
{
    /// <summary>Runs <paramref name="build"/> and asserts it is refused with this ID on this layer.</summary>
    public static KerasModelException Refused(string id, string layerName, Func<object> build)
    {
        var e = Assert.Throws<KerasModelException>(() => build());
        Assert.Equal(id, e.Id);
        Assert.Equal(layerName, e.LayerName);
        Assert.StartsWith(layerName + " ", e.Message);
        return e;
    }

    /// <summary>Asserts the last layer's output shape and params.</summary>
    public static void Last(Sequential model, string shape, long @params)
    {
        var row = model.Layers[^1];
        Assert.Equal(shape, row.OutputShape.ToString());
        Assert.Equal(@params, row.Params);
    }

    /// <summary>Normalizes line ends and trims trailing spaces, for comparing with the seed's text.</summary>
    public static string Normalize(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');
}
