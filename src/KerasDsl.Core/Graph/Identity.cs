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
}
