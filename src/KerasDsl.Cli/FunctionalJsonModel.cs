using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>
/// A functional model read from JSON (<see cref="FunctionalJsonReader"/>), built in Core as the C# API builds one:
/// every layer made first, in config order (Keras's from_config deserializes them all before calling any), each
/// InputLayer through <see cref="GraphBuilder.Input"/>, each other layer through <see cref="GraphBuilder.Create"/>, a
/// nested model as its <see cref="ModelLayer"/>; then every node applied with <see cref="GraphBuilder.Apply"/> once its
/// inputs exist, and the model made by <see cref="FunctionalModel.Create"/> from the tensors its input_layers and
/// output_layers name.
/// <para>
/// The order of the nodes is a topological one (Kahn's algorithm, iterative): a node waits for the nodes whose tensors it
/// reads, and a layer's node i for its node i - 1, so that it is the layer's i-th application, as the node index in every
/// reference says. Keras's from_config sweeps the layers in config order until every node is applied; any order with
/// those two constraints gives the same nodes, node indices, weights and shapes. It is linear in the nodes and tensors.
/// </para>
/// </summary>
internal sealed class FunctionalJsonModel : KerasJsonModel
{
    private readonly bool trainable;
    private readonly string configPath;
    private readonly IReadOnlyList<GraphLayer> layers;
    private readonly int nodeCount;
    private readonly IReadOnlyList<TensorRef> inputs;
    private readonly IReadOnlyList<TensorRef> outputs;
    private readonly UnsupportedField? modelProblem;
    private BuildContext? lastContext;

    internal FunctionalJsonModel(string name, bool trainable, string configPath, IReadOnlyList<GraphLayer> layers, int nodeCount,
        IReadOnlyList<TensorRef> inputs, IReadOnlyList<TensorRef> outputs, UnsupportedField? modelProblem)
        : base(name)
    {
        this.trainable = trainable;
        this.configPath = configPath;
        this.layers = layers;
        this.nodeCount = nodeCount;
        this.inputs = inputs;
        this.outputs = outputs;
        this.modelProblem = modelProblem;
    }

    /// <summary>How many entries <c>config.layers</c> has.</summary>
    public int LayerCount => layers.Count;

    /// <summary>Builds the model in Core; refusals carry their JSON path (<see cref="PathOf"/>).</summary>
    public FunctionalModel Evaluate()
    {
        var context = new BuildContext();
        lastContext = context;
        return BuildGraph(context);
    }

    public override KerasJsonResult Count()
    {
        var model = Evaluate();
        return new KerasJsonResult(model.Summarize(), Array.Empty<(ModelWarning, string?)>(), IsGraph: true);
    }

    public override string? PathOf(KerasModelException error) =>
        lastContext != null && lastContext.TryGetPath(error, out var path) ? path : null;

    internal override IKerasModel Build(BuildContext context) => BuildGraph(context);

    private FunctionalModel BuildGraph(BuildContext context)
    {
        if (modelProblem is { } problem)
            throw context.Record(new KerasModelException(Diagnostics.UnsupportedConfigField, Name, problem.Detail), problem.Path);

        var made = new Layer[layers.Count];
        var inputTensors = new KerasTensor?[layers.Count];
        foreach (var layer in layers)
        {
            if (layer.DuplicateOf >= 0)
                throw context.Record(new KerasModelException(Diagnostics.DuplicateLayerName, layer.Name,
                    $"is the name of layer {layer.DuplicateOf} ({layers[layer.DuplicateOf].ClassName}) of {Name} already: layer names must be unique in a model. " +
                    "Give each layer its own name.", layer.Index), layer.Path + ".name");
            if (layer.Kind == GraphLayerKind.Input)
            {
                inputTensors[layer.Index] = MakeInput(layer, context);
                made[layer.Index] = inputTensors[layer.Index]!.Node.Layer;
            }
            else
            {
                made[layer.Index] = Make(layer, context);
            }
        }

        var nodeOutputs = ApplyNodes(made, inputTensors, context);

        KerasTensor TensorOf(TensorRef r) => Resolve(r, inputTensors, nodeOutputs);
        var modelInputs = inputs.Select(TensorOf).ToList();
        var modelOutputs = outputs.Select(TensorOf).ToList();
        try
        {
            return FunctionalModel.Create(modelInputs, modelOutputs, Name, trainable, context.NextOrder());
        }
        catch (KerasModelException e)
        {
            throw context.Record(e, PathOfModelError(e));
        }
    }

