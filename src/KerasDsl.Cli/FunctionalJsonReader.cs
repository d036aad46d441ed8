using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>Who wrote a functional model's JSON: the three writers number a nested model's nodes differently.</summary>
internal enum JsonDialect
{
    /// <summary>tf.keras 2.x (and Keras 2): <c>inbound_nodes</c> as lists of <c>[name, node, tensor, kwargs]</c>.</summary>
    TfKeras2,

    /// <summary>Keras 3: <c>inbound_nodes</c> as <c>{"args", "kwargs"}</c> with <c>__keras_tensor__</c> objects; layers carry <c>module</c>.</summary>
    Keras3,

    /// <summary>TensorFlow.js: tf.keras 2's form, <c>keras_version</c> "tfjs-layers ...".</summary>
    Tfjs,
}

/// <summary>
/// Reads a functional model's config (<c>class_name</c> "Functional" or "Model"): its layers in config order, each
/// layer's inbound nodes (one per application: a shared layer has several) as the tensors they take, and the model's
/// inputs and outputs. References <c>[layer, node_index, tensor_index]</c> are resolved here, by name through a
/// dictionary, to the layer and to the inbound node they name; <see cref="FunctionalJsonModel"/> then applies the nodes
/// in an order in which each one's inputs exist.
/// <para>
/// Node indices are the writer's: a layer's node i is the i-th entry of its <c>inbound_nodes</c>, except for a nested
/// model, whose own construction node tf.keras 2 counts (its first application is node 1: tf_keras/engine/functional.py,
/// <c>_should_skip_first_node</c>), and Keras 3 counts in <c>input_layers</c>/<c>output_layers</c> only
/// (keras/src/models/functional.py: <c>get_config</c> starts a Functional's <c>kept_nodes</c> at 1 and <c>get_tensor</c>
/// subtracts it; <c>serialize_node</c> does not). TensorFlow.js counts from 0 everywhere.
/// </para>
/// </summary>
internal static class FunctionalJsonReader
{
    /// <summary>tf.keras 2's marker of a constant first argument: <c>["_CONSTANT_VALUE", -1, value, kwargs]</c>.</summary>
    private const string ConstantValue = "_CONSTANT_VALUE";

    /// <summary>The fields of a functional model's config (Keras 3 adds trainable and, in some versions, dtype).</summary>
    private static readonly HashSet<string> ModelFields = new(StringComparer.Ordinal)
    {
        "name", "layers", "input_layers", "output_layers", "trainable", "dtype",
    };

    public static FunctionalJsonModel Read(JsonElement config, string configPath, JsonDialect? dialect)
    {
        if (config.ValueKind != JsonValueKind.Object)
            throw new KerasJsonException(configPath, $"expected an object with the model's layers, inputs and outputs, found {KerasJsonReader.Describe(config)}.");
        string name = FunctionalModel.DefaultName;
        if (config.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String && nameElement.GetString()!.Length > 0)
            name = nameElement.GetString()!;
        bool trainable = !(config.TryGetProperty("trainable", out var trainableElement) && trainableElement.ValueKind == JsonValueKind.False);

        UnsupportedField? modelProblem = null;
        foreach (var field in config.EnumerateObject())
        {
            if (ModelFields.Contains(field.Name)) continue;
            modelProblem = new UnsupportedField(configPath + "." + field.Name,
                $"has the config field {field.Name} = {KerasJsonReader.Shorten(field.Value.GetRawText())}, which kerasdsl does not know for a functional model: " +
                "it may change the parameter count or the shapes, so kerasdsl refuses to count the model rather than risk a wrong count. " +
                "Remove the field if Keras does not need it.", name);
            break;
        }

        string layersPath = configPath + ".layers";
        if (!config.TryGetProperty("layers", out var layersElement) || layersElement.ValueKind != JsonValueKind.Array)
            throw new KerasJsonException(layersPath, $"expected the list of layers, found {KerasJsonReader.Describe(layersElement)}.");
        var resolvedDialect = dialect ?? DialectOf(layersElement);

        // Pass 1: each layer's kind, call or nested model, and its raw inbound nodes.
        var layers = new List<GraphLayer>(layersElement.GetArrayLength());
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        int index = 0;
        foreach (var element in layersElement.EnumerateArray())
        {
            string path = $"{layersPath}[{index}]";
            var layer = ReadLayer(element, path, resolvedDialect);
            layer.Index = index;
            if (byName.TryGetValue(layer.Name, out int first)) layer.DuplicateOf = first;
            else byName.Add(layer.Name, index);
            layers.Add(layer);
            index++;
        }

        // Pass 2: resolve every reference to the layer and node it names, now that all layers are known.
        int nodeCount = 0;
        foreach (var layer in layers)
        {
            layer.FirstNode = nodeCount;
            nodeCount += layer.Nodes.Count;
        }
        foreach (var layer in layers)
            foreach (var node in layer.Nodes)
            {
                foreach (var tensor in node.Tensors)
                    Resolve(tensor, layers, byName, inModelIo: false);
            }
        var inputs = ReadModelTensors(config, "input_layers", configPath, layers, byName);
        var outputs = ReadModelTensors(config, "output_layers", configPath, layers, byName);
        return new FunctionalJsonModel(name, trainable, configPath, layers, nodeCount, inputs, outputs, modelProblem);
    }

