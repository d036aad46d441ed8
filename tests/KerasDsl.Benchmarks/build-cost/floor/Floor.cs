using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KerasDsl.BuildCost.Floor
{
    /// <summary>
    /// The floor of KerasDsl's build cost: what any generator that reads [KerasModel] members by binding them pays, with
    /// nothing of KerasDsl's own work. It finds the members as KerasDsl's generator does (ForAttributeWithMetadataName),
    /// has the compiler bind each member's code (its operation's root: every call bound, default arguments included), and
    /// emits nothing. A lower bound: reading the bound code costs more on top (the compiler builds the operation nodes
    /// lazily, as they are walked).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var members = context.SyntaxProvider.ForAttributeWithMetadataName(
                "KerasDsl.KerasModelAttribute",
                static (node, _) => node is VariableDeclaratorSyntax || node is PropertyDeclarationSyntax || node is MethodDeclarationSyntax,
                static (ctx, ct) =>
                {
                    SyntaxNode? body = ctx.TargetNode switch
                    {
                        VariableDeclaratorSyntax v => v.Initializer,
                        PropertyDeclarationSyntax p => (SyntaxNode?)p.ExpressionBody ?? p.Initializer,
                        MethodDeclarationSyntax m => m,
                        _ => null,
                    };
                    var operation = body == null ? null : ctx.SemanticModel.GetOperation(body, ct);
                    return ctx.TargetSymbol.Name + ":" + operation?.Kind;
                });
            context.RegisterSourceOutput(members, static (_, _) => { });
        }
    }

    /// <summary>
    /// The analyzer's half of the floor: each [KerasModel] member's operation block received, as the compiler gives it to
    /// KerasDsl's analyzer; nothing read, nothing reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FloorAnalyzer : DiagnosticAnalyzer
    {
        // A Warning, though never reported: the command-line compiler does not run an analyzer whose diagnostics are all
        // Info or Hidden, which it would not show.
        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor("FLOOR01", "never", "never", "floor", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterOperationBlockAction(c =>
            {
                var member = c.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet } getter ? getter.AssociatedSymbol! : c.OwningSymbol;
                foreach (var attribute in member.GetAttributes())
                    if (attribute.AttributeClass?.Name == "KerasModelAttribute" && c.OperationBlocks.Length == 0)
                        c.ReportDiagnostic(Diagnostic.Create(Never, Location.None));
            });
        }
    }
}
