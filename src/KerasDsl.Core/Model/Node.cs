using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// One application of a layer in a model graph: the layer, the nodes it reads from, and
    /// (once the model has an input shape) what it produced. A Sequential model is a chain
    /// of nodes; the functional API adds nodes with several inbound nodes.
    /// </summary>
    public sealed class Node
    {
        public Node(int index, Layer layer, LayerCall call, IReadOnlyList<Node> inbound, LayerOutput? output, IReadOnlyList<string> autoNamePrefixes)
        {
            Index = index;
            Layer = layer;
            Call = call;
            Inbound = inbound;
            Output = output;
            AutoNamePrefixes = autoNamePrefixes;
        }

        /// <summary>Position in the model's layer list (the call chain's order).</summary>
        public int Index { get; }
        public Layer Layer { get; }
        public LayerCall Call { get; }
        public IReadOnlyList<Node> Inbound { get; }

        /// <summary>Null while the model has no input shape.</summary>
        public LayerOutput? Output { get; }

        /// <summary>
        /// The automatic-name prefixes this node used up: its own when it has no name:, and those of the
        /// unnamed layers written inside it (a wrapper's). Keras's per-prefix counters count these.
        /// </summary>
        internal IReadOnlyList<string> AutoNamePrefixes { get; }
    }
}
