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

            context.RegisterSourceOutput(toEmit, static (spc, model) =>
            {
                var source = Guard(() => SummaryEmitter.Emit(model!));
                if (source != null) spc.AddSource(model!.HintName, source);
            });
        }

        /// <summary>
        /// The member as the parser reads it, plus whether its file's C# has <c>#nullable</c> (C# 8; a netstandard2.0
        /// project defaults to C# 7.3). Read from the member's own tree here rather than combined in from the parse
        /// options: the pipeline then carries only reference types, whose generic code the compiler ships precompiled.
        /// </summary>
        private static ModelTargetInfo? ParseTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
            Guard(() =>
            {
                var target = ModelTargetParser.Parse(context.TargetNode, context.TargetSymbol, context.SemanticModel, keepLocations: false, cancellationToken);
                bool nullable = context.TargetNode.SyntaxTree.Options is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8;
                return nullable ? target : target with { NullableDirective = false };
            });

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
