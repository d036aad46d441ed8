using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>
/// Reads a Keras model as <c>model.to_json()</c> writes it (tf.keras 2.x, Keras 3, TensorFlow.js): a Sequential into
/// Core's <see cref="LayerCall"/>s, a functional model into its layers and nodes (<see cref="FunctionalJsonReader"/>). It knows the file format, never a layer's semantics: each layer's
/// <c>class_name</c> is the call's class, each config field (snake_case → camelCase) an argument, and Core
/// decides what the arguments mean and whether Keras would accept them. A field that Core does not read and that is
/// not known to leave counts and shapes alone (<see cref="KerasConfigFields"/>) is recorded with its path, and the
/// model's evaluation refuses it (KD0018): never silently dropped. A Keras 1 file is first converted as Keras 2's legacy
/// converters read it (<see cref="Keras1.LegacyReader"/>), or refused (KD0028).
/// </summary>
internal static class KerasJsonReader
{
    /// <summary>
    /// The one table of field renames, for fields that an older writer spells differently from Keras 3
    /// (whose names, in camelCase, are the builder's parameter names).
    /// </summary>
    private static readonly Dictionary<(string ClassName, string Field), string> Aliases = new()
    {
        // tf.keras 2.x and TensorFlow.js write LeakyReLU's slope as `alpha`; Keras 3 renamed it `negative_slope`
        // (keras/src/layers/activations/leaky_relu.py). ELU's `alpha` keeps its name in every version.
        [("LeakyReLU", "alpha")] = "negativeSlope",
    };

    /// <summary>
    /// Activation names that only TensorFlow.js writes, as the Keras 3 name with the same shapes (Core accepts exactly
    /// Keras 3's names). tfjs-layers' GeluNew (className 'gelu_new', src/activations.ts) is GELU's tanh approximation,
    /// Keras's <c>gelu(approximate=True)</c>: the values differ slightly from "gelu", the shapes and counts not at all.
    /// </summary>
    private static readonly Dictionary<string, string> TfjsActivations = new(StringComparer.Ordinal)
    {
        ["gelu_new"] = "gelu",
    };

    /// <summary>
    /// Arguments whose object value is a layer rather than an initializer or regularizer: the wrapped layer of
    /// Bidirectional and TimeDistributed, and the backward layer Keras 3's Bidirectional writes.
    /// </summary>
    private static readonly HashSet<string> NestedLayerArgs = new(StringComparer.Ordinal) { "layer", "backwardLayer" };

    /// <summary>
    /// Fields holding the input's shape with the batch dim first: tf.keras 2.x and TensorFlow.js write
    /// <c>batch_input_shape</c>, Keras 3's InputLayer <c>batch_shape</c>. They become the first layer's <c>input</c>.
    /// </summary>
    internal static readonly string[] BatchShapeFields = { "batch_input_shape", "batch_shape" };

