using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// Something Keras accepts but the user should see, e.g. a dim of size zero (KD0009) or a deprecated argument (KD0025):
    /// an entry of a model's <c>Warnings</c>, in the words the compile-time diagnostic of the same ID shows.
    /// </summary>
    public sealed class ModelWarning
    {
        internal ModelWarning(DiagnosticInfo diagnostic, string layerName, int layerIndex, string detail)
        {
            Diagnostic = diagnostic;
            LayerName = layerName;
            LayerIndex = layerIndex;
            Detail = detail;
        }

        internal DiagnosticInfo Diagnostic { get; }

        /// <summary>The stable diagnostic ID, e.g. <c>KD0009</c>; docs/diagnostics/ has a page for each.</summary>
        public string Id => Diagnostic.Id;

        /// <summary>The name of the layer it concerns, e.g. <c>conv2d</c>.</summary>
        public string LayerName { get; }

        /// <summary>The layer's position in the model's <c>Layers</c>.</summary>
        public int LayerIndex { get; }

        /// <summary>The message without the layer's name; <see cref="Message"/> has both.</summary>
        public string Detail { get; }

        /// <summary>The layer's name and the detail, e.g. <c>conv2d gives output (None, 0, 0, 8), with a dim of size 0: ...</c>.</summary>
        public string Message => KerasModelException.Compose(Diagnostic, LayerName, Detail);

        /// <summary><c>KD0009: conv2d gives ...</c>: the ID and the message.</summary>
        public override string ToString() => Id + ": " + Message;
    }
}
