using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// A model used as a layer of another (a Sequential or a functional model called on tensors, as Keras allows):
    /// one summary row, whose weights are every weight of the nested model's layers. Keras counts each weight once
    /// however often the model is applied, and a model made with trainable: false freezes all of them.
    /// </summary>
    internal sealed class ModelLayer : Layer
    {
        private ModelLayer(LayerArgs args, IKerasModel model) : base(args)
        {
            Model = model;
        }

        public IKerasModel Model { get; }

        public override int FirstNodeIndex => ConstructionOutputs != null ? 1 : 0;

        /// <summary>tf.keras 2's construction node of a built model: its own outputs (Keras 2 prints "multiple" when a call differs).</summary>
        protected override IReadOnlyList<Shape>? ConstructionOutputs =>
            Model is FunctionalModel f ? f.Outputs.Select(t => t.Shape).ToList()
            : Model is SequentialModel { IsBuilt: true } seq ? seq.OutputShapes
            : null;

        /// <summary>The layer for <paramref name="model"/>; its LayerCall records its class, name and trainable.</summary>
        public static ModelLayer For(IKerasModel model) => For(model, model.Name, model.HasExplicitName);

        /// <summary>
        /// The layer for <paramref name="model"/> under the name a Sequential gives it (an unnamed model is numbered among
        /// the chain's models, as Keras's counter numbered it when it was made).
        /// </summary>
        public static ModelLayer For(IKerasModel model, string name, bool hasExplicitName)
        {
            var layer = new ModelLayer(new LayerArgs(CallOf(model), name), model);
            layer.SetOrigin(model.CreationOrder, hasExplicitName);
            return layer;
        }

        /// <summary>The record of a model used as a layer: its class, name and trainable.</summary>
        public static LayerCall CallOf(IKerasModel model) =>
            new LayerCall(model.ClassName, new Arg("name", ArgValue.Of(model.Name)), new Arg("trainable", model.Trainable ? ArgValue.True : ArgValue.False));

        /// <summary>A model's configuration is its layers'; as a layer it has only its name and trainable.</summary>
        protected override IReadOnlyList<Arg> ReadConfig() => Call.Args;

        public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(new[] { input })[0];

        public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs) => Model.Reapply(inputs, InputSource);

        protected override void Build(IReadOnlyList<Shape> inputs, WeightList weights)
        {
            // The inner layers were built by ComputeOutputShapes (it runs first); each weight once, by its origin.
            var seen = new HashSet<Weight>();
            foreach (var layer in Model.Layers)
                foreach (var w in layer.Weights)
                    if (seen.Add(w.Origin)) weights.AddRange(new[] { w });
        }
    }
}
