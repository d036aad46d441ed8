using System;
using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// A Sequential model as Core evaluates it: an immutable chain of nodes. <see cref="Add"/>
    /// checks the new layer's arguments at once and, when the input shape is known, applies it
    /// (Keras builds a Sequential eagerly once its input is known), so the refusal points at
    /// the offending layer. Appending costs one layer's evaluation, not the whole chain's.
    /// </summary>
    public sealed class SequentialModel
    {
        public const string InputArg = "input";

        private SequentialModel(string name, Shape? inputShape, Node[] nodes, ModelWarning[] warnings)
        {
            Name = name;
            InputShape = inputShape;
            this.nodes = nodes;
            this.warnings = warnings;
        }

        private readonly Node[] nodes;
        private readonly ModelWarning[] warnings;

        public static SequentialModel Empty(string? name = null) =>
            new SequentialModel(name ?? "sequential", null, Array.Empty<Node>(), Array.Empty<ModelWarning>());

        /// <summary>Evaluates a whole chain; throws the first refusal, with its layer index.</summary>
        public static SequentialModel FromCalls(IEnumerable<LayerCall> calls, string? name = null)
        {
            var model = Empty(name);
            foreach (var call in calls) model = model.Add(call);
            return model;
        }

        public string Name { get; }

        /// <summary>The input shape with its batch dim, or null when the first layer had no <c>input:</c>.</summary>
        public Shape? InputShape { get; }

        public bool IsBuilt => InputShape != null;

        public IReadOnlyList<Node> Nodes => nodes;

        public IReadOnlyList<ModelWarning> Warnings => warnings;

        public Shape? OutputShape => nodes.Length == 0 ? InputShape : nodes[nodes.Length - 1].Output?.Shape;

        /// <summary>Every output's shape (several when the last layer has several outputs), or null when not built.</summary>
        public IReadOnlyList<Shape>? OutputShapes =>
            nodes.Length == 0 ? (InputShape == null ? null : new[] { InputShape }) : nodes[nodes.Length - 1].Output?.Shapes;

        public SequentialModel Add(LayerCall call)
        {
            int index = nodes.Length;
            LayerType type = LayerCatalog.Get(call.ClassName);

            string? explicitName = ExplicitName(call, type);
            var innerPrefixes = new List<string>();
            CollectUnnamedInnerPrefixes(call, innerPrefixes);
            string name = explicitName ?? AutoName(type.AutoNamePrefix, innerPrefixes);
            try
            {
                var args = new LayerArgs(call, name);
                Shape? input = InputShape;
                var inputDims = args.InputShape(InputArg);
                if (inputDims != null)
                {
                    if (index > 0)
                        throw args.Invalid(InputArg, "no input shape (only the first layer of a Sequential takes one)",
                            "input: " + args.Raw(InputArg), "remove input: from this layer, or move it to the first layer");
                    input = Shape.WithBatch(inputDims);
                }

                for (int i = 0; i < nodes.Length; i++)
                    if (nodes[i].Layer.Name == name)
                        throw new KerasModelException(Diagnostics.DuplicateLayerName, name,
                            $"is the name of layer {i} ({nodes[i].Layer.ClassName}) already: layer names must be unique in a model. " +
                            "Pass a different name:, or leave name: out for an automatic one.");

                Layer layer = type.Create(args);
                LayerOutput? output = null;
                var newWarnings = warnings;
                if (input != null)
                {
                    IReadOnlyList<Shape> previous = index == 0 ? new[] { input } : nodes[index - 1].Output!.Shapes;
                    string source = index == 0 ? "the input" : nodes[index - 1].Layer.Name;
                    output = layer.Apply(previous, source);
                    if (index == 0) newWarnings = AddZeroDimWarning(newWarnings, "input", input, name, index, isInput: true);
                    foreach (var shape in output.Shapes)
                        newWarnings = AddZeroDimWarning(newWarnings, name, shape, name, index, isInput: false);
                }

                var inbound = index == 0 ? Array.Empty<Node>() : new[] { nodes[index - 1] };
                if (explicitName == null) innerPrefixes.Add(type.AutoNamePrefix);
                var node = new Node(index, layer, call, inbound, output, innerPrefixes);
                var newNodes = new Node[index + 1];
                nodes.CopyTo(newNodes, 0);
                newNodes[index] = node;
                return new SequentialModel(Name, input, newNodes, newWarnings);
            }
            catch (KerasModelException e)
            {
                throw e.WithLayer(name, index);
            }
        }

        /// <summary>The summary's data: rows and totals. KD0010 when the model has no input shape.</summary>
        public ModelSummary Summarize()
        {
            if (!IsBuilt)
                throw new KerasModelException(Diagnostics.MissingInputShape, null,
                    $"{Name} has no input shape, so its shapes and parameter counts are unknown (Keras builds it when it first sees data). " +
                    "Pass input: to the first layer, e.g. .Dense(4, input: 3).", layerIndex: nodes.Length == 0 ? -1 : 0);
            return ModelSummary.FromNodes(Name, InputShape!, nodes);
        }

        private static string? ExplicitName(LayerCall call, LayerType type)
        {
            var v = call.Find("name");
            if (v == null || v.IsNull) return null;
            if (v.Kind != ArgKind.String || string.IsNullOrEmpty(v.Text))
                throw new LayerArgs(call, type.AutoNamePrefix).Invalid("name", "a non-empty string", v.ToString(), "pass a name such as name: \"encoder\"");
            return v.Text;
        }

        /// <summary>
        /// Keras numbers automatic names per class prefix: dense, dense_1, dense_2. Explicit names do not count.
        /// Layers written inside wrappers count too, and before their wrapper: Python builds
        /// <c>TimeDistributed(Dense(8))</c>'s Dense first, so it takes "dense" and a later Dense is "dense_1"
        /// (keras/src/utils/naming.py auto_name/uniquify, one global counter per prefix, called by Operation.__init__ for unnamed layers).
        /// </summary>
        private string AutoName(string prefix, List<string> innerPrefixes)
        {
            // Index loops: this runs for every layer added, over every node before it.
            int count = 0;
            for (int i = 0; i < innerPrefixes.Count; i++)
                if (innerPrefixes[i] == prefix) count++;
            foreach (var n in nodes)
                for (int i = 0; i < n.AutoNamePrefixes.Count; i++)
                    if (n.AutoNamePrefixes[i] == prefix) count++;
            return count == 0 ? prefix : prefix + "_" + count;
        }

        /// <summary>The prefixes of the layers written as arguments of this call (at any depth) that have no name:.</summary>
        private static void CollectUnnamedInnerPrefixes(LayerCall call, List<string> prefixes)
        {
            foreach (var arg in call.Args)
            {
                var inner = arg.Value.Layer;
                if (arg.Value.Kind != ArgKind.Layer || inner == null) continue;
                var innerName = inner.Find("name");
                if (innerName == null || innerName.IsNull) prefixes.Add(LayerCatalog.AutoNamePrefix(inner.ClassName));
                CollectUnnamedInnerPrefixes(inner, prefixes);
            }
        }

        private static ModelWarning[] AddZeroDimWarning(ModelWarning[] existing, string what, Shape shape, string layerName, int index, bool isInput)
        {
            bool hasZero = false;
            for (int i = 0; i < shape.Rank && !hasZero; i++) hasZero = shape[i] == 0;
            if (!hasZero) return existing;
            string detail = isInput
                ? $"has an input shape {shape} with a dim of size 0: Keras 2 and TensorFlow.js accept it, but the tensor holds no values and newer Keras 3 versions refuse it. Check the input sizes."
                : $"gives output {shape}, with a dim of size 0: Keras 2 and TensorFlow.js accept it, but the tensor holds no values and newer Keras 3 versions refuse it. Use a smaller kernel or pool, padding: \"same\", or a larger input.";
            var list = new List<ModelWarning>(existing) { new ModelWarning(Diagnostics.ZeroSizeDim, layerName, index, detail) };
            return list.ToArray();
        }
    }
}