    private static KerasTensor MakeInput(GraphLayer layer, BuildContext context)
    {
        if (layer.Unsupported is { } unsupported)
            throw context.Record(new KerasModelException(Diagnostics.UnsupportedConfigField, layer.Name, unsupported.Detail, layer.Index), unsupported.Path);
        try
        {
            return GraphBuilder.Input(layer.Call!, context.NextOrder());
        }
        catch (KerasModelException e)
        {
            throw context.Record(e, layer.Path + ".config");
        }
    }

    /// <summary>Makes a layer as Keras's constructor does: its arguments checked now; a config field KerasDsl does not model is KD0018.</summary>
    private static Layer Make(GraphLayer layer, BuildContext context)
    {
        switch (layer.Kind)
        {
            case GraphLayerKind.Nested:
                return ModelLayer.For(layer.Nested!.Build(context));
            case GraphLayerKind.Op:
                return TfOpLayer.Create(layer, context);
        }
        var source = layer.Source!;
        if (source.Unsupported is { } unsupported)
            throw context.Record(new KerasModelException(Diagnostics.UnsupportedConfigField, NameOf(layer), unsupported.Detail, layer.Index), unsupported.Path);
        try
        {
            var type = LayerCatalog.Get(layer.Call!.ClassName, NameOf(layer));
            LayerCall.CheckNesting(layer.Call, GraphBuilder.ExplicitName(layer.Call, type) ?? type.AutoNamePrefix);
            return GraphBuilder.Create(layer.Call, context.NextOrder());
        }
        catch (KerasModelException e)
        {
            throw context.Record(e, source.PathOf(e));
        }
    }

    /// <summary>The layer's name in its config, else the entry's (what Core calls it).</summary>
    private static string NameOf(GraphLayer layer) =>
        layer.Call?.Find("name") is { Kind: ArgKind.String, Text: { Length: > 0 } name } ? name : layer.Name;

    /// <summary>Applies every node once its inputs exist (Kahn's algorithm); returns each node's output tensors.</summary>
    private IReadOnlyList<KerasTensor>[] ApplyNodes(Layer[] made, KerasTensor?[] inputTensors, BuildContext context)
    {
        // The graph: node g waits for each node whose tensor it reads, and for the layer's previous node.
        var layerOf = new int[nodeCount];
        var waiting = new int[nodeCount];
        var successorCount = new int[nodeCount + 1];
        foreach (var layer in layers)
            for (int k = 0; k < layer.Nodes.Count; k++)
            {
                int g = layer.FirstNode + k;
                layerOf[g] = layer.Index;
                if (k > 0) { waiting[g]++; successorCount[g - 1]++; }
                foreach (var tensor in layer.Nodes[k].Tensors)
                    if (tensor.Node >= 0) { waiting[g]++; successorCount[layers[tensor.Layer].FirstNode + tensor.Node]++; }
            }
        // Successors in one array (CSR): those of node g are at [start[g], start[g + 1]).
        var start = new int[nodeCount + 1];
        for (int g = 0; g < nodeCount; g++) start[g + 1] = start[g] + successorCount[g];
        var successors = new int[start[nodeCount]];
        var filled = new int[nodeCount];
        foreach (var layer in layers)
            for (int k = 0; k < layer.Nodes.Count; k++)
            {
                int g = layer.FirstNode + k;
                if (k > 0) successors[start[g - 1] + filled[g - 1]++] = g;
                foreach (var tensor in layer.Nodes[k].Tensors)
                    if (tensor.Node >= 0)
                    {
                        int from = layers[tensor.Layer].FirstNode + tensor.Node;
                        successors[start[from] + filled[from]++] = g;
                    }
            }

        var outputs = new IReadOnlyList<KerasTensor>[nodeCount];
        var ready = new Queue<int>();
        for (int g = 0; g < nodeCount; g++)
            if (waiting[g] == 0) ready.Enqueue(g);
        int applied = 0;
        while (ready.Count > 0)
        {
            int g = ready.Dequeue();
            var layer = layers[layerOf[g]];
            outputs[g] = ApplyNode(layer, g - layer.FirstNode, made[layer.Index], inputTensors, outputs, context);
            applied++;
            for (int s = start[g]; s < start[g + 1]; s++)
                if (--waiting[successors[s]] == 0) ready.Enqueue(successors[s]);
        }
        if (applied < nodeCount)
        {
            // Nodes that wait for each other: Keras's from_config would loop for ever on them.
            for (int g = 0; g < nodeCount; g++)
                if (outputs[g] == null)
                {
                    var layer = layers[layerOf[g]];
                    var node = layer.Nodes[g - layer.FirstNode];
                    throw new KerasJsonException(node.Path,
                        $"cannot be applied: its inputs need this node's own output, through a cycle of {nodeCount - applied} node{(nodeCount - applied == 1 ? "" : "s")} " +
                        "that wait for each other (or a later application of the same layer). A model's graph has no cycle: check the node indices.");
                }
        }
        return outputs;
    }

