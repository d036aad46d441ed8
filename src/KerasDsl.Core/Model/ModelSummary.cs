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
        private ModelSummary(string name, Shape inputShape, Shape outputShape, IReadOnlyList<LayerRow> rows, long total, long trainable)
        {
            Name = name;
            InputShape = inputShape;
            OutputShape = outputShape;
            Rows = rows;
            TotalParams = total;
            TrainableParams = trainable;
        }

        public string Name { get; }
        public Shape InputShape { get; }
        public Shape OutputShape { get; }
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
                rows.Add(new LayerRow(node.Index, node.Layer.Name, node.Layer.ClassName, output.Shape,
                    output.Params, output.TrainableParams, node.Layer.Trainable));
                if (!counted.Add(node.Layer)) continue;
                total = CheckedMath.Add(total, output.Params, name + "'s total parameter count");
                trainable = CheckedMath.Add(trainable, output.TrainableParams, name + "'s trainable parameter count");
            }
            var outputShape = nodes.Count == 0 ? inputShape : nodes[nodes.Count - 1].Output!.Shape;
            return new ModelSummary(name, inputShape, outputShape, rows, total, trainable);
        }
    }
}
