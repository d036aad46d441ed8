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
    public static class GraphBuilder
    {
        /// <summary>Keras's <c>Input(shape)</c>: a new input layer and its tensor.</summary>
        public static KerasTensor Input(LayerCall call, long creationOrder)
        {
            var layer = Create(call, creationOrder);
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
            var shapes = new Shape[inputs.Count];
            for (int i = 0; i < shapes.Length; i++) shapes[i] = inputs[i].Shape;
            int nodeIndex = layer.Applications;
            var output = layer.Apply(shapes, Describe(inputs));
            var node = new Node(-1, layer, call, inputs, output, Array.Empty<string>(), nodeIndex);
            return node.Outputs;
        }

        /// <summary>"the input", "dense" or "the inputs conv2d and input_layer": where a layer's input comes from, for messages.</summary>
        public static string Describe(IReadOnlyList<KerasTensor> inputs)
        {
            if (inputs.Count == 0) return "the input";
            if (inputs.Count == 1) return inputs[0].Node.Layer.Name;   // the common case, without the set below (a graph of 100,000 nodes)
            var names = inputs.Select(t => t.Node.Layer.Name).Distinct().ToList();
            return names.Count == 1 ? names[0] : "the inputs " + string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
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
