using KerasDsl.Analyzers.Diagnostics;
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
    /// for one (KD0015 unusable member, KD0012 not evaluable, KD0010 no input shape). It checks the
    /// member with the generator's own parser, so the two agree on what gets constants. A member whose
    /// value is a chain is reported by <see cref="ChainReporter"/>, in the same callback that evaluates
    /// the chain, so that no chain is evaluated twice.
    /// </summary>
    internal static class ModelTargetReporter
    {
        /// <summary>A usable [KerasModel] member: its symbol and declaration (a field's variable declarator or a property).</summary>
        internal readonly struct Target
        {
            public Target(ISymbol symbol, SyntaxNode node)
            {
                Symbol = symbol;
                Node = node;
            }

            public ISymbol Symbol { get; }
            public SyntaxNode Node { get; }

            public Location Location => ModelTargetParser.MemberName(Node).GetLocation();
        }

        /// <summary>
        /// KD0015 for a [KerasModel] member the generator cannot use. From the symbol the compiler hands every
        /// analyzer and its declarations: the member's value is analyzed from the operations the compiler has bound.
        /// </summary>
        public static void AnalyzeMember(SymbolAnalysisContext context)
        {
            var symbol = context.Symbol;
            if (!ModelTargetParser.HasKerasModelAttribute(symbol)) return;
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax(context.CancellationToken);
                var (_, reason) = ModelTargetParser.Check(node, symbol);
                if (reason == null) continue;
                var location = ModelTargetParser.MemberName(node).GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidModelTarget, location, Messages.InvalidTarget(symbol.Name, reason)));
            }
        }

        /// <summary>
        /// KD0012 for a usable [KerasModel] member whose value is not a chain call at all (a variable, a helper
        /// method): from its initializer or expression body as the operation block the compiler hands every
        /// analyzer. A value that is a chain call is <see cref="ChainReporter"/>'s.
        /// </summary>
        public static void AnalyzeBlock(OperationBlockAnalysisContext context, KerasApi api)
        {
            foreach (var block in context.OperationBlocks)
            {
                var value = ValueOf(block);
                if (value == null) continue;
                var inner = value;
                while (inner is IConversionOperation { IsImplicit: true } conversion) inner = conversion.Operand;
                // A chain is ChainReporter's (checked first: it is the common case, and cheaper than the member's checks).
                if (inner is IInvocationOperation invocation && ChainParser.IsOutermostChainCall(invocation, api)) continue;
                if (TargetValuedBy(value, context.OwningSymbol) is not { } target) continue;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ModelNotEvaluated, target.Location,
                    Messages.NotEvaluated(target.Symbol.Name, chain: null, functional: IsFunctionalModel(inner.Type))));
            }
        }

        /// <summary>A value of the runtime's functional Model type (or a Tensor): a graph, which no chain reader follows.</summary>
        private static bool IsFunctionalModel(ITypeSymbol? type) =>
            type is { Name: "Model" or "Tensor", ContainingNamespace: { Name: "KerasDsl", ContainingNamespace.IsGlobalNamespace: true } };

        /// <summary>
        /// The usable [KerasModel] member whose whole value is <paramref name="value"/> (implicit conversions
        /// around it aside): a field or property initializer, or a property's expression body. Null otherwise,
        /// and for a member the generator cannot use (that is KD0015, reported by <see cref="AnalyzeMember"/>).
        /// </summary>
        public static Target? TargetValuedBy(IOperation value, ISymbol containingSymbol)
        {
            var operation = value;
            while (operation.Parent is IConversionOperation { IsImplicit: true } conversion) operation = conversion;
            ISymbol? member;
            SyntaxNode? node;
            switch (operation.Parent)
            {
                case IFieldInitializerOperation field:
                    member = containingSymbol as IFieldSymbol;
                    node = field.Syntax.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
                    break;
                case IPropertyInitializerOperation property:
                    member = containingSymbol as IPropertySymbol;
                    node = property.Syntax.FirstAncestorOrSelf<PropertyDeclarationSyntax>();
                    break;
                case IReturnOperation { Parent: IBlockOperation { Syntax: ArrowExpressionClauseSyntax arrow, Operations.Length: 1 } }:
                    member = containingSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet } getter ? getter.AssociatedSymbol : null;
                    node = arrow.FirstAncestorOrSelf<PropertyDeclarationSyntax>();
                    break;
                default:
                    return null;
            }
            if (member == null || node == null || !ModelTargetParser.HasKerasModelAttribute(member)) return null;
            return ModelTargetParser.Check(node, member).Reason == null ? new Target(member, node) : (Target?)null;
        }

        /// <summary>The value of an initializer or expression-body block; null for any other block.</summary>
        private static IOperation? ValueOf(IOperation block) =>
            block switch
            {
                IFieldInitializerOperation field => field.Value,
                IPropertyInitializerOperation property => property.Value,
                IBlockOperation { Syntax: ArrowExpressionClauseSyntax, Operations.Length: 1 } body when body.Operations[0] is IReturnOperation ret => ret.ReturnedValue,
                _ => null,
            };
    }
}
