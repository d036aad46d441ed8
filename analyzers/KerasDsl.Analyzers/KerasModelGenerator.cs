using System;
using System.Threading;
using KerasDsl.Analyzers.Emitter;
using KerasDsl.Analyzers.Evaluation;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Parser;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KerasDsl.Analyzers
{
    /// <summary>
    /// For each [KerasModel] member, a nested <c>&lt;Member&gt;Summary</c> class of constants. Parse (lower the member's bound
    /// code, and the helpers it calls, to a plain-value program) → evaluate (run the program with Core) → emit. The transform
    /// runs again on every edit, as Roslyn's ForAttributeWithMetadataName does for every target; the evaluation and the
    /// emission run only for a program that changed. It reports only its own failures (KD0019): <see cref="KerasModelAnalyzer"/>
    /// reports the models' diagnostics, so they show in the IDE's live analysis.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class KerasModelGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Lowering.RuntimeApi.KerasModelAttribute,
                    static (node, _) => node is VariableDeclaratorSyntax || node is PropertyDeclarationSyntax || node is MethodDeclarationSyntax,
                    static (ctx, ct) => ParseTarget(ctx, ct))
                .WithTrackingName(TrackingNames.ModelTargets);

            var facts = targets
                .Select(static (target, ct) => Evaluate(target, ct))
                .WithTrackingName(TrackingNames.ModelFacts);

            // The enumerable list of every model's summary: an entry holds names only (the counts are the constants it refers
            // to), so editing a model's layers leaves the list's entries equal and its file cached.
            var listEntries = facts
                .Where(static result => result.Model != null)
                .Select(static (result, _) => ModelListEmitter.Entry(result.Model!))
                .WithTrackingName(TrackingNames.ModelListEntries)
                .Collect();
            context.RegisterSourceOutput(listEntries, static (spc, entries) =>
            {
                if (entries.IsEmpty) return;
                try
                {
                    spc.AddSource(HintNames.ModelList, ModelListEmitter.Emit(entries));
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    UnexpectedExceptions.Swallowed(e);
                    spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.DiagnosticDescriptors.KerasDslFailed, Location.None,
                        Diagnostics.Messages.Failed("(the list of models)", "generator", Diagnostics.Messages.Describe(e))));
                }
            });

            context.RegisterSourceOutput(facts, static (spc, result) =>
            {
                if (result.Model == null) return;
                try
                {
                    spc.AddSource(result.Model.HintName, SummaryEmitter.Emit(result.Model));
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    UnexpectedExceptions.Swallowed(e);
                    spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.DiagnosticDescriptors.KerasDslFailed, Location.None,
                        Diagnostics.Messages.Failed(result.MemberName, "generator", Diagnostics.Messages.Describe(e))));
                }
            });

            // KD0019 at the member: only failures reach the compilation (to find the member where it is now), so the models
            // that succeed never depend on it and stay cached. Not a tracked step: it holds the compilation, by design, as the
            // last step before an output, and is empty unless KerasDsl failed.
            var failures = facts
                .Where(static result => result.Failure != null)
                .Combine(context.CompilationProvider);
            context.RegisterSourceOutput(failures, static (spc, pair) =>
            {
                var (result, compilation) = pair;
                var member = result.DeclarationId == null ? null : DocumentationCommentId.GetFirstSymbolForDeclarationId(result.DeclarationId, compilation);
                var location = member != null && member.Locations.Length > 0 ? member.Locations[0] : Location.None;
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.DiagnosticDescriptors.KerasDslFailed, location,
                    Diagnostics.Messages.Failed(result.MemberName, "generator", result.Failure!)));
            });
        }

        /// <summary>
        /// The member as the parser reads it, plus whether its file's C# has <c>#nullable</c> (C# 8; a netstandard2.0
        /// project defaults to C# 7.3).
        /// </summary>
        private static ModelTargetInfo ParseTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            try
            {
                var target = ModelTargetParser.Parse(context.TargetNode, context.TargetSymbol, context.SemanticModel, keepLocations: false, cancellationToken);
                bool nullable = context.TargetNode.SyntaxTree.Options is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8;
                return nullable ? target : target with { NullableDirective = false };
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                UnexpectedExceptions.Swallowed(e);
                return ModelTargetParser.Create(context.TargetNode, context.TargetSymbol, keepLocations: false, null, null) with { Failure = Diagnostics.Messages.Describe(e) };
            }
        }

        /// <summary>
        /// For the tests of KD0019 only: a member of this name makes the evaluation step throw, as a bug would. Nothing else sets
        /// it, and a user's member of that name is an ordinary one while it is null.
        /// </summary>
        internal static string? FailOnMemberForTests;

        private static FactsResult Evaluate(ModelTargetInfo target, CancellationToken cancellationToken)
        {
            if (target.Failure != null) return new FactsResult(target.MemberName, null, target.Failure) { DeclarationId = target.DeclarationId };
            try
            {
                if (FailOnMemberForTests != null && target.MemberName == FailOnMemberForTests)
                    throw new InvalidOperationException("a failure forced by the tests");
                return new FactsResult(target.MemberName, ModelFacts.For(target, cancellationToken), null);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                UnexpectedExceptions.Swallowed(e);
                return new FactsResult(target.MemberName, null, Diagnostics.Messages.Describe(e)) { DeclarationId = target.DeclarationId };
            }
        }

        /// <summary>What the evaluation step gives the emitter: the facts to write, or nothing, or KerasDsl's failure.</summary>
        internal sealed record FactsResult(string MemberName, GeneratedModelInfo? Model, string? Failure)
        {
            /// <summary>The failed member's documentation-comment ID, to report KD0019 at it (set on failures only).</summary>
            public string? DeclarationId { get; init; }
        }
    }
}
