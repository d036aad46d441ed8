using System.Text.Json;
using System.Text.Json.Nodes;

namespace KerasDsl.Cli.Keras1;

/// <summary>Why a legacy file is not converted: where, which layer, and the words that follow the layer's name.</summary>
internal sealed record LegacyRefusal(string Path, string? LayerName, string Detail);

/// <summary>A converted model (Keras 2's form, for <see cref="KerasJsonReader"/>), where its parts came from, and what was assumed.</summary>
internal sealed record LegacyConversion(JsonObject Model, PathMap Map, IReadOnlyList<string> Notes);

/// <summary>
/// Rewrites a Keras 1 model (or a Keras 2.0-2.1 one with legacy parts) as Keras 2 reads it, into the Keras 2 JSON that
/// <see cref="KerasJsonReader"/> reads: each layer's config through its Keras 2 legacy interface
/// (<see cref="Keras1Interfaces"/>: renamed classes and arguments, converted values, the preprocessors), the
/// <c>Merge</c> layer as the merge layer of its mode, and a Sequential whose first layer is a <c>Merge</c> of branch
/// models as the functional model Keras 2 builds for it. What Keras 2 cannot read, or KerasDsl cannot count as Keras
/// 2 would, is refused (<see cref="LegacyRefusal"/>) rather than guessed.
/// </summary>
internal sealed partial class LegacyConverter
{
    private readonly LegacyEvidence evidence;
    private readonly bool keras1;
    private readonly bool gruResetBefore;
    private readonly PathMap map = new();
    private readonly List<string> notes = new();
    private readonly string? statedOrdering;
    private readonly bool orderingConflict;

    private LegacyConverter(LegacyEvidence evidence, JsonObject model)
    {
        this.evidence = evidence;
        keras1 = evidence.Kind == LegacyKind.Keras1;
        gruResetBefore = keras1 || (evidence.KerasVersion != null && LegacyFormat.WroteGruWithoutResetAfter(evidence.KerasVersion));
        var orderings = new HashSet<string>(StringComparer.Ordinal);
        CollectOrderings(model, orderings);
        orderingConflict = orderings.Count > 1;
        statedOrdering = orderings.Count == 1 ? orderings.First() : null;
    }

