using KerasDsl.Core;
using static KerasDsl.Args;

namespace KerasDsl
{
    /// <summary>
    /// The entry point, for <c>using static KerasDsl.Keras;</c>: <c>Sequential()</c>, and one
    /// factory per layer class (<c>LSTM(64)</c>) for wrappers such as <c>Bidirectional</c>.
    /// The factories live in the partial files named after their Keras family.
    /// </summary>
    public static partial class Keras
    {
        /// <summary>An empty Sequential model; add layers with its layer methods.</summary>
        public static Sequential Sequential(string? name = null, bool trainable = true) =>
            new Sequential(SequentialModel.Empty(name, trainable, LayerSpec.NextCreationOrder()));
    }
}