    /// <summary>Keras 3 writes each layer's <c>module</c> and its nodes as objects; otherwise tf.keras 2's form.</summary>
    private static JsonDialect DialectOf(JsonElement layers)
    {
        foreach (var element in layers.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object) continue;
            if (element.TryGetProperty("module", out _)) return JsonDialect.Keras3;
            if (element.TryGetProperty("inbound_nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array)
                foreach (var node in nodes.EnumerateArray())
                    if (node.ValueKind == JsonValueKind.Object) return JsonDialect.Keras3;
        }
        return JsonDialect.TfKeras2;
    }

    private static GraphLayer ReadLayer(JsonElement element, string path, JsonDialect dialect)
    {
        var (className, config) = KerasJsonReader.ClassAndConfig(element, path);
        string name = EntryName(element, config, path);
        GraphLayer layer;
        if (className == "InputLayer")
        {
            layer = new GraphLayer(name, path, className, GraphLayerKind.Input) { Call = InputCall(config, path, name), Unsupported = KerasJsonReader.InputLayerProblem(config, path) };
        }
        else if (className == "Sequential" || KerasJsonReader.IsFunctionalClass(className))
        {
            var nested = KerasJsonReader.ReadModel(element, path + ".", dialect);
            layer = new GraphLayer(name, path, className, GraphLayerKind.Nested) { Nested = nested };
            if (className == "Sequential")
            {
                // tf.keras 2's Sequential is a Functional: with an input shape it has a construction node too.
                bool counted = dialect == JsonDialect.TfKeras2 && KerasJsonReader.SequentialHasInputShape(config);
                layer.NodeOffset = layer.ModelIoOffset = counted ? 1 : 0;
            }
            else
            {
                layer.NodeOffset = dialect == JsonDialect.TfKeras2 ? 1 : 0;
                layer.ModelIoOffset = dialect == JsonDialect.Tfjs ? 0 : 1;
            }
        }
        else if (TfOpLayer.IsOpClass(className) || IsKeras3Op(element))
        {
            layer = new GraphLayer(name, path, className, GraphLayerKind.Op) { Op = TfOpLayer.ReadSpec(element, className, config, path) };
        }
        else
        {
            var (call, source) = KerasJsonReader.ReadLayer(element, path);
            layer = new GraphLayer(name, path, className, GraphLayerKind.Core) { Call = call, Source = source };
        }

        var nodesPath = JsonPath.Of(path).Field("inbound_nodes");
        if (!element.TryGetProperty("inbound_nodes", out var nodes))
            nodes = default;
        if (nodes.ValueKind == JsonValueKind.Undefined || nodes.ValueKind == JsonValueKind.Null)
        {
            if (layer.Kind != GraphLayerKind.Input)
                throw new KerasJsonException(nodesPath.ToString(), "missing: a layer of a functional model lists the tensors it is applied to (an empty list for a layer applied to none).");
            return layer;
        }
        if (nodes.ValueKind != JsonValueKind.Array)
            throw new KerasJsonException(nodesPath.ToString(), $"expected the list of the layer's applications, found {KerasJsonReader.Describe(nodes)}.");
        int i = 0;
        foreach (var node in nodes.EnumerateArray())
        {
            layer.Nodes.Add(ReadNode(node, nodesPath.Item(i)));
            i++;
        }
        if (layer.Kind == GraphLayerKind.Input && layer.Nodes.Count > 0)
            throw new KerasJsonException(nodesPath.Item(0).ToString(), $"an InputLayer is applied to nothing, but {name} lists an inbound node. Remove its inbound_nodes.");
        return layer;
    }

    /// <summary>Keras 3 serializes the raw ops of a functional model (keras.ops.add, ...) as layers of module keras.src.ops.*.</summary>
    private static bool IsKeras3Op(JsonElement element) =>
        element.TryGetProperty("module", out var module) && module.ValueKind == JsonValueKind.String
        && module.GetString()!.StartsWith("keras.src.ops", StringComparison.Ordinal);

    /// <summary>The name references use: the entry's <c>name</c> (tf.keras, Keras 3), else its config's (tfjs writes both).</summary>
    private static string EntryName(JsonElement element, JsonElement config, string path)
    {
        if (element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString()!.Length > 0) return n.GetString()!;
        if (config.TryGetProperty("name", out n) && n.ValueKind == JsonValueKind.String && n.GetString()!.Length > 0) return n.GetString()!;
        throw new KerasJsonException(path + ".name", "missing: a layer of a functional model has a name, by which its inbound nodes and the model's outputs refer to it.");
    }

    /// <summary>An InputLayer's call as <c>keras.Input(shape, batch_size, name)</c> makes it: the batch shape split in two.</summary>
    private static LayerCall InputCall(JsonElement config, string path, string entryName)
    {
        var (shape, shapePath) = KerasJsonReader.BatchShape(config, path)
            ?? throw new KerasJsonException(path + ".config", "an InputLayer without batch_shape or batch_input_shape: the input's shape is unknown.");
        var args = new List<Arg> { new Arg(InputLayer.ShapeArg, shape) };
        foreach (var field in KerasJsonReader.BatchShapeFields)
            if (config.TryGetProperty(field, out var batchShape) && batchShape.ValueKind == JsonValueKind.Array)
            {
                // A fixed batch size (Keras 3's Input(batch_size=32) writes [32, ...]) is kept, as Input(..., batchSize:) keeps it.
                var batch = batchShape.EnumerateArray().First();
                if (batch.ValueKind == JsonValueKind.Number)
                    args.Add(new Arg("batchSize", KerasJsonReader.Value(batch, shapePath + "[0]", convertStrings: false)));
                break;
            }
        string name = config.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString()!.Length > 0 ? n.GetString()! : entryName;
        args.Add(new Arg("name", ArgValue.Of(name)));
        return new LayerCall(InputLayer.Type.ClassName, args.ToArray());
    }

    /// <summary>
    /// One inbound node. tf.keras 2 and tfjs: a list of entries <c>[name, node, tensor, kwargs]</c> (nested lists for
    /// structured inputs), or one entry alone for the op layers, which keep their input's structure; the kwargs of the
    /// last entry are the call's (tf_keras process_node). Keras 3: <c>{"args": [...], "kwargs": {...}}</c>.
    /// </summary>
    private static NodeSpec ReadNode(JsonElement node, JsonPath path)
    {
        var spec = new NodeSpec(path);
        if (node.ValueKind == JsonValueKind.Object)
        {
            ReadKeras3Node(node, spec);
            return spec;
        }
        if (node.ValueKind != JsonValueKind.Array)
            throw new KerasJsonException(path.ToString(), $"expected an application of the layer: a list of [layer, node_index, tensor_index, kwargs], found {KerasJsonReader.Describe(node)}.");
        JsonElement? kwargs = null;
        JsonPath? kwargsPath = null;
        spec.FirstArgIsList = !IsEntry(node);
        // Flattened as nest.flatten flattens it, depth first, without recursion (nesting is bounded by the JSON depth anyway).
        var stack = new Stack<(JsonElement Element, JsonPath Path)>();
        stack.Push((node, path));
        while (stack.Count > 0)
        {
            var (element, elementPath) = stack.Pop();
            if (IsEntry(element))
            {
                var entry = ReadEntry(element, elementPath);
                spec.Operands.Add(entry.Operand);
                if (entry.Kwargs is { } k) { kwargs = k; kwargsPath = elementPath.Item(3); }
                continue;
            }
            if (element.ValueKind != JsonValueKind.Array)
                throw new KerasJsonException(elementPath.ToString(), $"expected an entry [layer, node_index, tensor_index, kwargs] or a list of them, found {KerasJsonReader.Describe(element)}.");
            PushItems(stack, element, elementPath);
        }
        if (kwargs is { } found) ReadKwargs(found, kwargsPath!, spec, legacy: true);
        return spec;
    }

    /// <summary>
    /// Pushes a list's items so that they pop in order. (A JsonElement's indexer walks the list from its start when the
    /// items are lists or objects: reading item i of n that way would cost n² for a node of n inputs.)
    /// </summary>
    private static void PushItems(Stack<(JsonElement, JsonPath)> stack, JsonElement list, JsonPath path)
    {
        var items = new List<JsonElement>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray()) items.Add(item);
        for (int i = items.Count - 1; i >= 0; i--) stack.Push((items[i], path.Item(i)));
    }

