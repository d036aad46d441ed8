using System;
using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Applies layers to symbolic tensors, as calling a Keras layer on KerasTensors does: the layer checks the
    /// inputs, computes the outputs' shapes and (on its first application) builds its weights; a node records the
    /// application. What the functional API, the JSON reader and a nested model's re-application all go through.
    /// </summary>
    internal static class GraphBuilder
    {
        /// <summary>Keras's <c>Input(shape)</c>: a new input layer and its tensor.</summary>
        public static KerasTensor Input(LayerCall call, long creationOrder)
        {
            Layer layer;
            try
            {
                layer = Create(call, creationOrder);
            }
            catch (KerasModelException e)
            {
                throw InContext(e, call, creationOrder, Array.Empty<KerasTensor>());
            }
            return Apply(layer, call, Array.Empty<KerasTensor>())[0];
        }

        /// <summary>Makes a layer from its call (arguments checked now, as Keras's constructor checks them).</summary>
        public static Layer Create(LayerCall call, long creationOrder)
        {
            var type = LayerCatalog.Get(call.ClassName);
            var explicitName = ExplicitName(call, type);
            var layer = type.Create(new LayerArgs(call, explicitName ?? type.AutoNamePrefix));
            layer.SetOrigin(creationOrder, explicitName != null);
            return layer;
        }

        /// <summary>Applies a layer to tensors; a refusal names the layer and where its inputs come from.</summary>
        public static IReadOnlyList<KerasTensor> Apply(Layer layer, LayerCall call, IReadOnlyList<KerasTensor> inputs)
        {
            if (inputs.Count > 0 && layer is InputLayer)
                throw new KerasModelException(Diagnostics.IncompatibleShape, layer.Name, "is an input and cannot be applied to a tensor. Use the tensor Input(...) returns.");
            IReadOnlyList<Shape> shapes;
            if (inputs.Count == 1)
            {
                // The shape's own list of one (shared with the node that made it): no array per application.
                shapes = inputs[0].Shape.AsList();
            }
            else
            {
                var several = new Shape[inputs.Count];
                for (int i = 0; i < several.Length; i++) several[i] = inputs[i].Shape;
                shapes = several;
            }
            int nodeIndex;
            LayerOutput output;
            try
            {
                // Where the inputs come from is worded only on failure: naming layers in context walks the graph.
                output = layer.Apply(shapes, SourcesPlaceholder, out nodeIndex);
            }
            catch (KerasModelException e)
            {
                var source = OneSource(inputs);
                throw InContext(e, layer.Call, layer.CreationOrder, inputs).WithFix(RankFixes.For(e, layer, shapes, source, canInsert: true));
            }
            var node = new Node(-1, layer, call, inputs, output, Array.Empty<string>(), nodeIndex);
            return node.Outputs;
        }

        /// <summary>The layer that gives all of <paramref name="inputs"/>, or null (none, or several).</summary>
        private static Layer? OneSource(IReadOnlyList<KerasTensor> inputs)
        {
            if (inputs.Count == 0) return null;
            var layer = inputs[0].Node.Layer;
            for (int i = 1; i < inputs.Count; i++)
                if (inputs[i].Node.Layer != layer) return null;
            return layer;
        }

        private const string SourcesPlaceholder = "\u0001sources\u0001";

        /// <summary>
        /// A refusal worded with the names the layers will have in the model: the failing layer's and its inputs'
        /// automatic names are counted over the graph upstream of it (what Keras's counters had reached when the layer
        /// was made, as far as this graph shows), not the bare prefixes the layers carry until a model names them.
        /// </summary>
        public static KerasModelException InContext(KerasModelException e, LayerCall call, long creationOrder, IReadOnlyList<KerasTensor> inputs)
        {
            var upstream = Upstream(inputs);
            var type = LayerCatalog.TryGet(call.ClassName, out var t) ? t : null;
            string? explicitName = call.Find("name") is { Kind: ArgKind.String } v && !string.IsNullOrEmpty(v.Text) ? v.Text : null;
            if (explicitName == null && type != null)
                e = e.RenamedLayer(type.AutoNamePrefix, LayerNaming.NameAmong(upstream, type.AutoNamePrefix, creationOrder));
            if (e.Detail.IndexOf(SourcesPlaceholder, StringComparison.Ordinal) >= 0)
                e = e.WithDetail(e.Detail.Replace(SourcesPlaceholder, Describe(inputs, upstream)));
            return SourceAdvice.Resolve(e, SourceAdvice.KindOf(inputs));
        }

        /// <summary>"the input", "dense_1" or "the inputs conv2d and input_layer": where a layer's input comes from, for messages.</summary>
        private static string Describe(IReadOnlyList<KerasTensor> inputs, IReadOnlyList<Layer> upstream)
        {
            if (inputs.Count == 0) return "the input";
            var names = inputs
                .Select(t => t.Node.Layer.HasExplicitName ? t.Node.Layer.Name : LayerNaming.NameAmong(upstream, t.Node.Layer.AutoNamePrefix, t.Node.Layer.CreationOrder))
                .Distinct().ToList();
            return names.Count == 1 ? names[0] : "the inputs " + string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
        }

        /// <summary>Every layer whose node feeds <paramref name="inputs"/>, directly or not (iterative: graphs may be deep).</summary>
        private static IReadOnlyList<Layer> Upstream(IReadOnlyList<KerasTensor> inputs)
        {
            var layers = new List<Layer>();
            var seenLayers = new HashSet<Layer>();
            var seenNodes = new HashSet<Node>();
            var pending = new Stack<Node>(inputs.Select(i => i.Node));
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (!seenNodes.Add(node)) continue;
                if (seenLayers.Add(node.Layer)) layers.Add(node.Layer);
                foreach (var t in node.Inputs) pending.Push(t.Node);
            }
            return layers;
        }

        /// <summary>The name: argument when given (a non-empty string), else null.</summary>
        public static string? ExplicitName(LayerCall call, LayerType type)
        {
            var v = call.Find("name");
            if (v == null || v.IsNull) return null;
            if (v.Kind != ArgKind.String || string.IsNullOrEmpty(v.Text))
                throw new LayerArgs(call, type.AutoNamePrefix).Invalid("name", "a non-empty string", v.ToString(), "pass a name such as name: \"encoder\"");
            return v.Text;
        }
    }
}
