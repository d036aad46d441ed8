using System.Globalization;
using System.Text;

namespace KerasDsl.Cli;

/// <summary>
/// A JSON path built a segment at a time and spelled out (<c>config.layers[3].inbound_nodes[0][1]</c>) only when a
/// message needs it: a large functional model has a path for each of its hundreds of thousands of references.
/// </summary>
internal sealed class JsonPath
{
    private readonly JsonPath? parent;
    private readonly string? name;
    private readonly int index;
    private string? text;

    private JsonPath(JsonPath? parent, string? name, int index, string? text)
    {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.text = text;
    }

    public static JsonPath Of(string text) => new JsonPath(null, null, -1, text);

    /// <summary>A list's item: <c>path[i]</c>.</summary>
    public JsonPath Item(int i) => new JsonPath(this, null, i, null);

    /// <summary>An object's field: <c>path.name</c> (just <c>name</c> at the document's root).</summary>
    public JsonPath Field(string field) => new JsonPath(this, field, -1, null);

    public override string ToString()
    {
        if (text != null) return text;
        var segments = new List<JsonPath>();
        var at = this;
        while (at.text == null)
        {
            segments.Add(at);
            at = at.parent!;
        }
        var sb = new StringBuilder(at.text);
        for (int i = segments.Count - 1; i >= 0; i--)
        {
            var segment = segments[i];
            if (segment.name != null) sb.Append(sb.Length == 0 ? "" : ".").Append(segment.name);
            else sb.Append('[').Append(segment.index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return text = sb.ToString();
    }
}
