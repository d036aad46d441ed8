using System.Text.Json;

namespace KerasDsl.Cli.Keras1;

/// <summary>Which of Keras 2's legacy conversions a file needs.</summary>
internal enum LegacyKind
{
    /// <summary>A Keras 1 file: every layer goes through Keras 2's legacy interfaces.</summary>
    Keras1,

    /// <summary>
    /// A Keras 2.0-2.1 file with what only those versions wrote: the deprecated <c>Merge</c> layer (kept in
    /// keras/legacy/layers.py until 2.2), or a GRU written before Keras 2.1.5 added <c>reset_after</c>.
    /// </summary>
    Keras2Legacy,
}

/// <summary>What showed that a file needs the legacy conversions: the field's JSON path and what it holds, in words.</summary>
internal sealed record LegacyEvidence(LegacyKind Kind, string Path, string What, string? KerasVersion);

/// <summary>
/// Tells a Keras 1 file (or a Keras 2.0-2.1 one with legacy parts) by its fields. Keras 1.0.4 and later write
/// <c>"keras_version": "1.x"</c> beside the model (keras/engine/topology.py, Container._updated_config); earlier ones
/// write none, and their layers tell: a class name only Keras 1 writes (<c>Convolution2D</c>, <c>Merge</c>, ...) or a
/// field only a Keras 1 config of that class has (<c>nb_filter</c>, <c>output_dim</c> on a Dense, Dropout's <c>p</c>,
/// ...; <see cref="Keras1Interfaces.IsKeras1OnlyField"/>). A file that names another writer in keras_version (Keras 2,
/// tf.keras, TensorFlow.js) is not Keras 1, whatever its fields.
/// </summary>
internal static class LegacyFormat
{
    public static LegacyEvidence? Find(JsonElement model, string prefix)
    {
        string? version = model.TryGetProperty("keras_version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (version != null && version.StartsWith("1.", StringComparison.Ordinal))
            return new LegacyEvidence(LegacyKind.Keras1, prefix + "keras_version", $"keras_version \"{version}\"", version);
        bool versionNamed = version != null;
        bool oldGru = version != null && WroteGruWithoutResetAfter(version);

        // Paths are spelled out only for the evidence found: a large Keras 3 file is walked to the end.
        var stack = new Stack<(JsonElement Entry, JsonPath Path)>();
        stack.Push((model, JsonPath.Of(prefix.TrimEnd('.'))));
        while (stack.Count > 0)
        {
            var (entry, path) = stack.Pop();
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("class_name", out var c) || c.ValueKind != JsonValueKind.String)
                continue;
            string className = c.GetString()!;
            if (className == "Merge")
                return new LegacyEvidence(versionNamed ? LegacyKind.Keras2Legacy : LegacyKind.Keras1, path.Field("class_name").ToString(), "the layer class Merge", version);
            if (!versionNamed && Keras1Interfaces.IsKeras1OnlyClass(className))
                return new LegacyEvidence(LegacyKind.Keras1, path.Field("class_name").ToString(), $"the Keras 1 layer class {className}", version);
            if (!entry.TryGetProperty("config", out var config)) continue;
            var configPath = path.Field("config");
            if (config.ValueKind == JsonValueKind.Array)
            {
                PushItems(stack, config, configPath);
                continue;
            }
            if (config.ValueKind != JsonValueKind.Object) continue;
            if (oldGru && className == "GRU" && !config.TryGetProperty("reset_after", out _))
                return new LegacyEvidence(LegacyKind.Keras2Legacy, path.Field("class_name").ToString(), $"a GRU without reset_after, written by Keras {version}", version);
            foreach (var field in config.EnumerateObject())
            {
                if (!versionNamed && Keras1Interfaces.IsKeras1OnlyField(className, field.Name))
                    return new LegacyEvidence(LegacyKind.Keras1, configPath.Field(field.Name).ToString(), $"the Keras 1 field {field.Name} of {className}", version);
                if (field.Name == "layers" && field.Value.ValueKind == JsonValueKind.Array) PushItems(stack, field.Value, configPath.Field("layers"));
                else if (field.Name == "layer" && field.Value.ValueKind == JsonValueKind.Object) stack.Push((field.Value, configPath.Field("layer")));
            }
        }
        return null;
    }

    /// <summary>
    /// Keras 2.0.0 to 2.1.4 (standalone, and tf.keras built from them: "2.0.8-tf") had no reset_after: their GRU is
    /// reset_after=False, which Keras 2.1.5 made the argument's default (keras/layers/recurrent.py).
    /// </summary>
    internal static bool WroteGruWithoutResetAfter(string version)
    {
        var parts = version.Split('.', '-');
        if (parts.Length < 3 || parts[0] != "2" || !int.TryParse(parts[1], out int minor) || !int.TryParse(parts[2], out int patch)) return false;
        return minor == 0 || (minor == 1 && patch < 5);
    }

    private static void PushItems(Stack<(JsonElement, JsonPath)> stack, JsonElement list, JsonPath path)
    {
        var items = new List<JsonElement>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray()) items.Add(item);
        for (int i = items.Count - 1; i >= 0; i--) stack.Push((items[i], path.Item(i)));
    }
}
