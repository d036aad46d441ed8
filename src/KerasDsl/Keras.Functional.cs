using System;
using System.Linq;
using KerasDsl.Core;
using static KerasDsl.Args;

namespace KerasDsl
{
    // The functional API: Input, Model and the merge layers (keras/src/layers/merging), which take the base Layer's
    // arguments (activityRegularizer, trainable, dtype, name) after their own.
    public static partial class Keras
    {
        /// <summary>
        /// keras.Input: a symbolic input of this shape, without the batch dim (<c>Input((28, 28, 1))</c>; null for an
        /// unknown dim, <c>Input((null, 8))</c>). Unnamed inputs are named input_layer, input_layer_1, ... as Keras 3 does.
        /// </summary>
        /// <param name="shape">The shape without the batch dim: <c>(28, 28, 1)</c>, <c>(null, 8)</c>, <c>[null]</c>.</param>
        /// <param name="name">The input's name; null for Keras's automatic one.</param>
        /// <param name="batchSize">A fixed batch size, or null for any.</param>
        /// <param name="dtype">The input's dtype (<see cref="DTypes"/>), e.g. "int32" for token ids; null is "float32". Changes no count.</param>
        /// <param name="sparse">Whether the input is a sparse tensor; null is false. Changes no count.</param>
        /// <param name="ragged">Whether the input is a ragged tensor (TensorFlow); null is false. Changes no count.</param>
        /// <param name="optional">Whether the input may be given as None. Changes no count.</param>
        public static Tensor Input(InputShape shape, string? name = null, int? batchSize = null, string? dtype = null, bool? sparse = null,
            bool? ragged = null, bool optional = false)
        {
            var call = ApiSemantics.InputCall(shape.ToArg(), new[] { A("batchSize", batchSize), A("dtype", dtype), A("sparse", sparse),
                A("ragged", ragged), A("optional", optional), A("name", name) });
            return new Tensor(new[] { GraphBuilder.Input(call, LayerSpec.NextCreationOrder()) });
        }

        /// <summary>The KD0002 refusal of an Input without a shape.</summary>
        internal static KerasModelException NoInputShape() => ApiSemantics.NoInputShape();

        // RS0026 warns of several public overloads with optional parameters, for binary compatibility when one gains a
        // parameter. Keras's Model(inputs, outputs, name=None, trainable=True) takes a tensor or a list of tensors for each;
        // these overloads differ only in those two types, and a parameter added later is added to all three.
#pragma warning disable RS0026
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
#pragma warning restore RS0026

        // RS0026 (several public overloads with optional parameters): each merge is both a function of tensors, Keras's
        // layers.add([x, y]), and a layer object made first, Keras's layers.Add(); the two forms differ in their first
        // parameter (Tensor[] or none), so no call is ambiguous, and a parameter added later is added to both.
#pragma warning disable RS0026
        /// <summary>keras.layers.Add: the element-wise sum of the inputs (<c>Add([x, shortcut])</c>, Keras's <c>layers.add([x, shortcut])</c>).</summary>
        /// <param name="inputs">The tensors merged, of one shape.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static Tensor Add(Tensor[] inputs, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Add", activityRegularizer, trainable, dtype, name).Apply(inputs);

        /// <summary>keras.layers.Subtract: the first input minus the second.</summary>
        /// <param name="inputs">The tensors merged, of one shape.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static Tensor Subtract(Tensor[] inputs, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Subtract", activityRegularizer, trainable, dtype, name).Apply(inputs);

        /// <summary>keras.layers.Multiply: the element-wise product of the inputs.</summary>
        /// <param name="inputs">The tensors merged, of one shape.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static Tensor Multiply(Tensor[] inputs, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Multiply", activityRegularizer, trainable, dtype, name).Apply(inputs);

        /// <summary>keras.layers.Average: the element-wise mean of the inputs.</summary>
        /// <param name="inputs">The tensors merged, of one shape.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static Tensor Average(Tensor[] inputs, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Average", activityRegularizer, trainable, dtype, name).Apply(inputs);

