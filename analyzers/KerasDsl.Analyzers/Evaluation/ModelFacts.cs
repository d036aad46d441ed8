using System.Threading;
using KerasDsl.Analyzers.Emitter;
using KerasDsl.Analyzers.Interpretation;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Evaluation
{
    /// <summary>The generator's evaluation step: a [KerasModel] member's program, run → the facts its constants hold, or null.</summary>
    internal static class ModelFacts
    {
        /// <summary>
        /// Null when nothing may be generated: the member is unusable (KD0015), its code cannot be followed (KD0011/KD0012), Core
        /// refuses the model, its value is not a model, or it has no input shape (KD0010). The analyzer says which; the generator
        /// only stays silent.
        /// </summary>
        public static GeneratedModelInfo? For(ModelTargetInfo target, CancellationToken cancellationToken)
        {
            if (target.InvalidReason != null || target.Program == null || target.Failure != null) return null;
            var evaluation = Interpreter.Evaluate(target.Program, cancellationToken);
            if (!(Summarize(evaluation) is { } summary)) return null;
            return new GeneratedModelInfo(
                HintNames.For(target),
                target.Namespace,
                target.ContainingTypes,
                target.MemberName,
                summary.Summary.Name,
                summary.Summary.TotalParams,
                summary.Summary.TrainableParams,
                summary.Summary.NonTrainableParams,
                summary.Summary.Rows.Count,
                summary.Summary.OutputShape.ToString(),
                summary.Text,
                target.NullableDirective) { AccessibleInAssembly = target.AccessibleInAssembly };
        }

        /// <summary>
        /// The summary of the evaluated model, and its table as the runtime's <c>Summary()</c> prints it; null when evaluation
        /// stopped, the value is not a model, or Core cannot summarize it (no input shape, a total that overflows).
        /// </summary>
        public static (ModelSummary Summary, string Text)? Summarize(Interpretation.Evaluation evaluation)
        {
            if (evaluation.Stop != null) return null;
            try
            {
                switch (evaluation.Value)
                {
                    case SequentialValue sequential:
                        {
                            var summary = sequential.Model.Summarize();
                            return (summary, ClassicSummaryRenderer.Render(summary));
                        }
                    case ModelValue functional:
                        {
                            var summary = functional.Model.Summarize();
                            return (summary, summary.Render());
                        }
                    default:
                        return null;
                }
            }
            catch (KerasModelException)
            {
                return null;
            }
        }
    }
}
