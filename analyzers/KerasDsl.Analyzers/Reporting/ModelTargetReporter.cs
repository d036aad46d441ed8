using KerasDsl.Analyzers.Diagnostics;
using KerasDsl.Analyzers.Evaluation;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KerasDsl.Analyzers.Reporting
{
    /// <summary>
    /// The analyzer's diagnostics for [KerasModel] members: why the generator emits no constants
    /// for one (KD0015 unusable member, KD0012 not evaluable, KD0010 no input shape). It reads the
    /// member with the generator's own parser, so the two agree on what gets constants.
    /// </summary>
    internal static class ModelTargetReporter
    {
        public static void AnalyzeMember(SyntaxNodeAnalysisContext context)
        {
            switch (context.Node)
            {
                case FieldDeclarationSyntax field when field.AttributeLists.Count > 0:
                    foreach (var variable in field.Declaration.Variables)
                        Analyze(context, variable, context.SemanticModel.GetDeclaredSymbol(variable, context.CancellationToken));
                    break;
                case PropertyDeclarationSyntax property when property.AttributeLists.Count > 0:
                    Analyze(context, property, context.SemanticModel.GetDeclaredSymbol(property, context.CancellationToken));
                    break;
            }
        }

        private static void Analyze(SyntaxNodeAnalysisContext context, SyntaxNode node, ISymbol? symbol)
        {
            if (symbol == null || !ModelTargetParser.HasKerasModelAttribute(symbol)) return;
            var target = ModelTargetParser.Parse(node, symbol, context.SemanticModel, keepLocations: true, context.CancellationToken);
            var location = target.MemberSpan.ToLocation(node.SyntaxTree);

            if (target.InvalidReason != null)
            {
                Report(context, DiagnosticDescriptors.InvalidModelTarget, location, Messages.InvalidTarget(target));
                return;
            }
            if (target.Chain == null || (target.Chain.Stop is { } stop && stop.Kind != ChainStopKind.Invalid))
            {
                Report(context, DiagnosticDescriptors.ModelNotEvaluated, location, Messages.NotEvaluated(target));
                return;
            }
            if (!target.Chain.IsComplete) return; // the code has errors; the compiler reports them

            // A refusal is reported at its layer by the chain's own analysis; only the missing input shape is the member's.
            var evaluation = ChainEvaluation.Evaluate(target.Chain);
            if (evaluation.Refusal == null && evaluation.SummaryError is { } error && error.Id == Core.Diagnostics.MissingInputShapeId)
                Report(context, DiagnosticDescriptors.MissingInputShape, location, error.Message);
        }

        private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor descriptor, Location location, string message) =>
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, message));
    }
}
