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
/// ...; <see cref="Keras1Interfaces.IsKeras1OnlyField"/>). A file that names another writer (keras_version "2.x" of Keras 2
/// and tf.keras, "tfjs-layers ..." of TensorFlow.js, Keras 3's <c>module</c> fields) is not Keras 1, whatever its fields;
/// one of Keras 2.0 or 2.1 may still hold what only those versions wrote (<see cref="LegacyKind.Keras2Legacy"/>).
/// </summary>
internal static class LegacyFormat
{
    public static LegacyEvidence? Find(JsonElement model, string prefix)
    {
        string? version = model.TryGetProperty("keras_version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (version != null && version.StartsWith("1.", StringComparison.Ordinal))
            return new LegacyEvidence(LegacyKind.Keras1, prefix + "keras_version", $"keras_version \"{version}\"", version);
        // Keras 3 names itself otherwise: its objects carry the module they come from, which no Keras 1 file has.
        if (model.TryGetProperty("module", out _)) return null;
        // A later writer (Keras 2.2+, tf.keras, TensorFlow.js) wrote neither Merge (gone in Keras 2.2) nor a GRU without
        // reset_after: nothing to look for, and a large file is not walked.
        bool versionNamed = version != null;
        if (versionNamed && !WroteLegacyLayers(version!)) return null;
        bool oldGru = versionNamed && WroteGruWithoutResetAfter(version!);

        // A Keras 1 model shows itself in its first layers: a Sequential's first layer writes input_dtype (keras 1.2.2
        // Layer.get_config, beside batch_input_shape), as every InputLayer does, which a functional model lists first.
        // So a file that names no writer is walked for its first entries only, not to the end of a large model; and
        // paths are spelled out only for the evidence found.
        var stack = new Stack<(JsonElement Entry, JsonPath Path)>();
        stack.Push((model, JsonPath.Of(prefix.TrimEnd('.'))));
        int limit = versionNamed ? int.MaxValue : UnnamedWalkLimit;
        for (int walked = 0; stack.Count > 0 && walked < limit; walked++)
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
                PushItems(stack, config, configPath, limit);
                continue;
            }
            if (config.ValueKind != JsonValueKind.Object) continue;
            if (oldGru && className == "GRU" && !config.TryGetProperty("reset_after", out _))
                return new LegacyEvidence(LegacyKind.Keras2Legacy, path.Field("class_name").ToString(), $"a GRU without reset_after, written by Keras {version}", version);
            // Looked up by name rather than by enumerating the config: no string is made for a field of a large model.
            if (!versionNamed)
                foreach (var field in Keras1Interfaces.Keras1OnlyFields(className))
                    if (config.TryGetProperty(field, out _))
                        return new LegacyEvidence(LegacyKind.Keras1, configPath.Field(field).ToString(), $"the Keras 1 field {field} of {className}", version);
            if (config.TryGetProperty("layers", out var layers) && layers.ValueKind == JsonValueKind.Array) PushItems(stack, layers, configPath.Field("layers"), limit);
            if (config.TryGetProperty("layer", out var layer) && layer.ValueKind == JsonValueKind.Object) stack.Push((layer, configPath.Field("layer")));
        }
        return null;
    }

    /// <summary>How many layer entries of a file that names no writer are looked at.</summary>
    internal const int UnnamedWalkLimit = 256;

    /// <summary>Keras 2.0 and 2.1 (Merge is in keras/legacy/layers.py until 2.2.0 removed it).</summary>
    private static bool WroteLegacyLayers(string version) => version.StartsWith("2.0.", StringComparison.Ordinal) || version.StartsWith("2.1.", StringComparison.Ordinal);

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

    /// <summary>Pushes a list's first <paramref name="limit"/> items so that they pop in order.</summary>
    private static void PushItems(Stack<(JsonElement, JsonPath)> stack, JsonElement list, JsonPath path, int limit)
    {
        var items = new List<JsonElement>(Math.Min(list.GetArrayLength(), limit));
        foreach (var item in list.EnumerateArray())
        {
            if (items.Count == limit) break;
            items.Add(item);
        }
        for (int i = items.Count - 1; i >= 0; i--) stack.Push((items[i], path.Item(i)));
    }
}
