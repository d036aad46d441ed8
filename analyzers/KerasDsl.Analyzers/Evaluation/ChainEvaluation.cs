using KerasDsl.Analyzers.Models;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Evaluation
{
    /// <summary>
    /// What Core says about a chain: the model as far as it was evaluated, the refusal that stopped it
    /// (with Core's ID and words), and, for a complete, built chain, its summary. Holds Core objects
    /// without value equality, so it never goes into a generator's cached model; it is read-only once
    /// made, so <see cref="EvaluationCache"/> can hand the same one to the generator and the analyzer.
    /// </summary>
    internal sealed class ChainEvaluation
    {
        private ChainEvaluation(SequentialModel model, KerasModelException? refusal, ModelSummary? summary, KerasModelException? summaryError)
        {
            Model = model;
            Refusal = refusal;
            Summary = summary;
            SummaryError = summaryError;
        }

        /// <summary>The layers Core accepted (all of them, unless there is a refusal or the chain stops early).</summary>
        public SequentialModel Model { get; }

        /// <summary>The refusal the runtime would throw at the layer with this <see cref="KerasModelException.LayerIndex"/>.</summary>
        public KerasModelException? Refusal { get; }

        /// <summary>Counts and shapes: only for a chain read to its end, accepted and built.</summary>
        public ModelSummary? Summary { get; }

        /// <summary>Why a complete, accepted chain has no summary: KD0010 (no input shape) or KD0006 (total overflows).</summary>
        public KerasModelException? SummaryError { get; }

        private string? summaryText;

        /// <summary>Keras 2's summary table of <see cref="Summary"/>, rendered once (a benign race: every thread renders the same text).</summary>
        public string? SummaryText => Summary == null ? null : summaryText ??= ClassicSummaryRenderer.Render(Summary);

        private string? summaryMessage;

        /// <summary>
        /// KD0013's words for <see cref="Summary"/>, composed once: the analyzer reports them for every chain on
        /// every run, and the evaluation is shared between runs of a long-lived compiler.
        /// </summary>
        public string? SummaryMessage => Summary == null ? null : summaryMessage ??= Diagnostics.Messages.ModelSummary(Summary);

        /// <summary>The evaluation of <paramref name="chain"/>, from <see cref="EvaluationCache"/> when the same calls were evaluated before.</summary>
        public static ChainEvaluation Evaluate(ChainInfo chain) => EvaluationCache.GetOrAdd(chain);

        /// <summary>
        /// Evaluates the layers one by one, as <see cref="SequentialModel.FromCalls"/> does, keeping the
        /// accepted prefix for the per-layer tooltips. Any other exception from Core is a bug in Core;
        /// the callers turn it into silence, never into a diagnostic.
        /// </summary>
        internal static ChainEvaluation EvaluateUncached(string? modelName, EquatableArray<LayerCall> calls, bool complete)
        {
            var model = SequentialModel.Empty(modelName);
            try
            {
                foreach (var call in calls) model = model.Add(call);
            }
            catch (KerasModelException e)
            {
                return new ChainEvaluation(model, e, null, null);
            }
            if (!complete) return new ChainEvaluation(model, null, null, null);
            try
            {
                return new ChainEvaluation(model, null, model.Summarize(), null);
            }
            catch (KerasModelException e)
            {
                return new ChainEvaluation(model, null, null, e);
            }
        }
    }
}
