using KerasDsl.Core;

namespace KerasDsl.Analyzers.Models
{
    /// <summary>What the emitter writes for one [KerasModel] member: where, and the model's facts as constants.</summary>
    internal sealed record GeneratedModelInfo(
        string HintName,
        string? Namespace,
        EquatableArray<ContainingTypeInfo> ContainingTypes,
        string MemberName,
        string ModelName,
        long TotalParams,
        long TrainableParams,
        long NonTrainableParams,
        int LayerCount,
        string OutputShape,
        string Text,
        bool NullableDirective = true);
}
