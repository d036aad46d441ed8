using KerasDsl.Core;

namespace KerasDsl.Analyzers.Models
{
    /// <summary>One layer call of a chain: Core's record of it, and where its method name is (for diagnostics).</summary>
    internal sealed record LayerInfo(LayerCall Call, SourceSpan NameSpan);
}
