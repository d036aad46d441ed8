using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// A model's facts as data (rows and totals), apart from how they are rendered.
    /// Totals sum each layer's weights once, by layer identity, as Keras's summary_utils does,
    /// so a layer applied twice counts once.
    /// </summary>
    public sealed class ModelSummary
    {
        private ModelSummary(string name, Shape inputShape, IReadOnlyList<Shape> outputShapes, IReadOnlyList<LayerRow> rows, long total, long trainable)
        {
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

        internal static ModelSummary FromNodes(string name, Shape inputShape, IReadOnlyList<Node> nodes)
        {
            var rows = new List<LayerRow>(nodes.Count);
            var counted = new HashSet<Layer>();
            long total = 0, trainable = 0;
            foreach (var node in nodes)
            {
                var output = node.Output!;
                rows.Add(new LayerRow(node.Index, node.Layer.Name, node.Layer.ClassName, output.Shapes,
                    output.Params, output.TrainableParams, node.Layer.Trainable));
                if (!counted.Add(node.Layer)) continue;
                if (!CheckedMath.TryAdd(total, output.Params, out total)) throw CheckedMath.Overflow(name + "'s total parameter count");
                if (!CheckedMath.TryAdd(trainable, output.TrainableParams, out trainable)) throw CheckedMath.Overflow(name + "'s trainable parameter count");
            }
            var outputShapes = nodes.Count == 0 ? new[] { inputShape } : nodes[nodes.Count - 1].Output!.Shapes;
            return new ModelSummary(name, inputShape, outputShapes, rows, total, trainable);
        }
    }
}
