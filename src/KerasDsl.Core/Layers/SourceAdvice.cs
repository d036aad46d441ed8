using System.Collections.Generic;
using System.Text;

namespace KerasDsl.Core
{
    /// <summary>Where a layer's input comes from, as far as a refusal's advice depends on it (flags: a source may be several).</summary>
    [System.Flags]
    internal enum InputSourceKind
    {
        /// <summary>The model's own input (a Sequential's <c>input:</c>, a functional <c>Input</c>).</summary>
        ModelInput = 1,

        /// <summary>Another layer (or a source the caller does not know, for which only layer advice is safe).</summary>
        Layer = 2,

        /// <summary>A recurrent layer (or a Bidirectional one) without <c>returnSequences</c>: it gives its last step only.</summary>
        RecurrentLastStep = Layer | 4,

        /// <summary>A Bidirectional layer with <c>mergeMode: null</c>: it gives two outputs.</summary>
        UnmergedBidirectional = Layer | 8,
    }

    /// <summary>
    /// Advice in a refusal that holds only for some sources of the refused layer's input. A layer cannot tell from a
    /// shape where its input came from ((None, 12) may be the model's input, a Dense's output or an LSTM's last step),
    /// and it keeps no state per application; so it marks each piece of advice with the sources it applies to, and the
    /// model that applied it, which knows the source, keeps the pieces that hold (<see cref="Resolve(KerasModelException, InputSourceKind)"/>): no refusal
    /// suggests <c>returnSequences</c> "on the previous recurrent layer" when there is none, or an <c>input:</c> shape
    /// to a layer in the middle of a model. The marks are control characters that no message otherwise contains.
    /// </summary>
    internal static class SourceAdvice
    {
        private const char Open = '\u0002';
        private const char Close = '\u0003';
        private const char InputTag = 'i';
        private const char LayerTag = 'l';
        private const char LastStepTag = 'r';
        private const char UnmergedTag = 'b';

        /// <summary>Advice kept only when the input is the model's own input.</summary>
        public static string ForModelInput(string advice) => Mark(InputTag, advice);

        /// <summary>Advice kept when the input comes from a layer (any layer, a recurrent one included).</summary>
        public static string ForLayer(string advice) => Mark(LayerTag, advice);

        /// <summary>Advice kept only when the input is a recurrent layer's last step (it has no returnSequences).</summary>
        public static string ForRecurrentLastStep(string advice) => Mark(LastStepTag, advice);

        /// <summary>Advice kept only when the input is a Bidirectional layer's two unmerged outputs.</summary>
        public static string ForUnmergedBidirectional(string advice) => Mark(UnmergedTag, advice);

        /// <summary>Whether the (unresolved) text advises returnSequences on a recurrent source, which its KD0001 code fix then does.</summary>
        public static bool AdvisesReturnSequences(string text) => text.IndexOf(Open.ToString() + LastStepTag, System.StringComparison.Ordinal) >= 0;

        private static string Mark(char tag, string advice) => Open.ToString() + tag + advice + Close;

        /// <summary>The kind of source that <paramref name="source"/>'s output is for the layer it feeds.</summary>
        public static InputSourceKind KindOf(Layer source) => source switch
        {
            InputLayer => InputSourceKind.ModelInput,
            RecurrentLayer { ReturnSequences: false } => InputSourceKind.RecurrentLastStep,
            Bidirectional b => (b.ReturnsLastStep ? InputSourceKind.RecurrentLastStep : InputSourceKind.Layer)
                | (b.MergeMode == null ? InputSourceKind.UnmergedBidirectional : InputSourceKind.Layer),
            _ => InputSourceKind.Layer,
        };

        /// <summary>The kind of source that a layer's input tensors are: one layer's kind when they all come from it.</summary>
        public static InputSourceKind KindOf(IReadOnlyList<KerasTensor> inputs)
        {
            if (inputs.Count == 0) return InputSourceKind.ModelInput;
            var layer = inputs[0].Node.Layer;
            for (int i = 1; i < inputs.Count; i++)
                if (inputs[i].Node.Layer != layer) return InputSourceKind.Layer;
            return KindOf(layer);
        }

        /// <summary>The refusal with only the advice that holds for <paramref name="kind"/> (unchanged when it has none marked).</summary>
        public static KerasModelException Resolve(KerasModelException e, InputSourceKind kind) =>
            e.Detail.IndexOf(Open) < 0 ? e : e.WithDetail(Resolve(e.Detail, kind));

        /// <summary>The text with the marked pieces that hold for <paramref name="kind"/> kept (unmarked) and the others dropped.</summary>
        public static string Resolve(string text, InputSourceKind kind)
        {
            if (text.IndexOf(Open) < 0) return text;
            var result = new StringBuilder(text.Length);
            int i = 0;
            while (i < text.Length)
            {
                int open = text.IndexOf(Open, i);
                if (open < 0 || open + 1 >= text.Length)
                {
                    result.Append(text, i, text.Length - i);
                    break;
                }
                result.Append(text, i, open - i);
                int close = text.IndexOf(Close, open);
                if (close < 0) close = text.Length;
                if (Holds(text[open + 1], kind)) result.Append(text, open + 2, close - open - 2);
                i = close + 1;
            }
            return result.ToString();
        }

        private static bool Holds(char tag, InputSourceKind kind) => tag switch
        {
            InputTag => Has(kind, InputSourceKind.ModelInput),
            LayerTag => Has(kind, InputSourceKind.Layer),
            LastStepTag => Has(kind, InputSourceKind.RecurrentLastStep),
            UnmergedTag => Has(kind, InputSourceKind.UnmergedBidirectional),
            _ => false,
        };

        private static bool Has(InputSourceKind kind, InputSourceKind flags) => (kind & flags) == flags;
    }
}
