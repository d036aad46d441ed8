using System.Collections.Immutable;
using System.Composition;
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
    /// KD0022: <c>1 / 255</c> becomes <c>1.0 / 255</c>: the division's left operand is replaced with the analyzer's double
    /// form of it (a double literal of its value, or a cast of a name), the rest kept as written.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IntegerDivisionCodeFix)), Shared]
    public sealed class IntegerDivisionCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "KD0022.DoubleOperand";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.IntegerDivision);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LayerCalls.FixOf(diagnostic) != FixProperties.DoubleOperand || !(LayerCalls.Property(diagnostic, FixProperties.Value) is { } operand)) continue;
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root == null || !(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is BinaryExpressionSyntax division) ||
                    !division.IsKind(SyntaxKind.DivideExpression) || division.Span != diagnostic.Location.SourceSpan)
                    continue;
                var replacement = SyntaxFactory.ParseExpression(operand).WithTriviaFrom(division.Left);
                string rest = division.ToString().Substring(division.Left.Span.End - division.SpanStart);
                context.RegisterCodeFix(
                    CodeAction.Create($"Divide as doubles: {operand}{rest}",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(division.Left, replacement))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
