using System;
using System.Collections.Immutable;
using KerasDsl.Analyzers.Diagnostics;
using KerasDsl.Analyzers.Parser;
using KerasDsl.Analyzers.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KerasDsl.Analyzers
{
    /// <summary>
    /// Checks every <c>Sequential()</c> chain in the compilation, marked or not, with Core: each
    /// refusal the runtime would throw is reported with Core's ID and words on the offending layer
    /// method's name; plus the tooltips (model Info, per-layer Hidden, computed only when raised) and,
    /// for [KerasModel] members, why no constants are generated.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KerasModelAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is analyzed and reported too: a chain a generator writes throws at run time like any other, and
            // without ReportDiagnostics Roslyn would search every file we report in for [GeneratedCode] attributes first.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                // A compilation without KerasDsl has no chains: register nothing, cost nothing.
                if (!(KerasApi.For(start.Compilation) is { } api)) return;
                start.RegisterOperationAction(c => Guard(ChainReporter.AnalyzeInvocation, c, api), OperationKind.Invocation);
                start.RegisterOperationBlockAction(c => Guard(ModelTargetReporter.AnalyzeBlock, c, api));
                start.RegisterSymbolAction(c => Guard(static (member, _) => ModelTargetReporter.AnalyzeMember(member), c, api), SymbolKind.Field, SymbolKind.Property);
            });
        }

        /// <summary>
        /// An analyzer that throws shows the user AD0001 and loses every other diagnostic of the
        /// callback; an unexpected failure here (a bug, or code Roslyn models in a way not foreseen)
        /// means "say nothing" instead. Cancellation still propagates.
        /// </summary>
        /// <remarks>
        /// The callback, its context and the compilation's <see cref="KerasApi"/> are passed apart so that a call allocates
        /// nothing (every invocation in the compilation comes here): one closure per compilation holds the API.
        /// </remarks>
        internal static void Guard<TContext>(Action<TContext, KerasApi> callback, TContext context, KerasApi api)
        {
            try
            {
                callback(context, api);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                UnexpectedExceptions.Swallowed(e);
            }
        }
    }
}
