using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using KerasDsl.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KerasDsl.CodeFixes
{
    /// <summary>
    /// KD0021: <c>model.Add(...);</c> becomes <c>model = model.Add(...);</c>. The analyzer offers it only when the chain starts
    /// from a local, parameter or field that can be assigned and has the type the statement's call returns; that variable is the
    /// diagnostic's additional location.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiscardedResultCodeFix)), Shared]
    public sealed class DiscardedResultCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "KD0021.Assign";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.DiscardedResult);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LayerCalls.FixOf(diagnostic) != FixProperties.Assign || diagnostic.AdditionalLocations.Count == 0) continue;
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root == null) continue;
                var statement = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<ExpressionStatementSyntax>().FirstOrDefault();
                if (statement == null || !(root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax target) ||
                    !statement.Expression.Span.Contains(target.Span))
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create($"Assign the result to {target}",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(statement.Expression, Assignment(target, statement.Expression)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary><c>target = expression</c>, the expression's leading trivia (the statement's indent) before the whole.</summary>
        private static ExpressionSyntax Assignment(ExpressionSyntax target, ExpressionSyntax expression) =>
            SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                target.WithoutTrivia().WithLeadingTrivia(expression.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                expression.WithoutLeadingTrivia());
    }
}