    /// <summary>tf_utils.convert_inner_node_data's test: a list of 3 or 4 whose first item is a string.</summary>
    private static bool IsEntry(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array && element.GetArrayLength() is 3 or 4 && element[0].ValueKind == JsonValueKind.String;

    private static (CallOperand Operand, JsonElement? Kwargs) ReadEntry(JsonElement entry, JsonPath path)
    {
        string layerName = entry[0].GetString()!;
        JsonElement? kwargs = entry.GetArrayLength() == 4 ? entry[3] : null;
        if (kwargs is { } k && k.ValueKind != JsonValueKind.Object)
            throw new KerasJsonException(path.Item(3).ToString(), $"expected the call's keyword arguments (an object), found {KerasJsonReader.Describe(k)}.");
        if (layerName == ConstantValue)
            return (new CallOperand(path) { Constant = KerasJsonReader.Value(entry[2], path.Item(2).ToString(), convertStrings: false) }, kwargs);
        return (new CallOperand(path) { Tensor = new TensorRef(layerName, Index(entry[1], path, 1), Index(entry[2], path, 2), path) }, kwargs);
    }

    /// <summary>Item <paramref name="item"/> of the reference at <paramref name="path"/>: a node or tensor index.</summary>
    private static int Index(JsonElement element, JsonPath path, int item)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out int value) && value >= 0) return value;
        throw new KerasJsonException(path.Item(item).ToString(), $"expected an index (an int, 0 or more), found {KerasJsonReader.Describe(element)}.");
    }

    /// <summary>Keras 3: the first positional argument holds the input tensors; more positional arguments are recorded as a problem.</summary>
    private static void ReadKeras3Node(JsonElement node, NodeSpec spec)
    {
        var path = spec.JsonPath;
        if (!node.TryGetProperty("args", out var args) || args.ValueKind != JsonValueKind.Array)
            throw new KerasJsonException(path.Field("args").ToString(), $"expected the call's positional arguments (a list), found {KerasJsonReader.Describe(args)}.");
        if (args.GetArrayLength() == 0)
            throw new KerasJsonException(path.Field("args").ToString(), "is empty: a layer is applied to at least one tensor.");
        var first = args[0];
        spec.FirstArgIsList = first.ValueKind == JsonValueKind.Array;
        CollectKeras3(first, path.Field("args").Item(0), spec.Operands, tensorsOnly: false);
        if (args.GetArrayLength() > 1)
        {
            spec.Problem ??= ($"is called with {args.GetArrayLength()} positional arguments; kerasdsl reads a layer's inputs from the first one only", path.Field("args").Item(1).ToString());
        }
        if (node.TryGetProperty("kwargs", out var kwargs) && kwargs.ValueKind != JsonValueKind.Null)
        {
            if (kwargs.ValueKind != JsonValueKind.Object)
                throw new KerasJsonException(path.Field("kwargs").ToString(), $"expected the call's keyword arguments (an object), found {KerasJsonReader.Describe(kwargs)}.");
            ReadKwargs(kwargs, path.Field("kwargs"), spec, legacy: false);
        }
    }

    /// <summary>
    /// The tensors (and constants) of a Keras 3 argument, flattened as keras.tree.flatten does: lists in order, dicts
    /// by sorted key. A <c>__keras_tensor__</c> object is a tensor; with <paramref name="tensorsOnly"/>, other leaves are skipped.
    /// </summary>
    private static void CollectKeras3(JsonElement root, JsonPath rootPath, List<CallOperand> into, bool tensorsOnly)
    {
        var stack = new Stack<(JsonElement Element, JsonPath Path)>();
        stack.Push((root, rootPath));
        while (stack.Count > 0)
        {
            var (element, path) = stack.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.Array:
                    PushItems(stack, element, path);
                    break;
                case JsonValueKind.Object when IsKeras3Tensor(element):
                    into.Add(new CallOperand(path) { Tensor = Keras3History(element, path) });
                    break;
                case JsonValueKind.Object when !element.TryGetProperty("class_name", out _):
                    var keys = element.EnumerateObject().Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal).ToList();
                    for (int i = keys.Count - 1; i >= 0; i--) stack.Push((element.GetProperty(keys[i]), path.Field(keys[i])));
                    break;
                default:
                    if (!tensorsOnly) into.Add(new CallOperand(path) { Constant = ConstantOf(element, path.ToString()) });
                    break;
            }
        }
    }

    private static ArgValue ConstantOf(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? ArgValue.Null : KerasJsonReader.Value(element, path, convertStrings: false);

    private static bool IsKeras3Tensor(JsonElement element) =>
        element.TryGetProperty("class_name", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() == "__keras_tensor__";

    private static TensorRef Keras3History(JsonElement tensor, JsonPath path)
    {
        var historyPath = path.Field("config").Field("keras_history");
        if (!tensor.TryGetProperty("config", out var config) || config.ValueKind != JsonValueKind.Object
            || !config.TryGetProperty("keras_history", out var history) || history.ValueKind != JsonValueKind.Array
            || history.GetArrayLength() != 3 || history[0].ValueKind != JsonValueKind.String)
            throw new KerasJsonException(historyPath.ToString(), "expected the tensor's history [layer, node_index, tensor_index].");
        return new TensorRef(history[0].GetString()!, Index(history[1], historyPath, 1), Index(history[2], historyPath, 2), historyPath);
    }

    /// <summary>
    /// The call's keyword arguments. tf.keras 2 writes a tensor among them as an entry <c>[layer, node, tensor]</c>
    /// (tf_keras functional.py _deserialize_keras_tensors), Keras 3 as a <c>__keras_tensor__</c>.
    /// </summary>
    private static void ReadKwargs(JsonElement kwargs, JsonPath path, NodeSpec spec, bool legacy)
    {
        foreach (var property in kwargs.EnumerateObject())
        {
            var argPath = path.Field(property.Name);
            var kwarg = new Kwarg(property.Name, argPath);
            if (legacy && IsEntry(property.Value))
            {
                kwarg.Tensors.Add(new TensorRef(property.Value[0].GetString()!, Index(property.Value[1], argPath, 1), Index(property.Value[2], argPath, 2), argPath));
            }
            else if (legacy)
            {
                kwarg.Value = ConstantOf(property.Value, argPath.ToString());
                kwarg.HasNestedTensor = ContainsEntry(property.Value);
            }
            else
            {
                var operands = new List<CallOperand>();
                CollectKeras3(property.Value, argPath, operands, tensorsOnly: true);
                if (operands.Count == 1 && IsKeras3Tensor(property.Value)) kwarg.Tensors.Add(operands[0].Tensor!);
                else if (operands.Count > 0) kwarg.HasNestedTensor = true;
                else kwarg.Value = ConstantOf(property.Value, argPath.ToString());
            }
            spec.Kwargs.Add(kwarg);
        }
    }

    /// <summary>Whether a tf.keras 2 kwarg value holds tensor entries inside lists (e.g. an RNN's initial_state).</summary>
    private static bool ContainsEntry(JsonElement value)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(value);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (IsEntry(element)) return true;
            if (element.ValueKind == JsonValueKind.Array)
                foreach (var item in element.EnumerateArray()) stack.Push(item);
        }
        return false;
    }

    /// <summary>
    /// The model's <c>input_layers</c> or <c>output_layers</c>: one reference <c>[name, node, tensor]</c>, a list of
    /// them, or (Keras 3) nested lists and dicts of them, flattened as Keras flattens them (dicts by sorted key).
    /// </summary>
    private static List<TensorRef> ReadModelTensors(JsonElement config, string field, string configPath, List<GraphLayer> layers, Dictionary<string, int> byName)
    {
        string path = configPath + "." + field;
        if (!config.TryGetProperty(field, out var value) || (value.ValueKind != JsonValueKind.Array && value.ValueKind != JsonValueKind.Object))
            throw new KerasJsonException(path, $"expected the model's {(field == "input_layers" ? "inputs" : "outputs")} as [layer, node_index, tensor_index] references, found {KerasJsonReader.Describe(value)}.");
        var refs = new List<TensorRef>();
        var stack = new Stack<(JsonElement Element, JsonPath Path)>();
        stack.Push((value, JsonPath.Of(path)));
        while (stack.Count > 0)
        {
            var (element, elementPath) = stack.Pop();
            if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 3 && element[0].ValueKind == JsonValueKind.String)
            {
                var tensor = new TensorRef(element[0].GetString()!, Index(element[1], elementPath, 1), Index(element[2], elementPath, 2), elementPath);
                Resolve(tensor, layers, byName, inModelIo: true);
                refs.Add(tensor);
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                PushItems(stack, element, elementPath);
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                var keys = element.EnumerateObject().Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal).ToList();
                for (int i = keys.Count - 1; i >= 0; i--) stack.Push((element.GetProperty(keys[i]), elementPath.Field(keys[i])));
            }
            else
            {
                throw new KerasJsonException(elementPath.ToString(), $"expected a reference [layer, node_index, tensor_index], found {KerasJsonReader.Describe(element)}.");
            }
        }
        if (refs.Count == 0)
            throw new KerasJsonException(path, $"is empty: a model has at least one {(field == "input_layers" ? "input" : "output")}.");
        return refs;
    }

    /// <summary>Finds the layer a reference names and which of its listed inbound nodes the node index means.</summary>
    private static void Resolve(TensorRef tensor, List<GraphLayer> layers, Dictionary<string, int> byName, bool inModelIo)
    {
        if (!byName.TryGetValue(tensor.LayerName, out int index))
            throw new KerasJsonException(tensor.Path, $"refers to a layer named '{tensor.LayerName}', which the model's layers do not include.");
        var layer = layers[index];
        tensor.Layer = index;
        if (layer.Kind == GraphLayerKind.Input)
        {
            if (tensor.NodeIndex != 0)
                throw new KerasJsonException(tensor.Path, $"refers to node {tensor.NodeIndex} of the InputLayer {layer.Name}, which has one node, 0.");
            tensor.Node = -1;
            return;
        }
        int offset = inModelIo ? layer.ModelIoOffset : layer.NodeOffset;
        int node = tensor.NodeIndex - offset;
        if (node < 0 || node >= layer.Nodes.Count)
        {
            string valid = layer.Nodes.Count == 0 ? "it is applied to nothing"
                : layer.Nodes.Count == 1 ? $"its one application is node {offset}"
                : $"its applications are nodes {offset} to {offset + layer.Nodes.Count - 1}";
            throw new KerasJsonException(tensor.Path, $"refers to node {tensor.NodeIndex} of {layer.Name}, but {valid}.");
        }
        tensor.Node = node;
    }
}

