using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// What the runtime's public methods do beyond recording a layer call, written once here so that the runtime
    /// (src/KerasDsl) and the compiler's interpreter (analyzers/.../Interpretation) do the same thing, by construction:
    /// the refusals of an input without a shape, of a null argument and of a bad output index, and how
    /// <c>Sequential.Add(layer, input:)</c> sets the layer's input shape.
    /// </summary>
    internal static class ApiSemantics
    {
        /// <summary>
        /// The InputLayer call of <c>Keras.Input</c> and <c>Sequential.Input</c>: the shape first, then the method's other
        /// parameters as recorded (batchSize, dtype, sparse, ragged, optional, name); or the refusal of a missing shape.
        /// </summary>
        public static LayerCall InputCall(ArgValue shape, IEnumerable<Arg> others)
        {
            if (shape.IsNull) throw NoInputShape();
            return new LayerCall(InputLayer.Type.ClassName, new[] { new Arg(InputLayer.ShapeArg, shape) }.Concat(others).ToArray());
        }

        /// <summary>
        /// <c>Sequential.Add(tensor)</c>, Keras's <c>model.add(keras.Input(...))</c>: the InputLayer that made the tensor, or the
        /// refusal of any other tensor (Keras adds layers only).
        /// </summary>
        public static InputLayer InputLayerOf(IReadOnlyList<KerasTensor> tensors, string modelName)
        {
            if (tensors.Count == 1 && tensors[0].Node.Layer is InputLayer inputLayer) return inputLayer;
            string described = tensors.Count == 1 ? $"Tensor(shape={tensors[0].Shape})" : "[" + string.Join(", ", tensors.Select(t => t.Shape)) + "]";
            throw new KerasModelException(Diagnostics.InvalidArgument, modelName,
                $"was given {described}, made by {tensors[0].Node.Layer.Name}: a Sequential takes layers, models, and the tensor of an Input (Keras: " +
                "\"Only instances of keras.Layer can be added to a Sequential model\"). Add the layer itself, or use Model(inputs, outputs) for a graph.",
                argument: "input");
        }

        /// <summary>KD0002 for an Input without a shape.</summary>
        public static KerasModelException NoInputShape() =>
            new KerasModelException(Diagnostics.InvalidArgument, "input_layer",
                "has no shape: expected the input shape without the batch dim. Pass it, e.g. Input((28, 28, 1)) or Input((null, 8)).", argument: "shape");

        /// <summary>
        /// The layer a Sequential appends for <c>Add(layer, input:)</c> and for its layer methods: the layer's own call, its
        /// <c>input</c> replaced by the one given (when one is given).
        /// </summary>
        public static LayerCall WithInput(LayerCall call, ArgValue input)
        {
            if (input.IsNull) return call;
            return new LayerCall(call.ClassName, new EquatableArray<Arg>(call.Args.Where(a => a.Name != SequentialModel.InputArg)
                .Concat(new[] { new Arg(SequentialModel.InputArg, input) }).ToArray()));
        }

        /// <summary>The KD0002 refusal of a null where a layer, tensor or model is needed (never a NullReferenceException).</summary>
        public static KerasModelException NullArgument(string who, string argument) =>
            new KerasModelException(Diagnostics.InvalidArgument, who,
                $"got null for {argument}: expected a layer, tensor or model. Pass one (a layer made by a factory such as Dense(4), a tensor from Input or a layer).",
                argument: argument);

        /// <summary>One of a layer's several outputs, as Python's <c>outputs[i]</c>, or the refusal of an index out of range.</summary>
        public static KerasTensor Output(IReadOnlyList<KerasTensor> tensors, int index)
        {
            if ((uint)index < (uint)tensors.Count) return tensors[index];
            var shapes = tensors.Select(t => t.Shape).ToList();
            throw new KerasModelException(Diagnostics.InvalidArgument, tensors[0].Node.Layer.Name,
                $"gives {tensors.Count} tensor{(tensors.Count == 1 ? "" : "s")} {LayerOutput.Format(shapes)}, so index {index} is out of range: expected 0 to {tensors.Count - 1}. Index one of its outputs.",
                argument: "index");
        }
    }
}
