using System;
using System.Collections.Immutable;
using KerasDsl.Analyzers.Diagnostics;
using KerasDsl.Analyzers.Lowering;
using KerasDsl.Analyzers.Porting;
using KerasDsl.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KerasDsl.Analyzers
{
    /// <summary>
    /// Checks the code that builds models, with the evaluator the generator uses: each refusal the runtime would throw is
    /// reported with Core's ID and words at the call; a [KerasModel] member gets its summary tooltip, or why it gets no
    /// constants. Per-compilation state lives in the compilation-start action (the runtime's assembly); nothing is kept
    /// between compilations.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KerasModelAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is analyzed and reported too: a model a generator writes throws at run time like any other.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                // A compilation without KerasDsl has no models: register nothing, cost nothing.
                if (!(RuntimeApi.For(start.Compilation) is { } api)) return;
                start.RegisterSymbolAction(c => Guard(c, c.Symbol, c.ReportDiagnostic, () => ModelReporter.AnalyzeMember(c)),
                    SymbolKind.Field, SymbolKind.Property, SymbolKind.Method);
                start.RegisterOperationBlockAction(c => Guard(c, c.OwningSymbol, c.ReportDiagnostic, () => ModelReporter.AnalyzeBlock(c, api)));
                // Porting habits that compile but do not do what the Keras they come from does (KD0021, KD0022).
                start.RegisterOperationAction(c => Guard(c, c.ContainingSymbol, c.ReportDiagnostic, () => DiscardedResultAnalysis.Analyze(c, api)),
                    OperationKind.ExpressionStatement);
                start.RegisterOperationAction(c => Guard(c, c.ContainingSymbol, c.ReportDiagnostic, () => IntegerDivisionAnalysis.Analyze(c)),
                    OperationKind.Binary);
            });
        }

        /// <summary>
        /// An analyzer that throws shows the user AD0001 and loses every other diagnostic of the callback. An unexpected
        /// failure here becomes KD0019 at the member instead, with the exception's type and message: never silence.
        /// Cancellation still propagates.
        /// </summary>
        internal static void Guard<TContext>(TContext context, ISymbol symbol, Action<Diagnostic> report, Action work)
        {
            try
            {
                work();
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                UnexpectedExceptions.Swallowed(e);
                var location = symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;
                report(Diagnostic.Create(DiagnosticDescriptors.KerasDslFailed, location, Messages.Failed(symbol.Name, "analyzer", Messages.Describe(e))));
            }
        }
    }
}