internal enum GraphLayerKind
{
    Input,
    Core,
    Nested,
    Op,
}

/// <summary>One entry of a functional model's <c>config.layers</c>.</summary>
internal sealed class GraphLayer
{
    public GraphLayer(string name, string path, string className, GraphLayerKind kind)
    {
        Name = name;
        Path = path;
        ClassName = className;
        Kind = kind;
    }

    /// <summary>The name references use.</summary>
    public string Name { get; }
    public string Path { get; }
    public string ClassName { get; }
    public GraphLayerKind Kind { get; }
    public int Index { get; set; }

    /// <summary>The index of an earlier layer of the same name, or -1.</summary>
    public int DuplicateOf { get; set; } = -1;

    /// <summary>An InputLayer's or Core layer's call.</summary>
    public LayerCall? Call { get; init; }
    public LayerSource? Source { get; init; }
    public UnsupportedField? Unsupported { get; init; }
    public KerasJsonModel? Nested { get; init; }
    public TfOpSpec? Op { get; init; }

    /// <summary>The layer's applications, in order: node i is its i-th application.</summary>
    public List<NodeSpec> Nodes { get; } = new();

    /// <summary>The global index of the layer's first node (nodes are numbered layer by layer, in config order).</summary>
    public int FirstNode { get; set; }

