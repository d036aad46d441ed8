using KerasDsl.Analyzers.Models;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Evaluation
{
    /// <summary>
    /// What Core says about a chain: the model as far as it was evaluated, the refusal that stopped it
    /// (with Core's ID and words), and, for a complete, built chain, its summary. Holds Core objects
    /// without value equality, so it lives only inside one transform or analyzer callback.
    /// </summary>
    internal sealed class ChainEvaluation
    {
        private ChainEvaluation(ChainInfo chain, SequentialModel model, KerasModelException? refusal, ModelSummary? summary, KerasModelException? summaryError)
        {
            Chain = chain;
            Model = model;
            Refusal = refusal;
            Summary = summary;
            SummaryError = summaryError;
        }

        public ChainInfo Chain { get; }

        /// <summary>The layers Core accepted (all of them, unless there is a refusal or the chain stops early).</summary>
        public SequentialModel Model { get; }

        /// <summary>The refusal the runtime would throw at the layer with this <see cref="KerasModelException.LayerIndex"/>.</summary>
        public KerasModelException? Refusal { get; }

        /// <summary>Counts and shapes: only for a chain read to its end, accepted and built.</summary>
        public ModelSummary? Summary { get; }

        /// <summary>Why a complete, accepted chain has no summary: KD0010 (no input shape) or KD0006 (total overflows).</summary>
        public KerasModelException? SummaryError { get; }

        /// <summary>
        /// Evaluates the layers one by one, as <see cref="SequentialModel.FromCalls"/> does, keeping the
        /// accepted prefix for the per-layer tooltips. Any other exception from Core is a bug in Core;
        /// the callers turn it into silence, never into a diagnostic.
        /// </summary>
        public static ChainEvaluation Evaluate(ChainInfo chain)
        {
            var model = SequentialModel.Empty(chain.ModelName);
            try
            {
                foreach (var layer in chain.Layers) model = model.Add(layer.Call);
            }
            catch (KerasModelException e)
            {
                return new ChainEvaluation(chain, model, e, null, null);
            }
            if (!chain.IsComplete) return new ChainEvaluation(chain, model, null, null, null);
            try
            {
                return new ChainEvaluation(chain, model, null, model.Summarize(), null);
            }
            catch (KerasModelException e)
            {
                return new ChainEvaluation(chain, model, null, null, e);
            }
        }
    }
}
