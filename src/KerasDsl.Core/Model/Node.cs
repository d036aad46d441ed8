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
        public Node(int index, Layer layer, LayerCall call, IReadOnlyList<Node> inbound, LayerOutput? output, bool autoNamed)
        {
            Index = index;
            Layer = layer;
            Call = call;
            Inbound = inbound;
            Output = output;
            AutoNamed = autoNamed;
        }

        /// <summary>Position in the model's layer list (the call chain's order).</summary>
        public int Index { get; }
        public Layer Layer { get; }
        public LayerCall Call { get; }
        public IReadOnlyList<Node> Inbound { get; }

        /// <summary>Null while the model has no input shape.</summary>
        public LayerOutput? Output { get; }

        internal bool AutoNamed { get; }
    }
}
