using System;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A model Keras would refuse, thrown by the call that makes it. Carries the stable diagnostic ID (<see cref="Id"/>:
    /// KD0001, ...), the layer it concerns and the argument at fault, in the same words the compile-time diagnostic shows;
    /// <see cref="Exception.HelpLink"/> is the ID's help page (docs/diagnostics/KDxxxx.md) when the package names its repository.
    /// </summary>
    public sealed class KerasModelException : Exception
    {
        internal KerasModelException(DiagnosticInfo diagnostic, string? layerName, string detail, int layerIndex = -1, string? argument = null)
            : this(diagnostic, layerName, detail, layerIndex, argument, null)
        {
        }

        internal KerasModelException(DiagnosticInfo diagnostic, string? layerName, string detail, int layerIndex, string? argument, RefusalFix? fix)
            : base(Compose(diagnostic, layerName, detail))
        {
            Diagnostic = diagnostic;
            LayerName = layerName;
            Detail = detail;
            LayerIndex = layerIndex;
            Argument = argument;
            Fix = fix;
            string help = diagnostic.HelpLink;
            if (help.Length > 0) HelpLink = help;
        }

        /// <summary>The diagnostic table's entry: ID, title, severity.</summary>
        internal DiagnosticInfo Diagnostic { get; }

        /// <summary>The stable ID, e.g. <c>KD0001</c>.</summary>
        public string Id => Diagnostic.Id;

        /// <summary>The layer's name (e.g. <c>lstm</c>), or null when the problem is the model's.</summary>
        public string? LayerName { get; }

        /// <summary>The message without the layer prefix; <see cref="Exception.Message"/> has both.</summary>
        public string Detail { get; }

        /// <summary>The position of the offending layer in the model's list of layers, or -1.</summary>
        public int LayerIndex { get; }

        /// <summary>The argument at fault (its C# name, e.g. <c>units</c>), when one is.</summary>
        public string? Argument { get; }

        /// <summary>
        /// What a code fix needs to mend the model (the nearest option name, a free layer name, the layer to give
        /// returnSequences...), when Core knows a mend: computed where the refusal is made, only then. Internal: the
        /// analyzer, which compiles Core in, passes it on as diagnostic properties; the runtime's users never see it.
        /// </summary>
        internal RefusalFix? Fix { get; }

        /// <summary>The same problem with what a code fix needs to mend it.</summary>
        internal KerasModelException WithFix(RefusalFix? fix) =>
            fix == null ? this : new KerasModelException(Diagnostic, LayerName, Detail, LayerIndex, Argument, fix);

        /// <summary>The same problem, attributed to a layer (used when a helper threw without knowing it).</summary>
        internal KerasModelException WithLayer(string? layerName, int layerIndex) =>
            new KerasModelException(Diagnostic, LayerName ?? layerName, Detail, LayerIndex >= 0 ? LayerIndex : layerIndex, Argument, Fix);

        /// <summary>The same problem in other words (a placeholder filled in by the caller that knows it).</summary>
        internal KerasModelException WithDetail(string detail) =>
            new KerasModelException(Diagnostic, LayerName, detail, LayerIndex, Argument, Fix);

        /// <summary>
        /// The same problem attributed to another name of the same layer (its name in the model at hand), in the message's
        /// words too: a layer names itself in its advice ("give simple_rnn a time axis first") before a model has named it
        /// (simple_rnn_1). Whole words only; the names of its inputs are still placeholders at this point, filled in after.
        /// </summary>
        internal KerasModelException RenamedLayer(string from, string to) =>
            LayerName == from
                ? new KerasModelException(Diagnostic, to, OwnName(from).Replace(Detail, to.Replace("$", "$$")), LayerIndex, Argument, Fix)
                : this;

        private static System.Text.RegularExpressions.Regex OwnName(string name) =>
            new System.Text.RegularExpressions.Regex("(?<![A-Za-z0-9_])" + System.Text.RegularExpressions.Regex.Escape(name) + "(?![A-Za-z0-9_])",
                System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        internal static string Compose(DiagnosticInfo diagnostic, string? layerName, string detail) =>
            layerName == null ? detail : layerName + " " + detail;
    }
}
