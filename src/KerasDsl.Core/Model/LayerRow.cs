using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>One row of a model summary: a layer, its output shape and its own parameter count.</summary>
    public sealed class LayerRow
    {
        public LayerRow(int index, string name, string className, Shape outputShape, long @params, long trainableParams, bool trainable)
            : this(index, name, className, new[] { outputShape }, @params, trainableParams, trainable)
        {
        }

        public LayerRow(int index, string name, string className, IReadOnlyList<Shape> outputShapes, long @params, long trainableParams, bool trainable)
            : this(index, name, className, outputShapes, null, @params, trainableParams, trainable, System.Array.Empty<string>())
        {
        }

        /// <summary>A row of a functional model: its output shape as Keras 2 prints it and its connections.</summary>
        public LayerRow(int index, string name, string className, IReadOnlyList<Shape> outputShapes, string? outputShapeText,
            long @params, long trainableParams, bool trainable, IReadOnlyList<string> connections)
        {
            this.outputShapeText = outputShapeText;
            Connections = connections;
            Index = index;
            Name = name;
            ClassName = className;
            OutputShapes = outputShapes;
            Params = @params;
            TrainableParams = trainableParams;
            Trainable = trainable;
        }

        public int Index { get; }
        public string Name { get; }
        public string ClassName { get; }
        /// <summary>The output shape; for a layer with several outputs, the first one's.</summary>
        public Shape OutputShape => OutputShapes[0];

        /// <summary>Every output's shape: one for most layers, two for Bidirectional with mergeMode None.</summary>
        public IReadOnlyList<Shape> OutputShapes { get; }

        /// <summary>As Keras 2's summary prints it: <c>(None, 8)</c>, or <c>[(None, 5, 8), (None, 5, 8)]</c> for several outputs.</summary>
        /// <remarks>An input prints as a list (<c>[(None, 8)]</c>), a layer applied with different shapes as <c>multiple</c>.</remarks>
        public string OutputShapeText => outputShapeText ??= LayerOutput.Format(OutputShapes);

        // Composed on first use: counting a model makes its rows, and only printing needs their text.
        private string? outputShapeText;

        /// <summary>"Connected to": the tensors each application of the layer in this model took, as <c>dense[0][0]</c>.</summary>
        public IReadOnlyList<string> Connections { get; }
        public long Params { get; }
        public long TrainableParams { get; }
        public long NonTrainableParams => Params - TrainableParams;
        public bool Trainable { get; }
    }
}