    /// <summary>What the writer adds to a node index inside inbound nodes, and inside input_layers/output_layers (nested models).</summary>
    public int NodeOffset { get; set; }
    public int ModelIoOffset { get; set; }
}

/// <summary>One application of a layer: the tensors (and, for op layers, constants) of its first argument, and its keyword arguments.</summary>
internal sealed class NodeSpec
{
    public NodeSpec(JsonPath path) => JsonPath = path;

    public JsonPath JsonPath { get; }
    public string Path => JsonPath.ToString();
    public List<CallOperand> Operands { get; } = new();

    /// <summary>Whether the first argument was a list (<c>concat([a, b])</c>) rather than one tensor.</summary>
    public bool FirstArgIsList { get; set; }
    public List<Kwarg> Kwargs { get; } = new();

    /// <summary>Something of the call KerasDsl does not model (a second positional argument), refused as KD0018 when applied.</summary>
    public (string Detail, string Path)? Problem { get; set; }

    private TensorRef[]? tensors;

    /// <summary>Every tensor the node reads: its first argument's, then its keyword arguments', as Keras's node.keras_inputs.</summary>
    public TensorRef[] Tensors => tensors ??= Collect();

    private TensorRef[] Collect()
    {
        var list = new List<TensorRef>(Operands.Count);
        foreach (var operand in Operands)
            if (operand.Tensor != null) list.Add(operand.Tensor);
        foreach (var kwarg in Kwargs)
            list.AddRange(kwarg.Tensors);
        return list.ToArray();
    }
}

