using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using KerasDsl.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.CodeFixes
{
    /// <summary>
    /// KD0003: an unknown option string becomes one of the nearest names Keras knows for it (<c>"relux"</c> -> <c>"relu"</c>),
    /// up to three, each a code action, best first. Core chose them from the option's own list (<c>NearestNames</c>); the fix
    /// replaces the string literal written for that argument, and only while it still says what was refused.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NearestOptionCodeFix)), Shared]
    public sealed class NearestOptionCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UnknownOption);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LayerCalls.FixOf(diagnostic) != FixProperties.ReplaceOption ||
                    !(LayerCalls.Property(diagnostic, FixProperties.Argument) is { } argument) ||
                    !(LayerCalls.Property(diagnostic, FixProperties.Value) is { } value))
                    continue;
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                if (root == null || model == null || !(LayerCalls.InvocationNamedAt(root, diagnostic.Location.SourceSpan) is { } invocation) ||
                    !(model.GetOperation(invocation, context.CancellationToken) is IInvocationOperation operation) ||
                    !(LayerCalls.StringArgument(operation, argument, value) is { } literal))
                    continue;
                var choices = LayerCalls.Choices(diagnostic);
                for (int i = 0; i < choices.Length; i++)
                {
                    string choice = choices[i];
                    context.RegisterCodeFix(
                        CodeAction.Create($"Change '{value}' to '{choice}'",
                            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, LayerCalls.StringLiteral(literal, choice)))),
                            // The i-th nearest name: Fix All applies each diagnostic's own i-th choice.
                            equivalenceKey: EquivalenceKey(i)),
                        diagnostic);
                }
            }
        }

        internal static string EquivalenceKey(int rank) => "KD0003.Nearest" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
