using KerasDsl.Analyzers.Emitter;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Evaluation
{
    /// <summary>The generator's evaluation step: a [KerasModel] member → the facts its constants hold, or null.</summary>
    internal static class ModelFacts
    {
        /// <summary>
        /// Null when nothing may be generated: the member is unusable (KD0015), its chain cannot be
        /// followed or evaluated (KD0011/KD0012), Core refuses it, or it has no input shape (KD0010).
        /// The analyzer says which; the generator only stays silent.
        /// </summary>
        public static GeneratedModelInfo? For(ModelTargetInfo target)
        {
            if (target.InvalidReason != null || target.Chain == null || !target.Chain.IsComplete) return null;
            var evaluation = ChainEvaluation.Evaluate(target.Chain);
            var summary = evaluation.Summary;
            if (summary == null) return null;
            return new GeneratedModelInfo(
                HintNames.For(target),
                target.Namespace,
                target.ContainingTypes,
                target.MemberName,
                summary.Name,
                summary.TotalParams,
                summary.TrainableParams,
                summary.NonTrainableParams,
                summary.Rows.Count,
                summary.OutputShape.ToString(),
                evaluation.SummaryText!,
                target.NullableDirective);
        }
    }
}
