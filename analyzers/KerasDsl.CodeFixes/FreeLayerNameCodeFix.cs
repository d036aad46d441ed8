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
    /// KD0005: a layer's <c>name:</c> that another layer of the model has becomes the next free one, numbered as Keras numbers
    /// (<c>"dense"</c> -> <c>"dense_1"</c>, taken ones skipped), which Core chose among the model's names. The call is the
    /// refused one (a Sequential's), or, in a functional model refused at <c>Model(...)</c>, the call of the layer whose name
    /// was written (the diagnostic's additional location).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FreeLayerNameCodeFix)), Shared]
    public sealed class FreeLayerNameCodeFix : CodeFixProvider
    {
        internal const string EquivalenceKey = "KD0005.NextFreeName";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.DuplicateLayerName);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var choices = LayerCalls.Choices(diagnostic);
                if (LayerCalls.FixOf(diagnostic) != FixProperties.Rename || choices.Length == 0 ||
                    !(LayerCalls.Property(diagnostic, FixProperties.Value) is { } name))
                    continue;
                var span = diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0].SourceSpan : diagnostic.Location.SourceSpan;
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                if (root == null || model == null || !(LayerCalls.InvocationNamedAt(root, span) is { } invocation) ||
                    !(model.GetOperation(invocation, context.CancellationToken) is IInvocationOperation operation) ||
                    !(LayerCalls.StringArgument(operation, "name", name) is { } literal))
                    continue;
                string free = choices[0];
                context.RegisterCodeFix(
                    CodeAction.Create($"Rename '{name}' to '{free}'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, LayerCalls.StringLiteral(literal, free)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
