using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>
/// One JSON object per file and line on stdout:
/// <c>{"file", "ok": true, "total", "trainable", "non_trainable", "layers": [{"name", "class", "output_shape", "params"}], "warnings"?}</c>;
/// a functional model also has <c>"outputs"</c> (each output's shape) and, per layer, <c>"connected_to"</c> (Keras 2's
/// "Connected to": <c>"dense[0][0]"</c>, one per input tensor of each application), and a shared layer applied with
/// different shapes (Keras 2's "multiple") has <c>"output_shape": null</c>;
/// or <c>{"file", "ok": false, "error": {"id", "message", "layer", "path"}}</c>. Input errors (unreadable file,
/// invalid JSON) have <c>"id": null</c> and are also written to stderr.
/// </summary>
internal sealed class JsonResultWriter : IResultWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        // Keeps 'relu' and non-ASCII names readable; quotes, backslashes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter stdout;
    private readonly TextWriter stderr;

    public JsonResultWriter(TextWriter stdout, TextWriter stderr)
    {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public void Write(FileResult result)
    {
        stdout.Write(Format(result) + "\n");
        if (result.InputError != null)
            stderr.WriteLine(TerminalText.Escape($"{result.File}: error: {(result.Path == null ? "" : result.Path + ": ")}{result.InputError}"));
    }

    public static string Format(FileResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", result.File);
            json.WriteBoolean("ok", result.Summary != null);
            if (result.Summary is { } summary)
            {
                json.WriteNumber("total", summary.TotalParams);
                json.WriteNumber("trainable", summary.TrainableParams);
                json.WriteNumber("non_trainable", summary.NonTrainableParams);
                if (result.IsGraph)
                {
                    json.WriteStartArray("outputs");
                    foreach (var shape in summary.OutputShapes) WriteShape(json, shape);
                    json.WriteEndArray();
                }
                json.WriteStartArray("layers");
                foreach (var row in summary.Rows)
                {
                    json.WriteStartObject();
                    json.WriteString("name", row.Name);
                    json.WriteString("class", row.ClassName);
                    json.WritePropertyName("output_shape");
                    if (result.IsGraph && row.OutputShapeText == MultipleShapes) json.WriteNullValue();
                    else WriteShape(json, row.OutputShape);
                    json.WriteNumber("params", row.Params);
                    if (result.IsGraph)
                    {
                        json.WriteStartArray("connected_to");
                        foreach (var connection in row.Connections) json.WriteStringValue(connection);
                        json.WriteEndArray();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                if (result.Warnings.Count > 0)
                {
                    json.WriteStartArray("warnings");
                    foreach (var (warning, path) in result.Warnings)
                        WriteProblem(json, null, warning.Id, warning.Message, warning.LayerName, path);
                    json.WriteEndArray();
                }
            }
            else if (result.Refusal is { } refusal)
            {
                WriteProblem(json, "error", refusal.Id, refusal.Message, refusal.LayerName, result.Path);
            }
            else
            {
                WriteProblem(json, "error", null, result.InputError!, null, result.Path);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Keras 2's output shape of a layer applied to inputs of different shapes (Core's functional rows).</summary>
    private const string MultipleShapes = "multiple";

    private static void WriteShape(Utf8JsonWriter json, Shape shape)
    {
        json.WriteStartArray();
        foreach (var dim in shape.Dims)
        {
            if (dim is long size) json.WriteNumberValue(size);
            else json.WriteNullValue();
        }
        json.WriteEndArray();
    }

    private static void WriteProblem(Utf8JsonWriter json, string? property, string? id, string message, string? layer, string? path)
    {
        if (property == null) json.WriteStartObject();
        else json.WriteStartObject(property);
        WriteStringOrNull(json, "id", id);
        json.WriteString("message", message);
        WriteStringOrNull(json, "layer", layer);
        WriteStringOrNull(json, "path", path);
        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value == null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
