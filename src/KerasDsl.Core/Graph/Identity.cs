using System.Collections.Generic;
using System.Threading;

namespace KerasDsl.Core
{
    /// <summary>
    /// Hash codes for the objects graphs put in sets and dictionaries (layers, nodes, tensors, weights), which are
    /// equal only to themselves. The runtime's identity hash is computed on first use and stored in the object's
    /// header, which for fresh objects costs more than the lookup; a number taken at construction does not.
    /// </summary>
    internal static class Identity
    {
        private static int next;

        public static int Next() => Interlocked.Increment(ref next);
    }

    /// <summary>
    /// Equality by reference, with the hash taken at construction, for the graph map's dictionaries of nodes and
    /// layers. The default comparer reaches the same methods through two virtual calls per hash or comparison (its
    /// own, then the object's); these, sealed and not generic, call them directly.
    /// </summary>
    internal sealed class NodeIdentity : IEqualityComparer<Node>
    {
        public static readonly NodeIdentity Instance = new NodeIdentity();

        public bool Equals(Node? x, Node? y) => ReferenceEquals(x, y);

        public int GetHashCode(Node node) => node.GetHashCode();
    }

    /// <summary>The comparer of <see cref="NodeIdentity"/>, for layers.</summary>
    internal sealed class LayerIdentity : IEqualityComparer<Layer>
    {
        public static readonly LayerIdentity Instance = new LayerIdentity();

        public bool Equals(Layer? x, Layer? y) => ReferenceEquals(x, y);

        public int GetHashCode(Layer layer) => layer.GetHashCode();
    }
}
