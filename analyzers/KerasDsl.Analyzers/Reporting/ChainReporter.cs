using KerasDsl.Analyzers.Diagnostics;
using KerasDsl.Analyzers.Evaluation;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Parser;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Reporting
{
    /// <summary>
    /// The analyzer's diagnostics for one chain: refusals, warnings, where evaluation stops, tooltips, and,
    /// when the chain is a [KerasModel] member's value, why no constants are generated (KD0012, KD0010).
    /// Each chain is read and evaluated once, here, or taken from <see cref="AnalyzedChainCache"/> when an earlier
    /// compilation had the same chain bound to the same methods.
    /// </summary>
    internal static class ChainReporter
    {
        public static void AnalyzeInvocation(OperationAnalysisContext context, KerasApi api)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!ChainParser.IsOutermostChainCall(invocation, api)) return;
            var target = ModelTargetReporter.TargetValuedBy(invocation, context.ContainingSymbol);
            if (!(AnalyzedChainCache.Read(invocation, api, context.CancellationToken) is { } read))
            {
                // Not rooted at Sequential() (continued from a variable, say): nothing to check, but no constants either.
                if (target is { } unrooted) Report(context, DiagnosticDescriptors.ModelNotEvaluated, unrooted.Location, Messages.NotEvaluated(unrooted.Symbol.Name, null));
                return;
            }

            var tree = invocation.Syntax.SyntaxTree;
            var chain = read.Chain;
            var evaluation = read.Evaluation;
            var model = evaluation.Model;

            if (Visibility.CanBeSeen(DiagnosticDescriptors.LayerSummary, tree, context.Compilation, context.CancellationToken))
                foreach (var node in model.Nodes)
                    if (node.Output != null)
                        Report(context, DiagnosticDescriptors.LayerSummary, LayerLocation(read, node.Index, tree), Messages.LayerSummary(node));

            foreach (var warning in model.Warnings)
                Report(context, warning.Id, LayerLocation(read, warning.LayerIndex, tree), warning.Message);

            if (evaluation.Refusal is { } refusal)
                Report(context, refusal.Id, LayerLocation(read, refusal.LayerIndex, tree), refusal.Message);
            else if (chain.Stop is { } stop && stop.Kind != ChainStopKind.Invalid)
                Report(context, DiagnosticDescriptors.NotConstant, read.Locate(stop.Span, tree), Messages.NotConstant(stop, model.Name));
            else if (evaluation.SummaryMessage is { } summary)
                Report(context, DiagnosticDescriptors.ModelSummary, read.Locate(chain.RootSpan, tree), summary);
            else if (evaluation.SummaryError is { } error && error.Id != Core.Diagnostics.MissingInputShapeId)
                // The total overflows 64 bits: the runtime throws when it counts. A chain without an input
                // shape is legal (KD0010 is only for [KerasModel] members, which must be counted).
                Report(context, error.Id, LayerLocation(read, error.LayerIndex, tree), error.Message);

            if (target is { } member) ReportTarget(context, member, chain, evaluation);
        }

        /// <summary>
        /// A [KerasModel] member gets no constants when its chain stops before its end (KD0012) or has no input
        /// shape (KD0010). A refusal is reported at its layer above; a chain with compiler errors is the compiler's.
        /// </summary>
        private static void ReportTarget(OperationAnalysisContext context, ModelTargetReporter.Target member, ChainInfo chain, ChainEvaluation evaluation)
        {
            if (chain.Stop is { } stop && stop.Kind != ChainStopKind.Invalid)
                Report(context, DiagnosticDescriptors.ModelNotEvaluated, member.Location, Messages.NotEvaluated(member.Symbol.Name, chain));
            else if (chain.IsComplete && evaluation.Refusal == null && evaluation.SummaryError is { } error && error.Id == Core.Diagnostics.MissingInputShapeId)
                Report(context, DiagnosticDescriptors.MissingInputShape, member.Location, error.Message);
        }

        /// <summary>The layer method's name, or the <c>Sequential</c> of the chain's root for a model-wide problem.</summary>
        private static Location LayerLocation(AnalyzedChain read, int layerIndex, SyntaxTree tree) =>
            read.Locate(layerIndex >= 0 && layerIndex < read.Chain.Layers.Count ? read.Chain.Layers[layerIndex].NameSpan : read.Chain.RootSpan, tree);

        private static void Report(OperationAnalysisContext context, string id, Location location, string message)
        {
            if (DiagnosticDescriptors.TryGet(id, out var descriptor)) Report(context, descriptor, location, message);
        }

        private static void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, Location location, string message) =>
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, message));
    }
}
