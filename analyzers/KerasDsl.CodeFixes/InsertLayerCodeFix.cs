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
    /// KD0001 on a layer that takes vectors or sequences fed an image: a layer inserted into the chain before it, each one
    /// Core found the refused layer accepts (<c>RankFixes</c>): <c>.Flatten()</c>, <c>.GlobalAveragePooling2D()</c> for a
    /// RepeatVector; <c>.TimeDistributed(Flatten())</c> for an LSTM (rows become time steps). Offered where the refused call
    /// is a method of a Sequential or Tensor chain (<c>x.LSTM(8)</c>), which the inserted call then precedes on its own line
    /// when the chain has one call per line; the wrapped layer is spelled as the file's usings allow (<c>Flatten()</c>,
    /// <c>Keras.Flatten()</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsertLayerCodeFix)), Shared]
    public sealed class InsertLayerCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.IncompatibleInputRank);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LayerCalls.FixOf(diagnostic) != FixProperties.InsertLayer) continue;
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                if (root == null || model == null || !(LayerCalls.InvocationNamedAt(root, diagnostic.Location.SourceSpan) is { } refused) ||
                    !(refused.Expression is MemberAccessExpressionSyntax member) ||
                    !(model.GetTypeInfo(member.Expression, context.CancellationToken).Type is { } receiverType))
                    continue;
                foreach (var choice in LayerCalls.Choices(diagnostic))
                {
                    var (outer, inner) = Split(choice);
                    // The receiver (a Sequential, a Tensor) must have the method: the same chain, one call longer.
                    if (!receiverType.GetMembers(outer).OfType<IMethodSymbol>().Any()) continue;
                    string? factory = inner == null ? null : Factory(model, refused.SpanStart, inner);
                    string shown = inner == null ? $"{outer}()" : $"{outer}({factory})";
                    context.RegisterCodeFix(
                        CodeAction.Create($"Insert .{shown} before .{member.Name}(...)",
                            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(member.Expression, Inserted(member, outer, factory)))),
                            EquivalenceKey(choice)),
                        diagnostic);
                }
            }
        }

        internal static string EquivalenceKey(string choice) => "KD0001.Insert." + choice;

        /// <summary>"Flatten" is Flatten(); "TimeDistributed/Flatten" is TimeDistributed(Flatten()).</summary>
        private static (string Outer, string? Inner) Split(string choice)
        {
            int slash = choice.IndexOf('/');
            return slash < 0 ? (choice, null) : (choice.Substring(0, slash), choice.Substring(slash + 1));
        }

        /// <summary>
        /// The shortest spelling of Keras's factory <paramref name="name"/> (<c>Flatten()</c>) that binds to it here: the bare
        /// name with <c>using static KerasDsl.Keras</c>, <c>Keras.Flatten()</c> with <c>using KerasDsl</c>, else fully qualified.
        /// </summary>
        private static string Factory(SemanticModel model, int position, string name)
        {
            foreach (var spelling in new[] { name + "()", "Keras." + name + "()", "global::KerasDsl.Keras." + name + "()" })
            {
                var symbol = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseExpression(spelling), SpeculativeBindingOption.BindAsExpression).Symbol;
                if (symbol is IMethodSymbol { IsStatic: true, ContainingType: { Name: "Keras", ContainingNamespace: { Name: "KerasDsl", ContainingNamespace.IsGlobalNamespace: true } } })
                    return spelling;
            }
            return "global::KerasDsl.Keras." + name + "()";
        }

        /// <summary>
        /// <c>receiver.Outer(factory)</c>, with the refused call's own dot (and the indent before it); when the receiver ends
        /// its line, the inserted call ends it instead, so a chain of one call per line keeps its shape.
        /// </summary>
        private static ExpressionSyntax Inserted(MemberAccessExpressionSyntax member, string outer, string? factory)
        {
            var receiver = member.Expression;
            var lineEnd = receiver.GetTrailingTrivia();
            var arguments = factory == null
                ? SyntaxFactory.ArgumentList()
                : SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(factory))));
            arguments = arguments.WithCloseParenToken(arguments.CloseParenToken.WithTrailingTrivia(lineEnd));
            return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, member.OperatorToken, SyntaxFactory.IdentifierName(outer)),
                arguments);
        }
    }
}