/// <summary>A tensor or a constant (tf.keras 2's <c>_CONSTANT_VALUE</c>, a Keras 3 non-tensor argument) in a call.</summary>
internal sealed class CallOperand
{
    private readonly JsonPath path;

    public CallOperand(JsonPath path) => this.path = path;

    public string Path => path.ToString();
    public TensorRef? Tensor { get; init; }
    public ArgValue? Constant { get; init; }
}

/// <summary>A keyword argument of a call: a constant value, or one tensor; nested tensors are marked (and refused).</summary>
internal sealed class Kwarg
{
    private readonly JsonPath path;

    public Kwarg(string name, JsonPath path)
    {
        Name = name;
        this.path = path;
    }

    public string Name { get; }
    public string Path => path.ToString();
    public ArgValue? Value { get; set; }
    public List<TensorRef> Tensors { get; } = new();
    public bool HasNestedTensor { get; set; }
}

/// <summary>A reference <c>[layer, node_index, tensor_index]</c> and, once resolved, the layer and listed node it names.</summary>
internal sealed class TensorRef
{
    private readonly JsonPath path;

    public TensorRef(string layerName, int nodeIndex, int tensorIndex, JsonPath path)
    {
        LayerName = layerName;
        NodeIndex = nodeIndex;
        TensorIndex = tensorIndex;
        this.path = path;
    }

    public string LayerName { get; }
    public int NodeIndex { get; }
    public int TensorIndex { get; }
    public string Path => path.ToString();

    /// <summary>The layer's index in config order.</summary>
    public int Layer { get; set; } = -1;

    /// <summary>The listed inbound node of that layer (0-based), or -1 for an InputLayer's own tensor.</summary>
    public int Node { get; set; } = -1;
}
