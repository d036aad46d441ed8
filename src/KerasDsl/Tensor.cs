using System.Collections.Generic;
using System.Linq;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A symbolic tensor of the functional API (Keras's KerasTensor), or the several tensors a layer with several
    /// outputs gives (Python's list of them). Made by <see cref="Keras.Input"/> and by applying layers; the layer
    /// methods (<c>x.Dense(64)</c>) apply a new layer to it, as <c>Dense(64)(x)</c> does in Keras.
    /// </summary>
    public sealed partial class Tensor
    {
        internal Tensor(IReadOnlyList<KerasTensor> tensors) => Tensors = tensors;

        internal IReadOnlyList<KerasTensor> Tensors { get; }

        /// <summary>The shape with its batch dim, e.g. <c>(None, 64)</c>; the first tensor's when there are several.</summary>
        public Shape Shape => Tensors[0].Shape;

        /// <summary>Every tensor's shape: one unless a layer with several outputs made this.</summary>
        public IReadOnlyList<Shape> Shapes => Tensors.Select(t => t.Shape).ToList();

        /// <summary>How many tensors this is: 1, or a layer's several outputs.</summary>
        public int Count => Tensors.Count;

        /// <summary>One of several outputs, as Python's <c>outputs[i]</c>.</summary>
        public Tensor this[int index] => new Tensor(new[] { ApiSemantics.Output(Tensors, index) });

        /// <summary>Applies a layer object (a shared one, a Sequential or a Model) to this tensor.</summary>
        public Tensor Apply(LayerSpec layer) => layer.Apply(this);

        private Tensor Then(LayerSpec layer) => layer.ApplyTo(this);

        /// <summary>The tensors of several, in order: an array, the form Core's nodes keep their inputs in.</summary>
        internal static IReadOnlyList<KerasTensor> Flatten(Tensor[] inputs, string who)
        {
            if (inputs.Length == 1 && inputs[0] != null) return inputs[0].Tensors;
            int count = 0;
            foreach (var t in inputs)
            {
                if (t == null) throw Keras.NullArgument(who, "inputs");
                count += t.Tensors.Count;
            }
            var flat = new KerasTensor[count];
            int at = 0;
            foreach (var t in inputs)
                for (int i = 0; i < t.Tensors.Count; i++) flat[at++] = t.Tensors[i];
            return flat;
        }

        /// <summary><c>Tensor(shape=(None, 64))</c>, or the shapes of several tensors in brackets.</summary>
        public override string ToString() => Count == 1 ? $"Tensor(shape={Shape})" : "[" + string.Join(", ", Shapes) + "]";
    }
}
