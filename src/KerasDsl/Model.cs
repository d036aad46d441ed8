using System.Collections.Generic;
using System.Linq;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A functional model, Keras's <c>Model(inputs, outputs)</c>: made by <see cref="Keras.Model(Tensor, Tensor, string, bool)"/>.
    /// Immutable; it can be applied to tensors as a layer of another model (its weights counted once).
    /// </summary>
    public sealed class Model
    {
        private readonly object gate = new object();
        private ModelLayer? asLayer;

        internal Model(FunctionalModel model) => Core = model;

        /// <summary>Core's graph of the model, shared with the analyzer and the CLI.</summary>
        internal FunctionalModel Core { get; }

        /// <summary>The model's name: <c>functional</c>, <c>functional_1</c>, ... unless given.</summary>
        public string Name => Core.Name;

        /// <summary>Total parameters, as Keras's summary counts them (a shared layer's once).</summary>
        public long TotalParams => Core.Totals().Total;

        /// <summary>Parameters that training updates.</summary>
        public long TrainableParams => Core.Totals().Trainable;

        /// <summary>Parameters that training leaves as they are (frozen layers, BatchNormalization's moving statistics).</summary>
        public long NonTrainableParams => TotalParams - TrainableParams;

        /// <summary>The first output's shape, batch dim included.</summary>
        public Shape OutputShape => Core.Outputs[0].Shape;

        /// <summary>Every output's shape.</summary>
        public IReadOnlyList<Shape> OutputShapes => Core.Outputs.Select(t => t.Shape).ToList();

        /// <summary>Every input's shape.</summary>
        public IReadOnlyList<Shape> InputShapes => Core.Inputs.Select(t => t.Shape).ToList();

        /// <summary>One row per layer, in Keras's order (model.layers): name, class, output shape, params, connections.</summary>
        public IReadOnlyList<LayerRow> Layers => Summarize().Rows;

        /// <summary>Things Keras accepts but you should see, such as a dim of size zero (KD0009).</summary>
        public IReadOnlyList<ModelWarning> Warnings => Core.Warnings;

        /// <summary>Keras 2's summary: the functional table with "Connected to", or the classic one for a plain chain.</summary>
        public string Summary() => Summarize().Render();

        /// <summary>Applies the model to tensors as a layer, as Keras's <c>model(x)</c>.</summary>
        public Tensor Apply(params Tensor[] inputs)
        {
            if (inputs == null) throw Keras.NullArgument(Name, "inputs");
            var flat = Tensor.Flatten(inputs, Name);
            ModelLayer layer;
            lock (gate) layer = asLayer ??= ModelLayer.For(Core);
            return new Tensor(GraphBuilder.Apply(layer, layer.Call, flat));
        }

        /// <summary>The summary table, as <see cref="Summary"/>.</summary>
        public override string ToString() => Summary();

        // Not cached: a shared layer applied again later changes what Keras 2 prints (its node indices, "multiple").
        private ModelSummary Summarize() => Core.Summarize();
    }
}