    /// <summary>Reads JSON text. Throws <see cref="JsonException"/> for JSON syntax errors and
    /// <see cref="KerasJsonException"/> for JSON that is not a Keras model.</summary>
    public static KerasJsonModel Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (ArgumentException)
        {
            // System.Text.Json transcodes the text to UTF-8 first, which fails on a lone surrogate char (an escape
            // such as \ud800 passes here and is found by CheckText). Text read from a file never has one: decoding
            // replaces it.
            throw new KerasJsonException("", "not valid JSON: the text has a lone UTF-16 surrogate, which is not a Unicode character.");
        }
        using (document)
            return Read(document.RootElement, JsonText.LoneSurrogateEscape(json) == null);
    }

    /// <summary>Reads a Sequential model's JSON text; a functional model is a <see cref="KerasJsonException"/>.</summary>
    public static SequentialJsonModel ReadSequential(string json) => AsSequential(Read(json));

    /// <summary>Reads a parsed Sequential model; a functional model is a <see cref="KerasJsonException"/>.</summary>
    public static SequentialJsonModel ReadSequential(JsonElement root) => AsSequential(Read(root));

    /// <summary>The Sequential read; of a converted Keras 1 file, the converted one (whose paths are the conversion's).</summary>
    private static SequentialJsonModel AsSequential(KerasJsonModel model) =>
        (model is Keras1.LegacyJsonModel legacy ? legacy.Inner : model) as SequentialJsonModel
        ?? throw new KerasJsonException("class_name", $"'{model.Name}' is a functional model, not a Sequential one.");

    /// <summary>Reads a parsed document; the result copies what it needs, so the document may be disposed.</summary>
    public static KerasJsonModel Read(JsonElement root) => Read(root, JsonText.LoneSurrogateEscape(root.GetRawText()) == null);

    /// <summary>
    /// <paramref name="noLoneSurrogate"/>: the text was scanned and has no lone surrogate escape, so the walk that
    /// finds where one is (CheckText, a path for every value) is not needed.
    /// </summary>
    private static KerasJsonModel Read(JsonElement root, bool noLoneSurrogate)
    {
        if (!noLoneSurrogate) CheckText(root, "");
        string prefix = "";
        bool tfjs = WrittenByTfjs(root);
        // A TensorFlow.js model.json artifact keeps the model under modelTopology; tf.keras's HDF5 attribute and
        // tfjs's converter output under model_config.
        while (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("modelTopology", out var topology)) { root = topology; prefix += "modelTopology."; }
            else if (root.TryGetProperty("model_config", out var modelConfig)) { root = modelConfig; prefix += "model_config."; }
            else break;
            tfjs |= WrittenByTfjs(root);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("class_name", out var classElement)
            || classElement.ValueKind != JsonValueKind.String)
            throw new KerasJsonException(Trim(prefix),
                $"expected a Keras model: an object with \"class_name\" (\"Sequential\", \"Functional\" or \"Model\") and a \"config\", found {Describe(root)}. " +
                "Write the file with model.to_json().");
        var dialect = tfjs ? JsonDialect.Tfjs : (JsonDialect?)null;
        // A Keras 1 file (or a Keras 2.0-2.1 one with its legacy layers) is read as Keras 2's legacy converters read it.
        if (!tfjs && Keras1.LegacyFormat.Find(root, prefix) is { } legacy)
            return Keras1.LegacyReader.Read(root, prefix, legacy, dialect);
        return ReadModel(root, prefix, dialect);
    }

    /// <summary>TensorFlow.js writes <c>"keras_version": "tfjs-layers 4.22.0"</c> beside the model's class name.</summary>
    private static bool WrittenByTfjs(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("keras_version", out var version)
        && version.ValueKind == JsonValueKind.String && version.GetString()!.StartsWith("tfjs", StringComparison.Ordinal);

    /// <summary>
    /// A model object (<c>{"class_name", "config"}</c>) at <paramref name="prefix"/>: the document itself, or a layer of
    /// a functional model that is a model. <paramref name="dialect"/> is the writer when known (tfjs, or the outer
    /// model's); null to tell from the model itself.
    /// </summary>
    internal static KerasJsonModel ReadModel(JsonElement root, string prefix, JsonDialect? dialect)
    {
        var classElement = root.GetProperty("class_name");
        string modelClass = classElement.GetString()!;
        if (modelClass != "Sequential" && !IsFunctionalClass(modelClass))
            throw new KerasJsonException(prefix + "class_name",
                $"'{modelClass}' is not a Keras model class: expected 'Sequential', 'Functional' or 'Model'.");
        if (!root.TryGetProperty("config", out var config))
            throw new KerasJsonException(prefix + "config", $"missing: a {modelClass} model's config holds its layers.");
        if (IsFunctionalClass(modelClass))
            return FunctionalJsonReader.Read(config, prefix + "config", dialect);
        return ReadSequentialConfig(config, prefix);
    }

    /// <summary>The class names of a functional model: tf.keras 2.4+ and Keras 3 write Functional, older ones and tfjs Model.</summary>
    internal static bool IsFunctionalClass(string className) => className == "Functional" || className == "Model";

    private static SequentialJsonModel ReadSequentialConfig(JsonElement config, string prefix)
    {
        string name = "sequential";
        JsonElement layers;
        string layersPath;
        JsonElement? buildInputShape = null;
        if (config.ValueKind == JsonValueKind.Array)
        {
            // Keras 2.0 to 2.2 wrote a Sequential's config as the bare list of its layers.
            layers = config;
            layersPath = prefix + "config";
        }
        else if (config.ValueKind == JsonValueKind.Object)
        {
            if (config.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
                && nameElement.GetString()!.Length > 0)
                name = nameElement.GetString()!;
            layersPath = prefix + "config.layers";
            if (!config.TryGetProperty("layers", out layers) || layers.ValueKind != JsonValueKind.Array)
                throw new KerasJsonException(layersPath, $"expected the list of layers, found {Describe(layers)}.");
            // Keras 3 (and tf.keras 2.x for a model built by model.build()) keep the built input shape here.
            if (config.TryGetProperty("build_input_shape", out var bis) && bis.ValueKind == JsonValueKind.Array)
                buildInputShape = bis;
        }
        else
        {
            throw new KerasJsonException(prefix + "config", $"expected an object with the model's layers, found {Describe(config)}.");
        }

        var calls = new List<LayerCall>();
        var sources = new List<LayerSource>();
        var nested = new List<KerasJsonModel?>();
        ArgValue? input = null;
        string? inputPath = null;
        UnsupportedField? inputUnsupported = null;
        int index = 0;
        foreach (var element in layers.EnumerateArray())
        {
            string path = $"{layersPath}[{index}]";
            var (className, layerConfig) = ClassAndConfig(element, path);
            if (index == 0 && className == "InputLayer")
            {
                // Keras 3 and tf.keras 2.x write the input as a leading InputLayer, which summaries do not list.
                (input, inputPath) = BatchShape(layerConfig, path)
                    ?? throw new KerasJsonException(path + ".config",
                        "an InputLayer without batch_shape or batch_input_shape: the model's input shape is unknown.");
                inputUnsupported = InputLayerProblem(layerConfig, path);
                index++;
                continue;
            }

            if (className == "Sequential" || IsFunctionalClass(className))
            {
                // A model as a layer (Keras's Sequential([data_augmentation, ...])): read as a model of its own.
                var model = ReadModel(element, path + ".", null);
                calls.Add(ModelLayer.CallOf(new NamedModel(model.Name, className)));
                sources.Add(new LayerSource(path, className));
                nested.Add(model);
                index++;
                continue;
            }

            var (call, source) = ReadLayer(element, path);
            if (calls.Count == 0 && input == null && BatchShape(layerConfig, path) is { } found)
                (input, inputPath) = found;
            calls.Add(call);
            sources.Add(source);
            nested.Add(null);
            index++;
        }

        if (input == null && buildInputShape is { } built)
            (input, inputPath) = (DropBatchDim(built, prefix + "config.build_input_shape"), prefix + "config.build_input_shape");

        LayerCall? inputCall = null;
        if (input != null && calls.Count > 0 && nested[0] != null)
        {
            // A model first: the input is the model's Input element, as Keras's own leading InputLayer.
            inputCall = new LayerCall(InputLayer.Type.ClassName, new Arg(InputLayer.ShapeArg, input));
        }
        else if (input != null && calls.Count > 0)
        {
            // The input shape is the first LayerCall's `input` argument, as in the builder.
            var first = calls[0];
            var args = new List<Arg>(first.Args.Count + 1) { new Arg(SequentialModel.InputArg, input) };
            args.AddRange(first.Args);
            calls[0] = new LayerCall(first.ClassName, args.ToArray());
            sources[0].SetPath(SequentialModel.InputArg, inputPath!);
        }

        return new SequentialJsonModel(name, calls, sources, layersPath, inputUnsupported, nested, inputCall, inputPath);
    }

    /// <summary>The name and class of a nested model, for its placeholder among a Sequential's calls (the model is built later).</summary>
    private sealed class NamedModel : IKerasModel
    {
        public NamedModel(string name, string className)
        {
            Name = name;
            ClassName = className == "Model" ? "Functional" : className;
        }

        public string Name { get; }
        public bool HasExplicitName => true;
        public string ClassName { get; }
        public long CreationOrder => 0;
        public bool Trainable => true;
        public IReadOnlyList<Layer> Layers => Array.Empty<Layer>();
        public IReadOnlyList<Shape> Reapply(IReadOnlyList<Shape> inputs, string inputSource) => throw new NotSupportedException();
    }

    /// <summary>True when a Sequential's config gives its input shape (a leading InputLayer, a batch shape on its first layer, build_input_shape).</summary>
    internal static bool SequentialHasInputShape(JsonElement config)
    {
        if (config.ValueKind == JsonValueKind.Object)
        {
            if (config.TryGetProperty("build_input_shape", out var bis) && bis.ValueKind == JsonValueKind.Array) return true;
            if (!config.TryGetProperty("layers", out config)) return false;
        }
        if (config.ValueKind != JsonValueKind.Array || config.GetArrayLength() == 0) return false;
        var first = config[0];
        if (first.ValueKind != JsonValueKind.Object) return false;
        if (first.TryGetProperty("class_name", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() == "InputLayer") return true;
        return first.TryGetProperty("config", out var firstConfig) && firstConfig.ValueKind == JsonValueKind.Object
            && BatchShapeFields.Any(f => firstConfig.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.Array);
    }

    /// <summary>The first field of an InputLayer's config that KerasDsl does not model, as a KD0018 to raise; null when none.</summary>
    internal static UnsupportedField? InputLayerProblem(JsonElement layerConfig, string path)
    {
        foreach (var field in layerConfig.EnumerateObject())
        {
            if (Array.IndexOf(BatchShapeFields, field.Name) >= 0) continue;
            if (KerasConfigFields.Problem("InputLayer", Naming.ToCamelCase(field.Name), field.Name, field.Value) is { } problem)
                return new UnsupportedField(path + ".config." + field.Name, problem,
                    layerConfig.TryGetProperty("name", out var inputName) && inputName.ValueKind == JsonValueKind.String
                        ? inputName.GetString() : "input_layer");
        }
        return null;
    }

    internal static (LayerCall Call, LayerSource Source) ReadLayer(JsonElement element, string path)
    {
        var (className, config) = ClassAndConfig(element, path);
        var source = new LayerSource(path, className, config.GetPropertyCount());

        // Each field's name once (JsonProperty.Name makes a new string at each read of a new property).
        var fields = new List<(string Name, JsonElement Value)>(config.GetPropertyCount());
        foreach (var property in config.EnumerateObject()) fields.Add((property.Name, property.Value));

        // tfjs's toJSON converts each config from its TypeScript form (camelCase keys, values such as
        // 'channelsLast' or 'hardSigmoid') to Keras's by snake-casing keys and string values, names excepted
        // (tfjs-layers/src/utils/serialization_utils.ts, convertTsToPythonic). A config with camelCase keys was
        // written without that step (tfjs's layer.getConfig()), so its strings are converted here the same way.
        bool typeScriptForm = false;
        foreach (var (name, _) in fields)
            if (HasUpper(name)) { typeScriptForm = true; break; }

        var args = new List<Arg>(fields.Count);
        foreach (var (fieldName, fieldValue) in fields)
        {
            if (Array.IndexOf(BatchShapeFields, fieldName) >= 0) continue;   // read as the model's input, not an argument
            string argName = Aliases.TryGetValue((className, fieldName), out var alias) ? alias : FieldNames.CamelCase(fieldName);
            if (source.FieldOf(argName) is { } first)
                throw new KerasJsonException(source.FieldPath(fieldName), $"repeats {source.FieldPath(first)}: both are the argument {argName}. Keep one of them.");
            if (source.Unsupported == null && KerasConfigFields.Problem(className, argName, fieldName, fieldValue) is { } problem)
                source.Unsupported = new UnsupportedField(source.FieldPath(fieldName), problem);

            ArgValue value;
            if (fieldValue.ValueKind == JsonValueKind.Object)
            {
                if (NestedLayerArgs.Contains(argName))
                {
                    var (inner, innerSource) = ReadLayer(fieldValue, source.FieldPath(fieldName));
                    source.AddNested(argName, innerSource);
                    source.Unsupported ??= innerSource.Unsupported;
                    value = ArgValue.Of(inner);
                }
                else if (argName.EndsWith("Constraint", StringComparison.Ordinal))
                {
                    // A constraint is kept as its class name: Keras refuses LoRA on a matrix that has one, which Core checks.
                    value = ArgValue.Of(ObjectClassName(fieldValue) ?? "constraint");
                }
                else
                {
                    // Initializers, regularizers and Keras 3's dtype policies do not change shapes or counts.
                    continue;
                }
            }
            else
            {
                value = Value(fieldValue, source, fieldName, convertStrings: typeScriptForm && fieldName != "name");
                if (value.Kind == ArgKind.String && argName is "activation" or "recurrentActivation"
                    && TfjsActivations.TryGetValue(value.Text!, out var kerasName))
                    value = ArgValue.Of(kerasName);
            }
            args.Add(new Arg(argName, value));
            source.AddField(argName, fieldName);
        }
        if (className == "Discretization") FromConfigOfDiscretization(args);
        return (new LayerCall(className, args.ToArray()), source);
    }

    /// <summary>
    /// Discretization's from_config (keras/src/layers/preprocessing/discretization.py): after adapt() its config has
    /// both bin_boundaries and num_bins, which its constructor refuses together, so Keras makes it with num_bins and sets
    /// the boundaries after: the boundaries are the bins (num_bins - 1 of them), and num_bins is not given to the constructor.
    /// </summary>
    private static void FromConfigOfDiscretization(List<Arg> args)
    {
        bool boundaries = args.Any(a => a.Name == "binBoundaries" && !a.Value.IsNull);
        if (boundaries) args.RemoveAll(a => a.Name == "numBins" && !a.Value.IsNull);
    }

    private static bool HasUpper(string name)
    {
        foreach (char c in name)
            if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>A config field's value; its path is composed only if it is refused.</summary>
    private static ArgValue Value(JsonElement element, LayerSource source, string field, bool convertStrings)
    {
        try
        {
            return Value(element, "", convertStrings);
        }
        catch (KerasJsonException e)
        {
            throw new KerasJsonException(source.FieldPath(field) + e.Path, e.Detail);
        }
    }

    /// <summary>A layer entry: <c>{"class_name", "config"}</c>, with Keras 3's <c>module</c>,
    /// <c>registered_name</c> and <c>build_config</c> beside them (not needed: the class name says it all).</summary>
    internal static (string ClassName, JsonElement Config) ClassAndConfig(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new KerasJsonException(path, $"expected a layer: an object with class_name and config, found {Describe(element)}.");
        if (!element.TryGetProperty("class_name", out var classElement) || classElement.ValueKind != JsonValueKind.String
            || string.IsNullOrEmpty(classElement.GetString()))
            throw new KerasJsonException(path + ".class_name", $"expected the layer's class name (a string), found {Describe(classElement)}.");
        if (!element.TryGetProperty("config", out var config) || config.ValueKind != JsonValueKind.Object)
            throw new KerasJsonException(path + ".config", $"expected the layer's config (an object), found {Describe(config)}.");
        return (classElement.GetString()!, config);
    }

    /// <summary>The input shape of a layer config, without the batch dim, and the field it came from.</summary>
    internal static (ArgValue Shape, string Path)? BatchShape(JsonElement config, string layerPath)
    {
        foreach (var field in BatchShapeFields)
        {
            if (!config.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) continue;
            string path = layerPath + ".config." + field;
            return (DropBatchDim(value, path), path);
        }
        return null;
    }

    internal static ArgValue DropBatchDim(JsonElement shape, string path)
    {
        if (shape.ValueKind != JsonValueKind.Array || shape.GetArrayLength() == 0)
            throw new KerasJsonException(path, $"expected a shape with the batch dim first, e.g. [null, 28, 28, 3], found {Describe(shape)}.");
        var dims = shape.EnumerateArray().Skip(1).Select((d, i) => Value(d, $"{path}[{i + 1}]", convertStrings: false)).ToArray();
        return ArgValue.Tuple(dims);
    }

    /// <summary>
    /// A config value: ints → Int, other numbers → Float, lists → Tuple, null, strings, bools. <paramref name="path"/>
    /// is the value's JSON path, used only in a refusal (a list's items get theirs then).
    /// </summary>
    internal static ArgValue Value(JsonElement element, string path, bool convertStrings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return ArgValue.Null;
            case JsonValueKind.True:
                return ArgValue.True;
            case JsonValueKind.False:
                return ArgValue.False;
            case JsonValueKind.String:
                string text = element.GetString()!;
                return ArgValue.Of(convertStrings ? Naming.ToSnakeCase(text) : text);
            case JsonValueKind.Number:
                // Python's json writes 3 for an int and 3.0 for a float; JavaScript writes both as 3. TryGetInt64
                // reads only a whole number written without a fraction or an exponent.
                if (element.TryGetInt64(out long integer))
                    return ArgValue.Of(integer);
                if (element.TryGetDouble(out double number) && double.IsFinite(number))
                    return ArgValue.Of(number);
                throw new KerasJsonException(path, $"the number {element.GetRawText()} is out of range.");
            case JsonValueKind.Array:
                var items = new ArgValue[element.GetArrayLength()];
                int i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    try
                    {
                        items[i] = item.ValueKind == JsonValueKind.Object ? ArgValue.Null : Value(item, "", convertStrings);
                    }
                    catch (KerasJsonException e)
                    {
                        throw new KerasJsonException($"{path}[{i}]{e.Path}", e.Detail);
                    }
                    i++;
                }
                return ArgValue.Tuple(items);
            default:
                return ArgValue.Null;
        }
    }

    /// <summary>
    /// Refuses, with its JSON path, a string or field name that is not Unicode text: JSON's grammar lets an escape
    /// such as <c>\ud800</c> stand alone, but half of a UTF-16 surrogate pair is not a character, and
    /// System.Text.Json cannot read it as a string. Checked once for the whole document, so that every later read
    /// of a string (names, class names, values) is safe.
    /// </summary>
    private static void CheckText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw new KerasJsonException(path,
                            "not valid JSON: a field name of this object has a lone surrogate escape (half of a UTF-16 pair, not a character). " +
                            "Write the character itself, or both escapes of its pair.");
                    }
                    CheckText(property.Value, path.Length == 0 ? name : path + "." + name);
                }
                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in element.EnumerateArray())
                    CheckText(item, $"{path}[{index++}]");
                break;
            case JsonValueKind.String:
                try
                {
                    element.GetString();
                }
                catch (InvalidOperationException)
                {
                    string raw = element.GetRawText();
                    string escape = JsonText.LoneSurrogateEscape(raw) ?? "escape";
                    throw new KerasJsonException(path,
                        $"not valid JSON: the string {Shorten(raw)} has a lone surrogate {escape} (half of a UTF-16 pair, not a character). " +
                        "Write the character itself, or both escapes of its pair.");
                }
                break;
        }
    }

    /// <summary>The <c>class_name</c> (tfjs's TypeScript form: <c>className</c>) of a serialized object, or null.</summary>
    private static string? ObjectClassName(JsonElement element)
    {
        foreach (var key in new[] { "class_name", "className" })
            if (element.TryGetProperty(key, out var name) && name.ValueKind == JsonValueKind.String)
                return name.GetString();
        return null;
    }

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined => "nothing",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "the string " + Shorten(element.GetRawText()),
        JsonValueKind.Null => "null",
        _ => Shorten(element.GetRawText()),
    };

    internal static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    private static string Trim(string prefix) => prefix.TrimEnd('.');
}