    private IReadOnlyList<KerasTensor> ApplyNode(GraphLayer layer, int k, Layer made, KerasTensor?[] inputTensors,
        IReadOnlyList<KerasTensor>[] outputs, BuildContext context)
    {
        var node = layer.Nodes[k];
        if (layer.Kind != GraphLayerKind.Op)
            CheckCall(layer, node, context);
        var refs = node.Tensors;
        var tensors = new KerasTensor[refs.Length];
        for (int i = 0; i < refs.Length; i++)
            tensors[i] = Resolve(refs[i], inputTensors, outputs);
        try
        {
            return GraphBuilder.Apply(made, made.Call, tensors);
        }
        catch (KerasModelException e)
        {
            string? argumentPath = e.Argument != null && layer.Source?.FindArgument(e.Argument) is { } found ? found : null;
            if (layer.Kind == GraphLayerKind.Op) argumentPath = e.Argument != null ? layer.Op!.PathOf(e.Argument) : null;
            throw context.Record(e, argumentPath ?? node.Path);
        }
    }

    /// <summary>
    /// What a layer's call may hold besides its input tensors: <c>training</c> and a null <c>mask</c> change no shape;
    /// any other keyword argument, a tensor among them, a constant among the inputs or a second positional argument is
    /// KD0018 (an RNN's initial_state, a custom layer's extra input: kerasdsl does not model them).
    /// </summary>
    private static void CheckCall(GraphLayer layer, NodeSpec node, BuildContext context)
    {
        string? detail = null, path = null;
        foreach (var operand in node.Operands)
            if (operand.Constant != null)
            {
                (detail, path) = ($"is applied to a constant ({operand.Constant}) rather than a tensor", operand.Path);
                break;
            }
        if (detail == null && node.Problem is { } problem) (detail, path) = problem;
        if (detail == null)
            foreach (var kwarg in node.Kwargs)
            {
                bool harmless = kwarg.Tensors.Count == 0 && !kwarg.HasNestedTensor
                    && (kwarg.Name == "training" || (kwarg.Name == "mask" && kwarg.Value is { IsNull: true }));
                if (harmless) continue;
                (detail, path) = ($"is called with {kwarg.Name} = {(kwarg.Tensors.Count > 0 || kwarg.HasNestedTensor ? "a tensor" : kwarg.Value?.ToString())}, which kerasdsl does not model", kwarg.Path);
                break;
            }
        if (detail == null) return;
        throw context.Record(new KerasModelException(Diagnostics.UnsupportedConfigField, NameOf(layer),
            detail + ": it may change the parameter count or the shapes, so kerasdsl refuses to count the model rather than risk a wrong count.", layer.Index), path);
    }

    /// <summary>The tensor a resolved reference names; an output index the node does not have is an input error.</summary>
    private KerasTensor Resolve(TensorRef tensor, KerasTensor?[] inputTensors, IReadOnlyList<KerasTensor>[] outputs)
    {
        var layer = layers[tensor.Layer];
        IReadOnlyList<KerasTensor> produced = tensor.Node < 0 ? new[] { inputTensors[tensor.Layer]! } : outputs[layer.FirstNode + tensor.Node];
        if (tensor.TensorIndex >= produced.Count)
            throw new KerasJsonException(tensor.Path,
                $"refers to output {tensor.TensorIndex} of {layer.Name}'s node {tensor.NodeIndex}, which has {produced.Count} output{(produced.Count == 1 ? "" : "s")}.");
        return produced[tensor.TensorIndex];
    }

    /// <summary>Where a refusal of FunctionalModel.Create is: the outputs (KD0017), the inputs, or the layer whose name repeats.</summary>
    private string? PathOfModelError(KerasModelException e)
    {
        if (e.Id == Diagnostics.DuplicateLayerNameId)
            foreach (var layer in layers.Reverse())
                if (NameOf(layer) == e.LayerName) return layer.Source?.FindArgument("name") ?? layer.Path;
        if (e.Id == Diagnostics.GraphDisconnectedId && e.Detail.StartsWith("has an input", StringComparison.Ordinal))
            return configPath + ".input_layers";
        return e.Id == Diagnostics.GraphDisconnectedId ? configPath + ".output_layers" : null;
    }
}
