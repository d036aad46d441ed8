using System.Collections.Generic;
using System.Linq;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// An immutable Keras Sequential model. Each layer method returns a new model with the layer
    /// appended; a layer Keras would refuse throws <see cref="KerasModelException"/> at that call.
    /// The layer methods live in the partial files named after their Keras family.
    /// </summary>
    public sealed partial class Sequential
    {
        private readonly SequentialModel model;

        internal Sequential(SequentialModel model) => this.model = model;

        /// <summary>The model's name (<c>sequential</c> unless given).</summary>
        public string Name => model.Name;

        /// <summary>Core's evaluation of this model, shared by the analyzer and the CLI.</summary>
        internal SequentialModel Model => model;

        /// <summary>True once the first layer has an <c>input:</c> shape.</summary>
        public bool IsBuilt => model.IsBuilt;

        /// <summary>
        /// Total parameters, as Keras's summary counts them. Like every count and shape, a <see cref="KerasModelException"/>
        /// (KD0010) when the model has no input shape (<see cref="IsBuilt"/> false).
        /// </summary>
        public long TotalParams => Summarize().TotalParams;

        /// <summary>Parameters that training updates.</summary>
        public long TrainableParams => Summarize().TrainableParams;

        /// <summary>Parameters that training leaves as they are (frozen layers, BatchNormalization's moving statistics).</summary>
        public long NonTrainableParams => Summarize().NonTrainableParams;

        /// <summary>The output shape with its batch dim, e.g. <c>(None, 1)</c>; the first output's when the last layer has several.</summary>
        public Shape OutputShape => Summarize().OutputShape;

        /// <summary>Every output's shape: several when the last layer has several (Bidirectional with MergeMode.None).</summary>
        public IReadOnlyList<Shape> OutputShapes => Summarize().OutputShapes;

        /// <summary>One row per layer: name, class name, output shape, params, trainable.</summary>
        public IReadOnlyList<LayerRow> Layers => Summarize().Rows;

        /// <summary>Things Keras accepts but you should see, such as a dim of size zero (KD0009).</summary>
        public IReadOnlyList<ModelWarning> Warnings => model.Warnings;

        /// <summary>Keras 2's classic summary table, as <c>model.summary()</c> prints it.</summary>
        public string Summary() => ClassicSummaryRenderer.Render(Summarize());

        /// <summary>Appends a layer made by one of <see cref="Keras"/>'s factories, as Keras's <c>model.add</c>.</summary>
        public Sequential Add(LayerSpec layer, InputShape input = default)
        {
            if (layer == null) throw Keras.NullArgument(model.Name, "layer");
            return new Sequential(model.Add(ApiSemantics.WithInput(layer.Call, input.ToArg()), layer.CreationOrder));
        }

        /// <summary>
        /// keras.Input as the model's first element, Keras 3's style (<c>keras.Sequential([keras.Input(shape=(28, 28, 1)),
        /// ...])</c>): <c>Sequential().Input((28, 28, 1)).Conv2D(32, 3)</c>. The shape is without the batch dim (null for
        /// an unknown size); <paramref name="batchSize"/> fixes the batch dim. Like Keras's Sequential, the summary does not
        /// list it. Refused after a layer, twice, or with <c>input:</c> on a later layer (KD0002).
        /// </summary>
        /// <param name="shape">The shape without the batch dim: <c>(28, 28, 1)</c>, <c>(null, 8)</c>, <c>[null]</c>.</param>
        /// <param name="name">The input's name; null for Keras's automatic one.</param>
        /// <param name="batchSize">A fixed batch size, or null for any.</param>
        /// <param name="dtype">The input's dtype (<see cref="DTypes"/>), e.g. "int32" for token ids; null is "float32". Changes no count.</param>
        /// <param name="sparse">Whether the input is a sparse tensor; null is false. Changes no count.</param>
        /// <param name="ragged">Whether the input is a ragged tensor (TensorFlow); null is false. Changes no count.</param>
        /// <param name="optional">Whether the input may be given as None. Changes no count.</param>
        public Sequential Input(InputShape shape, string? name = null, int? batchSize = null, string? dtype = null, bool? sparse = null,
            bool? ragged = null, bool optional = false)
        {
            var call = ApiSemantics.InputCall(shape.ToArg(), new[] { Args.A("batchSize", batchSize), Args.A("dtype", dtype), Args.A("sparse", sparse),
                Args.A("ragged", ragged), Args.A("optional", optional), Args.A("name", name) });
            return new Sequential(model.Add(call, LayerSpec.NextCreationOrder()));
        }

        /// <summary>
        /// Keras's <c>model.add(keras.Input(shape=...))</c>: the tensor's InputLayer becomes the model's input, as
        /// <see cref="Input(InputShape, string?, int?, string?, bool?, bool?, bool)"/> does. A tensor made by a layer is refused, as Keras
        /// refuses anything but a layer.
        /// </summary>
        public Sequential Add(Tensor input)
        {
            if (input == null) throw Keras.NullArgument(model.Name, "input");
            var inputLayer = ApiSemantics.InputLayerOf(input.Tensors, model.Name);
            return new Sequential(model.Add(inputLayer.Call, inputLayer.CreationOrder));
        }

        /// <summary>
        /// A model as a layer, as Keras's <c>Sequential([data_augmentation, layers.Rescaling(1.0 / 255), ...])</c>: one
        /// row, named after the model, whose params are all of its layers' (once each). Added first, a model with an input
        /// shape gives this one its input shape.
        /// </summary>
        public Sequential Add(Sequential layer)
        {
            if (layer == null) throw Keras.NullArgument(model.Name, "layer");
            return new Sequential(model.Add(layer.model));
        }

        /// <summary>A functional model as a layer (see <see cref="Add(Sequential)"/>).</summary>
        public Sequential Add(Model layer)
        {
            if (layer == null) throw Keras.NullArgument(model.Name, "layer");
            return new Sequential(model.Add(layer.Core));
        }

        /// <summary>
        /// Applies the model to a tensor as a layer of a functional model, as Keras's <c>model(x)</c>: one summary row,
        /// its weights counted once however often it is applied. Its layers are built by the first application when the
        /// model has no input shape.
        /// </summary>
        public Tensor Apply(Tensor input)
        {
            if (input == null) throw Keras.NullArgument(Name, "input");
            ModelLayer layer;
            lock (gate) layer = asLayer ??= ModelLayer.For(model);
            return new Tensor(GraphBuilder.Apply(layer, layer.Call, input.Tensors));
        }

        private readonly object gate = new object();
        private ModelLayer? asLayer;

        /// <summary>The summary table once the model has an input shape; its name and "not built" before.</summary>
        public override string ToString() => model.IsBuilt ? Summary() : $"{Name} (not built: no input shape)";

        private ModelSummary Summarize() => summary ??= model.Summarize();

        private ModelSummary? summary;
    }
}
