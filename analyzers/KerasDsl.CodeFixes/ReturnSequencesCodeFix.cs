using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KerasDsl.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.CodeFixes
{
    /// <summary>
    /// KD0001 on a layer fed a recurrent layer's last step (one time axis short): <c>returnSequences: true</c> on that recurrent
    /// layer, which the analyzer located (the diagnostic's additional location; Core offers it exactly when the message advises
    /// it). The argument is added, or set to true where it is written. A Bidirectional's is its wrapped layer's (and its
    /// backwardLayer's, which Keras requires to agree), written as calls inside it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnSequencesCodeFix)), Shared]
    public sealed class ReturnSequencesCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "KD0001.ReturnSequences";
        private const string Parameter = "returnSequences";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.IncompatibleInputRank);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LayerCalls.FixOf(diagnostic) != FixProperties.ReturnSequences || diagnostic.AdditionalLocations.Count == 0) continue;
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                if (root == null || model == null ||
                    !(LayerCalls.InvocationNamedAt(root, diagnostic.AdditionalLocations[0].SourceSpan) is { } recurrent) ||
                    !(model.GetOperation(recurrent, context.CancellationToken) is IInvocationOperation operation))
                    continue;
                var edits = Edits(operation, model, context.CancellationToken);
                if (edits.Count == 0) continue;
                context.RegisterCodeFix(
                    CodeAction.Create($"Add returnSequences: true to {recurrent.Expression}(...)",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(edits.Keys, (original, _) => edits[original]))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>Each call to edit (the recurrent layer's, or those a Bidirectional wraps) and what it becomes.</summary>
        private static Dictionary<InvocationExpressionSyntax, InvocationExpressionSyntax> Edits(IInvocationOperation operation, SemanticModel model, CancellationToken cancellationToken)
        {
            var edits = new Dictionary<InvocationExpressionSyntax, InvocationExpressionSyntax>();
            if (HasParameter(operation))
            {
                edits[(InvocationExpressionSyntax)operation.Syntax] = WithReturnSequences(operation);
                return edits;
            }
            foreach (var wrapped in new[] { "layer", "backwardLayer" })
                if (LayerCalls.Argument(operation, wrapped)?.Expression is InvocationExpressionSyntax inner &&
                    model.GetOperation(inner, cancellationToken) is IInvocationOperation innerOperation && HasParameter(innerOperation))
                    edits[inner] = WithReturnSequences(innerOperation);
            return edits;
        }

        private static bool HasParameter(IInvocationOperation operation) => operation.TargetMethod.Parameters.Any(p => p.Name == Parameter);

        private static InvocationExpressionSyntax WithReturnSequences(IInvocationOperation operation)
        {
            var invocation = (InvocationExpressionSyntax)operation.Syntax;
            var trueLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
            if (LayerCalls.Argument(operation, Parameter) is { } written)
                return invocation.ReplaceNode(written.Expression, trueLiteral.WithTriviaFrom(written.Expression));
            var added = SyntaxFactory.ParseArgumentList("(" + Parameter + ": true)").Arguments[0];
            var arguments = invocation.ArgumentList.Arguments;
            var separators = arguments.GetSeparators().ToList();
            if (arguments.Count > 0) separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            var list = SyntaxFactory.SeparatedList(arguments.Add(added), separators);
            return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(list));
        }
    }
}
