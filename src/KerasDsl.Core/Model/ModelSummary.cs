using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// A model's facts as data (rows and totals), apart from how they are rendered.
    /// Totals sum each layer's weights once, by layer identity, as Keras's summary_utils does,
    /// so a layer applied twice counts once.
    /// </summary>
    internal sealed class ModelSummary
    {
        private ModelSummary(string name, Shape inputShape, IReadOnlyList<Shape> outputShapes, IReadOnlyList<LayerRow> rows, long total, long trainable,
            bool isSequentialLike = true)
        {
            IsSequentialLike = isSequentialLike;
            Name = name;
            InputShape = inputShape;
            OutputShapes = outputShapes;
            Rows = rows;
            TotalParams = total;
            TrainableParams = trainable;
        }

        public string Name { get; }
        public Shape InputShape { get; }
        /// <summary>The model's output shape; for a last layer with several outputs, the first one's.</summary>
        public Shape OutputShape => OutputShapes[0];

        /// <summary>Every output's shape: several when the last layer has several outputs.</summary>
        public IReadOnlyList<Shape> OutputShapes { get; }
        public IReadOnlyList<LayerRow> Rows { get; }
        public long TotalParams { get; }
        public long TrainableParams { get; }
        public long NonTrainableParams => TotalParams - TrainableParams;

        /// <summary>
        /// Keras 2's choice of table: true for a Sequential, and for a functional model that is a plain chain (one node
        /// per depth, each with one input, no layer applied twice), which print the classic three columns; false for a
        /// graph, which prints "Connected to" as well.
        /// </summary>
        public bool IsSequentialLike { get; }

        /// <summary>Keras 2's print_summary: the classic table for a sequential-like model, the functional one otherwise.</summary>
        public string Render() => IsSequentialLike ? ClassicSummaryRenderer.Render(this) : FunctionalSummaryRenderer.Render(this);

        internal static ModelSummary FromGraph(FunctionalModel model)
        {
            var nodesOfLayer = new Dictionary<Layer, List<Node>>();
            foreach (var depth in model.NodesByDepth)
                foreach (var node in depth)
                {
                    if (!nodesOfLayer.TryGetValue(node.Layer, out var list)) nodesOfLayer[node.Layer] = list = new List<Node>();
                    list.Add(node);
                }
            var rows = new List<LayerRow>(model.Layers.Count);
            for (int i = 0; i < model.Layers.Count; i++)
            {
                var layer = model.Layers[i];
                var nodes = nodesOfLayer[layer];
                nodes.Sort((a, b) => a.NodeIndex.CompareTo(b.NodeIndex));
                var connections = new List<string>();
                foreach (var node in nodes)
                    foreach (var t in node.Inputs)
                        connections.Add(model.NameOf(t.Node.Layer) + "[" + t.Node.NodeIndex.ToString(CultureInfo.InvariantCulture) + "][" + t.Index.ToString(CultureInfo.InvariantCulture) + "]");
                var shapes = layer.CommonOutputShapes;
                // Keras 2's layer.output_shape: an input's node holds a list of one tensor; differing applications are "multiple".
                string? shapeText = shapes == null ? "multiple" : layer is InputLayer ? "[" + LayerOutput.Format(shapes) + "]" : null;
                var weights = layer.Weights;
                long p = 0, t2 = 0;
                foreach (var w in weights)
                {
                    p = CheckedMath.Add(p, w.Size, model.NameOf(layer) + "'s parameter count");
                    if (w.Trainable && model.Trainable) t2 = CheckedMath.Add(t2, w.Size, model.NameOf(layer) + "'s parameter count");
                }
                rows.Add(new LayerRow(i, model.NameOf(layer), layer.ClassName, shapes ?? nodes[0].Output!.Shapes, shapeText, p, t2,
                    layer.Trainable && model.Trainable, connections));
            }
            var (total, trainable) = model.Totals();
            return new ModelSummary(model.Name, model.Inputs[0].Shape, model.Outputs.Select(o => o.Shape).ToList(), rows, total, trainable,
                IsChain(model, nodesOfLayer));
        }

        /// <summary>
        /// Keras's count_params over model.weights: each variable once (by origin), however many layers or nested
        /// models reach it; a weight is trainable only when every way to it is (a frozen nested model freezes it).
        /// </summary>
        internal static (long total, long trainable) Totals(Layer[] layers, bool modelTrainable, string modelName)
        {
            // Arrays, indexed directly: through IReadOnlyList each layer and each weight was an interface call, which
            // made this sum a measurable part of building a model of hundreds of layers.
            // Weights repeat only through a nested model (its layers' weights are its own too); without one, each
            // layer's weights are its own, made by its build, and are summed directly.
            bool nested = false;
            for (int i = 0; i < layers.Length && !nested; i++) nested = layers[i] is ModelLayer;
            if (!nested)
            {
                long sum = 0, trainableSum = 0;
                for (int i = 0; i < layers.Length; i++)
                {
                    var weights = layers[i].WeightArray;
                    for (int j = 0; j < weights.Length; j++)
                    {
                        var w = weights[j];
                        if (!CheckedMath.TryAdd(sum, w.Size, out sum)) throw CheckedMath.Overflow(modelName + "'s total parameter count");
                        if (w.Trainable && modelTrainable && !CheckedMath.TryAdd(trainableSum, w.Size, out trainableSum))
                            throw CheckedMath.Overflow(modelName + "'s trainable parameter count");
                    }
                }
                return (sum, trainableSum);
            }
            // Each variable once, by origin; most weights are their own origin and are met once.
            var trainableByOrigin = new Dictionary<Weight, bool>(layers.Length * 2);
            for (int i = 0; i < layers.Length; i++)
            {
                var weights = layers[i].WeightArray;
                for (int j = 0; j < weights.Length; j++)
                {
                    var w = weights[j];
                    trainableByOrigin[w.Origin] = trainableByOrigin.TryGetValue(w.Origin, out bool t) ? t && w.Trainable : w.Trainable;
                }
            }
            long total = 0, trainable = 0;
            foreach (var pair in trainableByOrigin)
            {
                if (!CheckedMath.TryAdd(total, pair.Key.Size, out total)) throw CheckedMath.Overflow(modelName + "'s total parameter count");
                if (pair.Value && modelTrainable && !CheckedMath.TryAdd(trainable, pair.Key.Size, out trainable))
                    throw CheckedMath.Overflow(modelName + "'s trainable parameter count");
            }
            return (total, trainable);
        }

        /// <summary>Keras 2's sequential_like test in print_summary.</summary>
        private static bool IsChain(FunctionalModel model, Dictionary<Layer, List<Node>> nodesOfLayer)
        {
            foreach (var depth in model.NodesByDepth)
                if (depth.Count > 1 || (depth.Count == 1 && depth[0].Inputs.Count > 1)) return false;
            foreach (var list in nodesOfLayer.Values)
                if (list.Count > 1) return false;
            return true;
        }

        internal static ModelSummary FromNodes(string name, Shape inputShape, IReadOnlyList<Node> nodes, bool modelTrainable = true)
        {
            var rows = new List<LayerRow>(nodes.Count);
            foreach (var node in nodes)
            {
                var output = node.Output!;
                rows.Add(new LayerRow(node.Index, node.Layer.Name, node.Layer.ClassName, output.Shapes, null,
                    output.Params, output.TrainableParams, node.Layer.Trainable, System.Array.Empty<string>()));
            }
            var (total, trainable) = Totals(nodes.Select(n => n.Layer).ToArray(), modelTrainable, name);
            var outputShapes = nodes.Count == 0 ? new[] { inputShape } : nodes[nodes.Count - 1].Output!.Shapes;
            return new ModelSummary(name, inputShape, outputShapes, rows, total, trainable);
        }
    }
}