        /// <summary>keras.layers.Maximum: the element-wise maximum of the inputs.</summary>
        /// <param name="inputs">The tensors merged, of one shape.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static Tensor Maximum(Tensor[] inputs, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Maximum", activityRegularizer, trainable, dtype, name).Apply(inputs);

        /// <summary>keras.layers.Minimum: the element-wise minimum of the inputs.</summary>
        /// <param name="inputs">The tensors merged, of one shape.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static Tensor Minimum(Tensor[] inputs, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Minimum", activityRegularizer, trainable, dtype, name).Apply(inputs);

        /// <summary>keras.layers.Concatenate: the inputs joined along <paramref name="axis"/> (default the last).</summary>
        /// <param name="inputs">The tensors joined, of one shape off the axis.</param>
        /// <param name="axis">The axis they are joined along.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static Tensor Concatenate(Tensor[] inputs, int axis = -1, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Concatenate(axis, activityRegularizer, trainable, dtype, name).Apply(inputs);

        /// <summary>keras.layers.Dot: the dot product of two inputs along <paramref name="axes"/> (one axis, or one per input).</summary>
        /// <param name="inputs">The two tensors.</param>
        /// <param name="axes">The axis of both, or (axis of the first, axis of the second).</param>
        /// <param name="normalize">Whether the inputs are L2-normalized along the axes first (cosine proximity).</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static Tensor Dot(Tensor[] inputs, Size axes, bool normalize = false, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Dot(axes, normalize, activityRegularizer, trainable, dtype, name).Apply(inputs);

        // ---- merge layers as objects, made first and applied later (Keras's concat_layer = layers.Concatenate(); concat_layer([a, b])) ----

        /// <summary>keras.layers.Add as a layer object: <c>var add = Add(); add.Apply(a, b)</c>.</summary>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Add(Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Add", activityRegularizer, trainable, dtype, name);

        /// <summary>keras.layers.Subtract as a layer object, applied later to two tensors.</summary>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Subtract(Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Subtract", activityRegularizer, trainable, dtype, name);

        /// <summary>keras.layers.Multiply as a layer object, applied later.</summary>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Multiply(Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Multiply", activityRegularizer, trainable, dtype, name);

        /// <summary>keras.layers.Average as a layer object, applied later.</summary>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Average(Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Average", activityRegularizer, trainable, dtype, name);

        /// <summary>keras.layers.Maximum as a layer object, applied later.</summary>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Maximum(Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Maximum", activityRegularizer, trainable, dtype, name);

        /// <summary>keras.layers.Minimum as a layer object, applied later.</summary>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Minimum(Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Merge("Minimum", activityRegularizer, trainable, dtype, name);

        /// <summary>keras.layers.Concatenate as a layer object: <c>var concat = Concatenate(); concat.Apply(a, b)</c>.</summary>
        /// <param name="axis">The axis the inputs are joined along.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Concatenate(int axis = -1, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Concatenate", A("axis", axis), A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Dot as a layer object, applied later to two tensors.</summary>
        /// <param name="axes">The axis of both, or (axis of the first, axis of the second).</param>
        /// <param name="normalize">Whether the inputs are L2-normalized along the axes first (cosine proximity).</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer (a merge has none).</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>); null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Dot(Size axes, bool normalize = false, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Dot", A("axes", axes), A("normalize", normalize), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

#pragma warning restore RS0026

        /// <summary>A merge layer of no arguments of its own, with the base Layer's.</summary>
        private static LayerSpec Merge(string className, Regularizer activityRegularizer, bool trainable, string? dtype, string? name) =>
            Spec(className, A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>The KD0002 refusal of a null where a layer, tensor or model is needed (never a NullReferenceException).</summary>
        internal static KerasModelException NullArgument(string who, string argument) => ApiSemantics.NullArgument(who, argument);
    }
}
