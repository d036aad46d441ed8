using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>Which mend a <see cref="RefusalFix"/> describes.</summary>
    internal enum RefusalFixKind
    {
        /// <summary>KD0001: give <see cref="RefusalFix.Layer"/> (a recurrent layer that gives its last step only) <c>returnSequences: true</c>.</summary>
        ReturnSequences,

        /// <summary>KD0001: insert one of <see cref="RefusalFix.Choices"/> (layer methods, e.g. <c>Flatten</c>) before the refused layer.</summary>
        InsertLayer,

        /// <summary>KD0003: replace <see cref="RefusalFix.Value"/>, the string given to <see cref="RefusalFix.Argument"/>, with one of <see cref="RefusalFix.Choices"/>.</summary>
        ReplaceOption,

        /// <summary>KD0005: replace the name <see cref="RefusalFix.Value"/> of <see cref="RefusalFix.Layer"/> (or the refused layer) with <see cref="RefusalFix.Choices"/>[0].</summary>
        Rename,
    }

    /// <summary>
    /// What a code fix needs to mend a refusal, found by the code that refuses (the layer, the model), so that the fix
    /// applies Core's answer instead of guessing from the source: the nearest of the option's allowed names, the next free
    /// layer name, the layers whose insertion the refused layer accepts. Made only when a refusal is thrown: it costs
    /// nothing on a model that is fine.
    /// </summary>
    internal sealed class RefusalFix
    {
        private RefusalFix(RefusalFixKind kind, IReadOnlyList<string> choices, string? argument = null, string? value = null, Layer? layer = null)
        {
            Kind = kind;
            Choices = choices;
            Argument = argument;
            Value = value;
            Layer = layer;
        }

        public RefusalFixKind Kind { get; }

        /// <summary>The replacements or insertions, best first (never empty).</summary>
        public IReadOnlyList<string> Choices { get; }

        /// <summary>The argument at fault (its C# name), for <see cref="RefusalFixKind.ReplaceOption"/> and <see cref="RefusalFixKind.Rename"/>.</summary>
        public string? Argument { get; }

        /// <summary>The string given, which the fix replaces (the fix checks it is still what the source says).</summary>
        public string? Value { get; }

        /// <summary>Another layer the fix edits (the recurrent layer upstream; the layer of a functional model named twice), when not the refused one.</summary>
        public Layer? Layer { get; }

        /// <summary>Offered only when there is at least one choice.</summary>
        public static RefusalFix? ReplaceOption(string argument, string value, IReadOnlyList<string> choices) =>
            choices.Count == 0 ? null : new RefusalFix(RefusalFixKind.ReplaceOption, choices, argument, value);

        public static RefusalFix Rename(string name, string freeName, Layer? layer) =>
            new RefusalFix(RefusalFixKind.Rename, new[] { freeName }, "name", name, layer);

        public static RefusalFix ReturnSequences(Layer recurrent) =>
            new RefusalFix(RefusalFixKind.ReturnSequences, new[] { "returnSequences" }, layer: recurrent);

        public static RefusalFix? InsertLayer(IReadOnlyList<string> layers) =>
            layers.Count == 0 ? null : new RefusalFix(RefusalFixKind.InsertLayer, layers);
    }
}
