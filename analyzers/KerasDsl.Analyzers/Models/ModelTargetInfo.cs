using KerasDsl.Analyzers.Program;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Models
{
    /// <summary>
    /// A member marked [KerasModel], as the parser reads it: where it lives (namespace and containing types, outermost
    /// first), its name, and either why the generator cannot use it (<see cref="InvalidReason"/>, KD0015), or its code
    /// lowered to a <see cref="ModelProgram"/>, or why lowering failed (<see cref="Failure"/>: an exception in KerasDsl).
    /// Plain values: the generator's cache compares it, and evaluates the program again only when it changed.
    /// </summary>
    internal sealed record ModelTargetInfo(
        string? Namespace,
        EquatableArray<ContainingTypeInfo> ContainingTypes,
        string MemberName,
        string MemberIdentifier,
        SourceSpan MemberSpan,
        string? InvalidReason,
        ModelProgram? Program)
    {
        /// <summary>Whether the member's file is C# 8 or later, so the generated file may say <c>#nullable enable</c>.</summary>
        public bool NullableDirective { get; init; } = true;

        /// <summary>Whether code anywhere in the assembly may name the member's types (for the enumerable list of models).</summary>
        public bool AccessibleInAssembly { get; init; }

        /// <summary>
        /// The member's documentation-comment ID (<c>F:App.Models.Mlp</c>): where KD0019 is reported when KerasDsl fails on it,
        /// found again in the compilation of that moment. An ID, not a location, so that moving the member keeps the model equal.
        /// </summary>
        public string? DeclarationId { get; init; }

        /// <summary>KerasDsl failed on this member (an exception's type and message): KD0019, never silence.</summary>
        public string? Failure { get; init; }
    }
}
