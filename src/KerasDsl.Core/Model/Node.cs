using System;
using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// One application of a layer (Keras's Node): the layer, the tensors it was applied to, and (once the shapes
    /// are known) what it produced. A Sequential model is a chain of nodes; a functional model is a graph of them.
    /// </summary>
    internal sealed class Node
    {
        private readonly int hash = Identity.Next();

        /// <summary>Equal only to itself, with a hash taken at construction (see <see cref="Identity"/>).</summary>
        public override int GetHashCode() => hash;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public Node(int index, Layer layer, LayerCall call, IReadOnlyList<KerasTensor> inputs, LayerOutput? output, IReadOnlyList<string> autoNamePrefixes, int nodeIndex)
        {
            Index = index;
            Layer = layer;
            Call = call;
            Inputs = inputs;
            InputArray = inputs as KerasTensor[] ?? System.Linq.Enumerable.ToArray(inputs);
            int longest = 0;
            foreach (var t in InputArray) if (t.Node.PathLength > longest) longest = t.Node.PathLength;
            PathLength = longest + 1;
            Output = output;
            AutoNamePrefixes = autoNamePrefixes;
            NodeIndex = nodeIndex;
            if (output == null)
            {
                Outputs = Array.Empty<KerasTensor>();
            }
            else
            {
                var outputs = new KerasTensor[output.Shapes.Count];
                for (int i = 0; i < outputs.Length; i++) outputs[i] = new KerasTensor(this, i, output.Shapes[i]);
                Outputs = outputs;
            }
        }

        /// <summary>Position in a Sequential's layer list (the call chain's order); -1 in a functional graph.</summary>
        public int Index { get; }
        public Layer Layer { get; }
        public LayerCall Call { get; }

        /// <summary>The tensors the layer was applied to: none for an input, the previous layer's outputs in a Sequential.</summary>
        public IReadOnlyList<KerasTensor> Inputs { get; }

        /// <summary>
        /// <see cref="Inputs"/> as an array (the same object when it is one, as the runtime's and the JSON reader's are):
        /// the graph walks index it directly, where an interface call per tensor cost more than the walk's own work.
        /// </summary>
        internal KerasTensor[] InputArray { get; }

        /// <summary>
        /// How many nodes the longest path from an input to this one has, this one included: never more than the
        /// nodes of a model that ends here, and all of them for a chain. The graph map sizes its lists and
        /// dictionaries by it, instead of growing them from a few entries (half of what mapping a graph allocated).
        /// </summary>
        internal int PathLength { get; }

        /// <summary>Null while a Sequential model has no input shape.</summary>
        public LayerOutput? Output { get; }

        /// <summary>One tensor per output of the layer (empty while not built).</summary>
        public IReadOnlyList<KerasTensor> Outputs { get; }

        /// <summary>Which application of <see cref="Layer"/> this is (0 for the first): Keras's node index, as "Connected to" prints it.</summary>
        public int NodeIndex { get; }

        /// <summary>
        /// The automatic-name prefixes this node used up: its own when it has no name:, and those of the
        /// unnamed layers written inside it (a wrapper's). Keras's per-prefix counters count these.
        /// </summary>
        internal IReadOnlyList<string> AutoNamePrefixes { get; }
    }

    /// <summary>
    /// A symbolic tensor (Keras's KerasTensor): which node made it, which of its outputs it is, and its shape,
    /// batch dim included. What the functional API passes from layer to layer.
    /// </summary>
    internal sealed class KerasTensor
    {
        private readonly int hash = Identity.Next();

        /// <summary>Equal only to itself, with a hash taken at construction (see <see cref="Identity"/>).</summary>
        public override int GetHashCode() => hash;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        internal KerasTensor(Node node, int index, Shape shape)
        {
            Node = node;
            Index = index;
            Shape = shape;
        }

        public Node Node { get; }

        /// <summary>Which output of <see cref="Node"/> (Keras's tensor index).</summary>
        public int Index { get; }

        public Shape Shape { get; }

        public override string ToString() => $"KerasTensor(shape={Shape}, made by {Node.Layer.Name})";
    }
}
