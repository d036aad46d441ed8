using System.Collections.Generic;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// One row of a model's summary (an entry of its <c>Layers</c>): a layer, its output shape and its own parameter count,
    /// as Keras's <c>model.summary()</c> prints them.
    /// </summary>
    public sealed class LayerRow
    {
        /// <summary>A row; for a functional model, with its output shape as Keras 2 prints it and its connections.</summary>
        internal LayerRow(int index, string name, string className, IReadOnlyList<Shape> outputShapes, string? outputShapeText,
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

        /// <summary>The row's position in the model's layers, from 0.</summary>
        public int Index { get; }

        /// <summary>The layer's name in the model, as Keras names it (<c>dense</c>, <c>dense_1</c>) or as given by <c>name:</c>.</summary>
        public string Name { get; }

        /// <summary>The Keras class, e.g. <c>Dense</c>, <c>Bidirectional</c>; a model applied as a layer shows <c>Sequential</c> or <c>Functional</c>.</summary>
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

        /// <summary>The layer's parameters, as the summary's "Param #" column counts them.</summary>
        public long Params { get; }

        /// <summary>The parameters that training updates: all of them unless the layer is frozen or has non-trainable weights (BatchNormalization's moving statistics).</summary>
        public long TrainableParams { get; }

        /// <summary>The parameters that training leaves as they are.</summary>
        public long NonTrainableParams => Params - TrainableParams;

        /// <summary>The layer's <c>trainable</c> flag: false freezes all its weights.</summary>
        public bool Trainable { get; }
    }
}
