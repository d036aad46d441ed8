using System;
using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// A functional model (Keras's Functional): the graph of nodes between its input tensors and its output
    /// tensors. Creating one maps the graph as Keras 2's <c>_map_graph_network</c> does (layers ordered by depth,
    /// then by discovery from the outputs), refuses a graph whose outputs need a tensor the inputs do not give,
    /// and names the unnamed layers as Keras would have named them when they were made.
    /// </summary>
    internal sealed class FunctionalModel : IKerasModel
    {
        public const string DefaultName = "functional";

        private readonly GraphMap map;
        private readonly string[] names;

        private FunctionalModel(string name, bool hasExplicitName, bool trainable, long creationOrder,
            IReadOnlyList<KerasTensor> inputs, IReadOnlyList<KerasTensor> outputs, GraphMap map, string[] names)
        {
            Name = name;
            HasExplicitName = hasExplicitName;
            Trainable = trainable;
            CreationOrder = creationOrder;
            Inputs = inputs;
            Outputs = outputs;
            Layers = map.Layers;
            NodesByDepth = map.NodesByDepth;
            this.map = map;
            this.names = names;
        }

        public string Name { get; }
        public bool HasExplicitName { get; }
        public string ClassName => "Functional";
        public bool Trainable { get; }
        public long CreationOrder { get; }
        public IReadOnlyList<KerasTensor> Inputs { get; }
        public IReadOnlyList<KerasTensor> Outputs { get; }

        /// <summary>The model's layers in Keras's order (model.layers): by depth from the inputs, then by discovery.</summary>
        public IReadOnlyList<Layer> Layers { get; }

        /// <summary>The model's nodes, deepest (nearest the inputs) first; each depth's nodes in discovery order.</summary>
        public IReadOnlyList<IReadOnlyList<Node>> NodesByDepth { get; }

        /// <summary>
        /// Things Keras accepts but the user should see: a deprecated argument (KD0025), an input or an output with a dim
        /// of size zero (KD0009).
        /// </summary>
        public IReadOnlyList<ModelWarning> Warnings
        {
            get
            {
                var list = new List<ModelWarning>();
                for (int i = 0; i < Layers.Count; i++)
                {
                    SequentialModel.AddDeprecationWarnings(list, Layers[i], NameOf(Layers[i]), i);
                    var shapes = Layers[i].CommonOutputShapes;
                    if (shapes == null) continue;
                    foreach (var shape in shapes)
                        SequentialModel.AddZeroDimWarning(list, NameOf(Layers[i]), shape, NameOf(Layers[i]), i, isInput: Layers[i] is InputLayer);
                }
                return list;
            }
        }

        /// <summary>The layer's name in this model: its name: argument, or the automatic one this model gave it.</summary>
        public string NameOf(Layer layer)
        {
            int index = map.IndexOf(layer);
            return index >= 0 ? names[index] : layer.Name;
        }

        /// <summary>Where a node's inputs come from, by the layers' names in this model ("dense", "dense and dense_1"), for messages.</summary>
        private string SourceName(IReadOnlyList<KerasTensor> inputs) =>
            inputs.Count == 1 ? NameOf(inputs[0].Node.Layer) : string.Join(" and ", inputs.Select(t => NameOf(t.Node.Layer)).Distinct());

        public bool Contains(Node node) => map.NodeSlots.ContainsKey(node);

        /// <summary>
        /// Keras's <c>Model(inputs, outputs)</c>. The inputs must be tensors of <c>Input</c>s; every output must be
        /// computable from them (KD0017 otherwise). <paramref name="creationOrder"/> places the model among its layers
        /// for naming.
        /// </summary>
        public static FunctionalModel Create(IReadOnlyList<KerasTensor> inputs, IReadOnlyList<KerasTensor> outputs,
            string? name = null, bool trainable = true, long creationOrder = long.MaxValue)
        {
            string modelName = name ?? DefaultName;
            if (name != null && name.Length == 0)
                throw new KerasModelException(Diagnostics.InvalidArgument, null, "Model's name: is empty: expected a non-empty string. Pass a name such as name: \"encoder\", or leave it out.", argument: "name");
            if (inputs.Count == 0)
                throw new KerasModelException(Diagnostics.GraphDisconnected, modelName, "has no inputs: expected at least one tensor made by Input(...). Pass the model's Input tensors as its inputs.");
            if (outputs.Count == 0)
                throw new KerasModelException(Diagnostics.GraphDisconnected, modelName, "has no outputs: expected at least one tensor. Pass the tensors the model computes as its outputs.");
            foreach (var t in inputs)
                if (!(t.Node.Layer is InputLayer))
                    throw new KerasModelException(Diagnostics.GraphDisconnected, modelName,
                        $"has an input made by {t.Node.Layer.Name} ({t.Node.Layer.ClassName}), not by Input: expected the tensors that Input(...) returns. " +
                        "Pass the Input tensors the graph starts from as the model's inputs.");
            var map = GraphMap.Build(inputs, outputs, modelName);
            // An unnamed model is numbered after the unnamed models made before it, as Keras's counter numbers it.
            if (name == null) modelName = LayerNaming.NameAmong(map.Layers, Naming.ToSnakeCase("Functional"), creationOrder);
            var names = LayerNaming.Assign(map, modelName);
            var model = new FunctionalModel(modelName, name != null, trainable, creationOrder, inputs, outputs, map, names);
            return model;
        }

        /// <summary>Every weight of the model's layers, once each (by origin), as Keras's model.weights.</summary>
        public IReadOnlyList<Weight> Weights()
        {
            var seen = new HashSet<Weight>();
            var list = new List<Weight>();
            foreach (var layer in Layers)
                foreach (var w in layer.Weights)
                    if (seen.Add(w.Origin)) list.Add(Trainable ? w : w.AsNonTrainable());
            return list;
        }

        /// <summary>The model's total and trainable parameter counts (each weight once), without the summary's rows.</summary>
        public (long Total, long Trainable) Totals()
        {
            lock (map) return totals ??= ModelSummary.Totals(map.Layers, Trainable, Name);
        }

        private (long, long)? totals;

        public IReadOnlyList<Shape> Reapply(IReadOnlyList<Shape> inputs, string inputSource)
        {
            if (inputs.Count != Inputs.Count)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"takes {Inputs.Count} input{(Inputs.Count == 1 ? "" : "s")} {LayerOutput.Format(Inputs.Select(t => t.Shape).ToList())}, but {inputSource} gives {inputs.Count}: {LayerOutput.Format(inputs)}. " +
                    "Call the model on as many tensors as it has inputs.");
            var shapes = new Dictionary<KerasTensor, Shape>();
            for (int i = 0; i < inputs.Count; i++)
            {
                if (!Inputs[i].Shape.Accepts(inputs[i]))
                    throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                        $"expects input {i} of shape {Inputs[i].Shape}, but {inputSource} gives {inputs[i]}. " +
                        "Give the model inputs of the shapes its Input layers declare (None matches any size).");
                shapes[Inputs[i]] = inputs[i];
            }
            foreach (var depth in NodesByDepth)
                foreach (var node in depth)
                {
                    if (node.Layer is InputLayer) continue;
                    var inShapes = node.Inputs.Select(t => shapes[t]).ToList();
                    IReadOnlyList<Shape> output;
                    try
                    {
                        output = node.Layer.Simulate(inShapes, SourceName(node.Inputs) + " inside " + Name);
                    }
                    catch (KerasModelException e)
                    {
                        // An input of this model is fed from outside, by a source it does not know: layer advice only.
                        var kind = SourceAdvice.KindOf(node.Inputs);
                        throw SourceAdvice.Resolve(e, kind == InputSourceKind.ModelInput ? InputSourceKind.Layer : kind);
                    }
                    for (int i = 0; i < node.Outputs.Count && i < output.Count; i++) shapes[node.Outputs[i]] = output[i];
                }
            return Outputs.Select(t => shapes[t]).ToList();
        }


        /// <summary>The summary's data: rows in model.layers order with their connections, and the totals.</summary>
        public ModelSummary Summarize() => ModelSummary.FromGraph(this);
    }
}
