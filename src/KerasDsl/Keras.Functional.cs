using System;
using System.Linq;
using KerasDsl.Core;

namespace KerasDsl
{
    // The functional API: Input, Model and the merge layers (keras/src/layers/merging).
    public static partial class Keras
    {
        /// <summary>
        /// keras.Input: a symbolic input of this shape, without the batch dim (<c>Input((28, 28, 1))</c>; null for an
        /// unknown dim, <c>Input((null, 8))</c>). Unnamed inputs are named input_layer, input_layer_1, ... as Keras 3 does.
        /// </summary>
        public static Tensor Input(InputShape shape, string? name = null, int? batchSize = null, string? dtype = null)
        {
            var input = ApiSemantics.Input(shape.ToArg(), ArgValue.Of(name), ArgValue.Of((long?)batchSize), ArgValue.Of(dtype), LayerSpec.NextCreationOrder());
            return new Tensor(new[] { input });
        }

        /// <summary>The KD0002 refusal of an Input without a shape.</summary>
        internal static KerasModelException NoInputShape() => ApiSemantics.NoInputShape();

        /// <summary>keras.Model(inputs, outputs): the graph between them. KD0017 when an output needs an input not given.</summary>
        public static Model Model(Tensor inputs, Tensor outputs, string? name = null, bool trainable = true) =>
            Model(new[] { inputs }, new[] { outputs }, name, trainable);

        /// <summary>keras.Model with several inputs or outputs, in the order given: <c>Model([a, b], [y1, y2])</c>.</summary>
        public static Model Model(Tensor[] inputs, Tensor[] outputs, string? name = null, bool trainable = true)
        {
            if (inputs == null) throw NullArgument("Model", "inputs");
            if (outputs == null) throw NullArgument("Model", "outputs");
            var model = FunctionalModel.Create(Tensor.Flatten(inputs, "Model"), Tensor.Flatten(outputs, "Model"), name, trainable, LayerSpec.NextCreationOrder());
            return new Model(model);
        }

        /// <summary>keras.Model with several inputs and one output.</summary>
        public static Model Model(Tensor[] inputs, Tensor outputs, string? name = null, bool trainable = true) =>
            Model(inputs, new[] { outputs }, name, trainable);

        /// <summary>keras.layers.Add: the element-wise sum of the inputs (<c>Add([x, shortcut])</c>, Keras's <c>layers.add([x, shortcut])</c>).</summary>
        public static Tensor Add(Tensor[] inputs, string? name = null) => Merge("Add", name).Apply(inputs);

        /// <summary>keras.layers.Subtract: the first input minus the second.</summary>
        public static Tensor Subtract(Tensor[] inputs, string? name = null) => Merge("Subtract", name).Apply(inputs);

        /// <summary>keras.layers.Multiply: the element-wise product of the inputs.</summary>
        public static Tensor Multiply(Tensor[] inputs, string? name = null) => Merge("Multiply", name).Apply(inputs);

        /// <summary>keras.layers.Average: the element-wise mean of the inputs.</summary>
        public static Tensor Average(Tensor[] inputs, string? name = null) => Merge("Average", name).Apply(inputs);

        /// <summary>keras.layers.Maximum: the element-wise maximum of the inputs.</summary>
        public static Tensor Maximum(Tensor[] inputs, string? name = null) => Merge("Maximum", name).Apply(inputs);

        /// <summary>keras.layers.Minimum: the element-wise minimum of the inputs.</summary>
        public static Tensor Minimum(Tensor[] inputs, string? name = null) => Merge("Minimum", name).Apply(inputs);

        /// <summary>keras.layers.Concatenate: the inputs joined along <paramref name="axis"/> (default the last).</summary>
        public static Tensor Concatenate(Tensor[] inputs, int axis = -1, string? name = null) =>
            Args.Spec("Concatenate", Args.A("axis", axis), Args.A("name", name)).Apply(inputs);

        /// <summary>keras.layers.Dot: the dot product of two inputs along <paramref name="axes"/> (one axis, or one per input).</summary>
        public static Tensor Dot(Tensor[] inputs, Size axes, bool normalize = false, string? name = null) =>
            Args.Spec("Dot", Args.A("axes", axes), Args.A("normalize", normalize), Args.A("name", name)).Apply(inputs);

        /// <summary>A merge layer object, to share or to apply later: <c>AddLayer().Apply(a, b)</c>.</summary>
        private static LayerSpec Merge(string className, string? name) => Args.Spec(className, Args.A("name", name));

        /// <summary>The KD0002 refusal of a null where a layer, tensor or model is needed (never a NullReferenceException).</summary>
        internal static KerasModelException NullArgument(string who, string argument) => ApiSemantics.NullArgument(who, argument);
    }
}
