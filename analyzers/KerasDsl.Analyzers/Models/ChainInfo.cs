using KerasDsl.Core;

namespace KerasDsl.Analyzers.Models
{
    /// <summary>
    /// A <c>Keras.Sequential(...).Layer(...)...</c> chain as plain values: the model name (null for
    /// Keras's default), the layers the compiler could read, and why it stopped, if it did
    /// (<see cref="Stop"/> is null for a chain read to its end).
    /// </summary>
    internal sealed record ChainInfo(string? ModelName, SourceSpan RootSpan, EquatableArray<LayerInfo> Layers, ChainStop? Stop)
    {
        public bool IsComplete => Stop == null;
    }
}