    /// <summary>Converts the model object at <paramref name="prefix"/>; throws <see cref="LegacyRefusalException"/> for what it cannot convert.</summary>
    public static LegacyConversion Convert(JsonElement model, string prefix, LegacyEvidence evidence)
    {
        var root = JsonNode.Parse(model.GetRawText(), documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!.AsObject();
        var converter = new LegacyConverter(evidence, root);
        string path = prefix.TrimEnd('.');
        converter.ConvertModel(root, path, path, topLevel: true);
        return new LegacyConversion(root, converter.map, converter.notes);
    }

    // ---- models ----

    private void ConvertModel(JsonObject entry, string orig, string now, bool topLevel)
    {
        string? className = ClassOf(entry);
        var config = entry["config"];
        if (className == "Sequential")
        {
            var (layers, layersField) = SequentialLayers(config);
            if (layers == null) return;   // the reader says what is wrong with it
            if (layers.Count > 0 && layers[0] is JsonObject first && ClassOf(first) == "Merge")
            {
                if (!topLevel)
                    throw Refuse(Field(orig, "config"), NameOf(first), "is the Merge that starts a Sequential nested in another model: Keras 2 reads such a " +
                        "Sequential only as a whole model (keras/models.py, Sequential.legacy_from_config), and kerasdsl converts it only there. " +
                        "Save the nested Sequential as a model of its own");
                Flatten(entry, layers, Field(orig, "config" + layersField), now);
                return;
            }
            for (int i = 0; i < layers.Count; i++)
                ConvertLayer(layers[i], Item(Field(orig, "config" + layersField), i), Item(Field(now, "config" + layersField), i));
        }
        else if (config is JsonObject functional && functional["layers"] is JsonArray layers)
        {
            for (int i = 0; i < layers.Count; i++)
                ConvertLayer(layers[i], Item(Field(orig, "config.layers"), i), Item(Field(now, "config.layers"), i));
        }
    }

    /// <summary>A Sequential's layers: Keras 1 and Keras 2.0-2.2 write the bare list, later versions <c>{"layers": [...]}</c>.</summary>
    private static (JsonArray? Layers, string Field) SequentialLayers(JsonNode? config) => config switch
    {
        JsonArray list => (list, ""),
        JsonObject o when o["layers"] is JsonArray list => (list, ".layers"),
        _ => (null, ""),
    };

    // ---- layers ----

    private void ConvertLayer(JsonNode? node, string orig, string now)
    {
        if (node is not JsonObject entry || ClassOf(entry) is not { } className) return;   // the reader says what is wrong
        map.Add(now, orig);
        if (className is "Sequential" or "Model" or "Functional")
        {
            ConvertModel(entry, orig, now, topLevel: false);
            return;
        }
        if (entry["config"] is not JsonObject config) return;
        string origConfig = orig + ".config", nowConfig = now + ".config";
        if (className == "Merge")
        {
            ConvertMerge(entry, config, orig, now);
            return;
        }
        RefuseRemovedClass(className, config, orig);
        if (config["layer"] is JsonObject wrapped) ConvertLayer(wrapped, origConfig + ".layer", nowConfig + ".layer");
        if (keras1) ApplyInterface(entry, className, config, orig, now);
        if (className == "GRU" && gruResetBefore && !config.ContainsKey("reset_after"))
        {
            // Keras 1's GRU has one bias per gate (keras 1.2.2 recurrent.py), Keras 2's reset_after=False; Keras 2.1.5 added
            // the argument with that default, which Keras 3 and tf.keras 2 changed to True (two biases per gate).
            config["reset_after"] = false;
            map.AddAbsorbing(nowConfig + ".reset_after", orig);
            Note("a GRU is counted with reset_after=False, the GRU of Keras 1 and Keras 2 (Keras 3's default is True)");
        }
    }

    /// <summary>Classes Keras 2 does not read from a Keras 1 file, or reads as legacy layers KerasDsl does not model.</summary>
    private void RefuseRemovedClass(string className, JsonObject config, string orig)
    {
        string? why = className switch
        {
            "TimeDistributedDense" => "Keras 2 removed TimeDistributedDense and cannot read it. Write it as TimeDistributed(Dense(output_dim)), " +
                "which has the same weights",
            "MaxoutDense" or "Highway" => $"Keras 2.0 and 2.1 read {className} as a legacy layer (keras/legacy/layers.py) and Keras 2.2 removed it; " +
                "kerasdsl does not model it. Replace it with layers Keras 2 has",
            "ParametricSoftplus" or "SReLU" => $"Keras 2 moved {className} out of keras.layers (to keras-contrib) and cannot read it. " +
                "Replace it with a layer Keras 2 has",
            _ => null,
        };
        if (why != null)
            throw Refuse(Field(orig, "class_name"), StringField(config, "name"), $"is a {className} layer: {why}");
    }

    // ---- helpers ----

    private static JsonArray Ref(string layer, int node) => new(layer, node, 0);

    private static bool IsModel(JsonObject entry) => ClassOf(entry) is "Sequential" or "Model" or "Functional";

    private static string? ClassOf(JsonObject entry) =>
        entry["class_name"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static string? NameOf(JsonObject entry) => StringField(entry["config"] as JsonObject, "name");

    private static string? StringField(JsonObject? o, string field) =>
        o?[field] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static string? DataFormat(string dimOrdering) => dimOrdering switch
    {
        "tf" => "channels_last",
        "th" => "channels_first",
        _ => null,
    };

    /// <summary>Every dim_ordering a layer of the model states ('th' or 'tf'), as Keras 2's data_format.</summary>
    private static void CollectOrderings(JsonNode? node, HashSet<string> into)
    {
        var stack = new Stack<JsonNode?>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "dim_ordering" && value is JsonValue v && v.TryGetValue(out string? s) && DataFormat(s) is { } format) into.Add(format);
                        else stack.Push(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) stack.Push(item);
                    break;
            }
        }
    }

    private void Note(string note)
    {
        if (!notes.Contains(note)) notes.Add(note);
    }

    /// <summary>The refusal; an entry without a name is "the entry" in words, its path said beside them.</summary>
    private LegacyRefusalException Refuse(string path, string? layerName, string detail) =>
        new(new LegacyRefusal(path, layerName ?? "the entry", detail + ". " + Describe(evidence) + "."));

    /// <summary>What the file is, and the field that showed it, for every refusal's last sentence.</summary>
    internal static string Describe(LegacyEvidence evidence) => evidence.Kind == LegacyKind.Keras1
        ? $"The file is Keras 1 ({evidence.What}, at {evidence.Path}), read as Keras 2's legacy converters read it"
        : $"The file has what only Keras 2.0-2.1 wrote ({evidence.What}, at {evidence.Path}), read as Keras 2's legacy converters read it";

    private static string Field(string path, string field) => path.Length == 0 ? field : path + "." + field;

    private static string Item(string path, int i) => $"{path}[{i}]";
}

/// <summary>A legacy file the converter does not convert (<see cref="LegacyRefusal"/>).</summary>
internal sealed class LegacyRefusalException : Exception
{
    public LegacyRefusalException(LegacyRefusal refusal)
        : base(refusal.Detail)
    {
        Refusal = refusal;
    }

    public LegacyRefusal Refusal { get; }
}
