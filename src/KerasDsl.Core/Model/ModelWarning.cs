namespace KerasDsl.Core
{
    /// <summary>Something Keras accepts but the user should see, e.g. a dim of size zero (KD0009).</summary>
    public sealed class ModelWarning
    {
        public ModelWarning(DiagnosticInfo diagnostic, string layerName, int layerIndex, string detail)
        {
            Diagnostic = diagnostic;
            LayerName = layerName;
            LayerIndex = layerIndex;
            Detail = detail;
        }

        public DiagnosticInfo Diagnostic { get; }
        public string Id => Diagnostic.Id;
        public string LayerName { get; }
        public int LayerIndex { get; }
        public string Detail { get; }
        public string Message => KerasModelException.Compose(Diagnostic, LayerName, Detail);
        public override string ToString() => Id + ": " + Message;
    }
}
