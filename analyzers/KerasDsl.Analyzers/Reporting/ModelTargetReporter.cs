using KerasDsl.Analyzers.Diagnostics;
using KerasDsl.Analyzers.Evaluation;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Reporting
{
    /// <summary>
    /// The analyzer's diagnostics for [KerasModel] members: why the generator emits no constants
    /// for one (KD0015 unusable member, KD0012 not evaluable, KD0010 no input shape). It reads the
    /// member with the generator's own parser, so the two agree on what gets constants.
    /// </summary>
    internal static class ModelTargetReporter
    {
        /// <summary>
        /// KD0015 for a [KerasModel] member the generator cannot use. From syntax and symbols only: the member's
        /// value is analyzed by <see cref="AnalyzeBlock"/>, from the operation the compiler has already bound.
        /// </summary>
        public static void AnalyzeMember(SyntaxNodeAnalysisContext context)
        {
            switch (context.Node)
            {
                case FieldDeclarationSyntax field when field.AttributeLists.Count > 0:
                    foreach (var variable in field.Declaration.Variables)
                        CheckTarget(context, variable, context.SemanticModel.GetDeclaredSymbol(variable, context.CancellationToken));
                    break;
                case PropertyDeclarationSyntax property when property.AttributeLists.Count > 0:
                    CheckTarget(context, property, context.SemanticModel.GetDeclaredSymbol(property, context.CancellationToken));
                    break;
            }
        }

        private static void CheckTarget(SyntaxNodeAnalysisContext context, SyntaxNode node, ISymbol? symbol)
        {
            if (symbol == null || !ModelTargetParser.HasKerasModelAttribute(symbol)) return;
            var (_, reason) = ModelTargetParser.Check(node, symbol);
            if (reason == null) return;
            var location = ModelTargetParser.MemberName(node).GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidModelTarget, location, Messages.InvalidTarget(symbol.Name, reason)));
        }

        /// <summary>
        /// KD0012 and KD0010 for a usable [KerasModel] member, from its initializer or expression body as the
        /// operation block the compiler hands every analyzer (a field initializer, a property initializer, or
        /// the getter's body).
        /// </summary>
        public static void AnalyzeBlock(OperationBlockAnalysisContext context)
        {
            var member = context.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet } getter ? getter.AssociatedSymbol : context.OwningSymbol;
            if (!(member is IFieldSymbol || member is IPropertySymbol) || !ModelTargetParser.HasKerasModelAttribute(member!)) return;
            foreach (var block in context.OperationBlocks)
            {
                IOperation? value;
                SyntaxNode? node;
                switch (block)
                {
                    case IFieldInitializerOperation field:
                        value = field.Value;
                        node = block.Syntax.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
                        break;
                    case IPropertyInitializerOperation property:
                        value = property.Value;
                        node = block.Syntax.FirstAncestorOrSelf<PropertyDeclarationSyntax>();
                        break;
                    case IBlockOperation body when block.Syntax is ArrowExpressionClauseSyntax && body.Operations.Length == 1 && body.Operations[0] is IReturnOperation ret:
                        value = ret.ReturnedValue;
                        node = block.Syntax.FirstAncestorOrSelf<PropertyDeclarationSyntax>();
                        break;
                    default:
                        continue;
                }
                if (node != null) Analyze(context, node, member!, value);
            }
        }

        private static void Analyze(OperationBlockAnalysisContext context, SyntaxNode node, ISymbol symbol, IOperation? value)
        {
            var target = ModelTargetParser.Parse(node, symbol, value, keepLocations: true, context.CancellationToken);
            if (target.InvalidReason != null) return; // KD0015, reported by AnalyzeMember
            var location = target.MemberSpan.ToLocation(node.SyntaxTree);

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

        private static void Report(OperationBlockAnalysisContext context, DiagnosticDescriptor descriptor, Location location, string message) =>
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, message));
    }
}
