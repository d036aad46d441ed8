using KerasDsl.Core;

namespace KerasDsl.Analyzers.Models
{
    /// <summary>
    /// What the emitters write for one [KerasModel] member, as plain values: where it is, and the model's facts, which
    /// its <c>&lt;Member&gt;Summary</c> class holds as constants (<see cref="Emitter.SummaryEmitter"/>) and the
    /// assembly's list refers to (<see cref="Emitter.ModelListEmitter"/>).
    /// </summary>
    /// <param name="HintName">The file's name: <see cref="Emitter.HintNames.For(string?, System.Collections.Generic.IReadOnlyList{ContainingTypeInfo}, string)"/>.</param>
    /// <param name="Namespace">Dotted, <c>@</c> before keywords; null for the global namespace.</param>
    /// <param name="ContainingTypes">Outermost first, as they are re-declared <c>partial</c>.</param>
    /// <param name="MemberName">The member's name without <c>@</c>; its class is <c>MemberName + "Summary"</c>.</param>
    /// <param name="ModelName">The model's name as Keras knows it (<c>sequential</c>, or the user's <c>name:</c>): any string.</param>
    /// <param name="Text">The summary table, lines ending in '\n', as the runtime's <c>Summary()</c> prints it.</param>
    /// <param name="NullableDirective">Whether the member's file is C# 8 or later, so the file may say <c>#nullable enable</c>.</param>
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
        bool NullableDirective = true)
    {
        /// <summary>
        /// Whether a containing type is <c>file</c>-local. C# keeps every part of a file type in its one file, so no
        /// generated file can add the Summary class to it: <see cref="Emitter.SummaryEmitter"/> refuses such a model and
        /// the list leaves it out. The parser sets it (and the analyzer says why there is no Summary).
        /// </summary>
        public bool InFileLocalType { get; init; }

        /// <summary>
        /// Whether every containing type is accessible anywhere in the assembly (public, internal or protected internal),
        /// so the assembly's list can name the Summary class. False for a model nested in a private, protected or
        /// private protected type; false unless the parser says so, since a list naming what it cannot see does not compile.
        /// </summary>
        public bool AccessibleInAssembly { get; init; }
    }
}
