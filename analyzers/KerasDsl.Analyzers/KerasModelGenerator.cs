using System;
using System.Threading;
using KerasDsl.Analyzers.Emitter;
using KerasDsl.Analyzers.Evaluation;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KerasDsl.Analyzers
{
    /// <summary>
    /// For each [KerasModel] member, a nested <c>&lt;Member&gt;Summary</c> class of constants.
    /// Parse (plain values, no places) → evaluate with Core → emit. It reports no diagnostics:
    /// <see cref="KerasModelAnalyzer"/> does, so errors show in the IDE's live analysis; when a model
    /// cannot be evaluated the generator emits nothing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class KerasModelGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    KerasSymbols.KerasModelAttribute,
                    static (node, _) => node is VariableDeclaratorSyntax || node is PropertyDeclarationSyntax,
                    static (ctx, ct) => ParseTarget(ctx, ct))
                .WithTrackingName(TrackingNames.ModelTargets);

            var facts = targets
                .Select(static (target, _) => target == null ? null : Guard(() => ModelFacts.For(target)))
                .WithTrackingName(TrackingNames.ModelFacts);

            var toEmit = facts
                .Where(static model => model != null)
                .WithTrackingName(TrackingNames.ModelsToEmit);

            // `#nullable enable` needs C# 8; a netstandard2.0 project defaults to C# 7.3 and would not compile it.
            var nullableDirective = context.ParseOptionsProvider
                .Select(static (options, _) => options is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8);

            context.RegisterSourceOutput(toEmit.Combine(nullableDirective), static (spc, pair) =>
            {
                var (model, nullable) = pair;
                var source = Guard(() => SummaryEmitter.Emit(model!, nullable));
                if (source != null) spc.AddSource(model!.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
            });
        }

        private static ModelTargetInfo? ParseTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
            Guard(() => ModelTargetParser.Parse(context.TargetNode, context.TargetSymbol, context.SemanticModel, keepLocations: false, cancellationToken));

        /// <summary>
        /// A generator that throws breaks the user's build (CS8785); an unexpected failure here means
        /// "generate nothing" instead. Cancellation still propagates, as Roslyn expects.
        /// </summary>
        private static T? Guard<T>(Func<T?> work) where T : class
        {
            try
            {
                return work();
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                UnexpectedExceptions.Swallowed(e);
                return null;
            }
        }
    }
}
