using KerasDsl.Core;

namespace KerasDsl.Analyzers.Models
{
    /// <summary>
    /// A member marked [KerasModel], as the parser reads it: where it lives (namespace and
    /// containing types, outermost first), its name, and either why the generator cannot use it
    /// (<see cref="InvalidReason"/>, KD0015), or its value's chain (<see cref="Chain"/>; null when
    /// the value is not a chain the compiler can follow, KD0012).
    /// </summary>
    internal sealed record ModelTargetInfo(
        string? Namespace,
        EquatableArray<ContainingTypeInfo> ContainingTypes,
        string MemberName,
        string MemberIdentifier,
        SourceSpan MemberSpan,
        string? InvalidReason,
        ChainInfo? Chain)
    {
        /// <summary>Whether the member's file is C# 8 or later, so the generated file may say <c>#nullable enable</c>.</summary>
        public bool NullableDirective { get; init; } = true;
    }
}
