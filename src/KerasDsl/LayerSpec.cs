using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A layer as written, before it is added to a model: what the static factories of
    /// <see cref="Keras"/> return, for wrappers such as <c>Bidirectional(LSTM(64))</c>.
    /// Its arguments are checked when it is added to a model.
    /// </summary>
    public sealed class LayerSpec
    {
        internal LayerSpec(LayerCall call) => Call = call;

        /// <summary>Core's record of the call: Keras class name and arguments.</summary>
        public LayerCall Call { get; }

        public string ClassName => Call.ClassName;

        public override string ToString() => Call.ToString();
    }
}
