using System.Collections.Generic;
using System.Threading;
using KerasDsl.Analyzers.Diagnostics;
using KerasDsl.Analyzers.Evaluation;
using KerasDsl.Analyzers.Interpretation;
using KerasDsl.Analyzers.Lowering;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Parser;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Reporting
{
    /// <summary>
    /// The analyzer's diagnostics for code that builds models, from the one evaluator the generator uses. A [KerasModel]
    /// member is lowered and run as the generator runs it (a stop is an Info, KD0011, and the member gets KD0012); any other
    /// code is run leniently (unknown values instead of stops), so each model it builds from constants is checked.
    /// </summary>
    internal static class ModelReporter
    {
        /// <summary>KD0015 and KD0020, from the member's symbol and declarations (cheap: syntax and symbol only).</summary>
        public static void AnalyzeMember(SymbolAnalysisContext context)
        {
            var symbol = context.Symbol;
            if (!RuntimeApi.HasKerasModelAttribute(symbol)) return;
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax(context.CancellationToken);
                var location = ModelTargetParser.MemberName(node).GetLocation();
                var (_, reason) = ModelTargetParser.Check(node, symbol);
                if (reason != null)
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidModelTarget, location, Messages.InvalidTarget(symbol.Name, reason)));
                else if (symbol is IFieldSymbol { IsReadOnly: false, IsConst: false })
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MutableModelField, location, Messages.MutableField(symbol.Name)));
            }
        }

        public static void AnalyzeBlock(OperationBlockAnalysisContext context, RuntimeApi api)
        {
            var member = TargetMember(context.OwningSymbol);
            foreach (var block in context.OperationBlocks)
            {
                if (!IsCode(block)) continue;
                // A [KerasModel] member is evaluated whatever it calls (its model may come from a helper); other code only
                // when it calls KerasDsl itself (a helper it calls is checked from its caller).
                if (member != null && TargetBody(member, block, context.CancellationToken) is { } node)
                    AnalyzeTarget(context, api, member, node, block);
                else if (member == null && CallsRuntime(block, api))
                    AnalyzeCode(context, api, block);
            }
        }

        /// <summary>The [KerasModel] member whose code a block is: the field, the property (of its getter) or the method.</summary>
        private static ISymbol? TargetMember(ISymbol owner)
        {
            var member = owner is IMethodSymbol { MethodKind: MethodKind.PropertyGet } getter ? getter.AssociatedSymbol : owner;
            return member != null && RuntimeApi.HasKerasModelAttribute(member) ? member : null;
        }

        /// <summary>The member's declaration, when <paramref name="block"/> is its usable body (KD0015 otherwise, reported apart).</summary>
        private static SyntaxNode? TargetBody(ISymbol member, IOperation block, CancellationToken cancellationToken)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax(cancellationToken);
                var (body, reason) = ModelTargetParser.Check(node, member);
                if (reason == null && body != null && body.Span.Contains(block.Syntax.Span)) return node;
            }
            return null;
        }

        private static bool IsCode(IOperation block) =>
            block is IMethodBodyOperation or IBlockOperation or IFieldInitializerOperation or IPropertyInitializerOperation or IConstructorBodyOperation;

        /// <summary>Whether the block calls KerasDsl at all: most code does not, and costs only this walk.</summary>
        private static bool CallsRuntime(IOperation block, RuntimeApi api)
        {
            foreach (var operation in block.Descendants())
                if (operation is IInvocationOperation invocation && api.IsRuntimeType(invocation.TargetMethod.ContainingType)) return true;
            return false;
        }

        private static void AnalyzeTarget(OperationBlockAnalysisContext context, RuntimeApi api, ISymbol member, SyntaxNode node, IOperation block)
        {
            var tree = node.SyntaxTree;
            var memberLocation = ModelTargetParser.MemberName(node).GetLocation();
            var program = ModelTargetParser.Lower(block, member, api, context.Compilation, keepLocations: true, context.CancellationToken);
            var evaluation = Interpreter.Evaluate(program, context.CancellationToken);
            ReportCommon(context, evaluation, tree);

            if (evaluation.Stop is { } stop)
            {
                if (stop.Kind != StopKind.Refusal)
                {
                    Report(context, DiagnosticDescriptors.NotConstant, Locate(stop.Span, tree, memberLocation), Messages.Stopped(stop, member.Name));
                    Report(context, DiagnosticDescriptors.ModelNotEvaluated, memberLocation,
                        Messages.NotEvaluated(member.Name, $"the compiler stops at {stop.What}" + (stop.Path.Length == 0 ? "" : " (" + stop.Path + ")") + "; see KD0011."));
                }
                return;
            }
            if (!(evaluation.Value is SequentialValue || evaluation.Value is ModelValue))
            {
                Report(context, DiagnosticDescriptors.ModelNotEvaluated, memberLocation, Messages.NotAModel(member.Name, Describe(evaluation.Value)));
                return;
            }
            try
            {
                var summary = evaluation.Value is SequentialValue s ? s.Model.Summarize() : ((ModelValue)evaluation.Value!).Model.Summarize();
                Report(context, DiagnosticDescriptors.ModelSummary, memberLocation, Messages.ModelSummary(summary));
            }
            catch (KerasModelException e)
            {
                Report(context, e.Id, memberLocation, e.Message);
            }
        }

        /// <summary>Ordinary code, and each lambda in it (a lambda's body runs when called: its own program, its inputs unknown).</summary>
        private static void AnalyzeCode(OperationBlockAnalysisContext context, RuntimeApi api, IOperation block)
        {
            AnalyzeBody(context, api, block);
            foreach (var operation in block.Descendants())
                if (operation is IAnonymousFunctionOperation lambda && CallsRuntime(lambda.Body, api))
                    AnalyzeBody(context, api, lambda.Body);
        }

        private static void AnalyzeBody(OperationBlockAnalysisContext context, RuntimeApi api, IOperation block)
        {
            var tree = block.Syntax.SyntaxTree;
            var program = ModelTargetParser.Lower(block, context.OwningSymbol, api, context.Compilation, keepLocations: true, context.CancellationToken);
            var evaluation = Interpreter.Evaluate(program, lenient: true, context.CancellationToken);
            ReportCommon(context, evaluation, tree);
            var reported = new HashSet<SourceSpan>();
            foreach (var unknown in evaluation.UnknownInputs)
                if (reported.Add(unknown.Span))
                    Report(context, DiagnosticDescriptors.NotConstant, unknown.Span.ToLocation(tree), Messages.UnknownInput(unknown));
            if (evaluation.Stop is { Kind: not StopKind.Refusal } stop)
                Report(context, DiagnosticDescriptors.NotConstant, Locate(stop.Span, tree, block.Syntax.GetLocation()), Messages.Stopped(stop, "The model"));
            // Each model the code builds gets its tooltip at its Sequential() or Model() call; one without an input shape is legal here.
            foreach (var (root, model) in evaluation.Models)
            {
                try
                {
                    var summary = model is SequentialValue s ? (s.Model.IsBuilt ? s.Model.Summarize() : null) : ((ModelValue)model).Model.Summarize();
                    if (summary != null) Report(context, DiagnosticDescriptors.ModelSummary, root.ToLocation(tree), Messages.ModelSummary(summary));
                }
                catch (KerasModelException e) when (e.Id != Core.Diagnostics.MissingInputShapeId)
                {
                    Report(context, e.Id, root.ToLocation(tree), e.Message);
                }
                catch (KerasModelException)
                {
                }
            }
        }

        /// <summary>A refusal where the runtime would throw it, Keras's warnings, and the per-layer tooltips (when someone can see them).</summary>
        private static void ReportCommon(OperationBlockAnalysisContext context, Interpretation.Evaluation evaluation, SyntaxTree tree)
        {
            if (Visibility.CanBeSeen(DiagnosticDescriptors.LayerSummary, tree, context.Compilation, context.CancellationToken))
                foreach (var (span, node) in evaluation.Layers)
                    if (node.Output != null)
                        Report(context, DiagnosticDescriptors.LayerSummary, span.ToLocation(tree), Messages.LayerSummary(node));
            foreach (var (span, id, message) in evaluation.Warnings)
                Report(context, id, span.ToLocation(tree), message);
            if (evaluation.Stop is { Kind: StopKind.Refusal, Refusal: { } refusal } stop && DiagnosticDescriptors.TryGet(refusal.Id, out var descriptor))
            {
                // What the code fixes need (analyzers/KerasDsl.CodeFixes) travels with the diagnostic.
                var (additional, properties) = RefusalFixData.For(stop, evaluation, tree);
                context.ReportDiagnostic(Diagnostic.Create(descriptor, stop.Span.ToLocation(tree), additional, properties,
                    stop.Path.Length == 0 ? refusal.Message : refusal.Message + " (" + stop.Path + ")"));
            }
        }

        private static Location Locate(SourceSpan span, SyntaxTree tree, Location fallback) => span.IsNone ? fallback : span.ToLocation(tree);

        private static string Describe(object? value) =>
            value switch
            {
                null => "null",
                TensorValue _ => "a Tensor",
                LayerValue _ => "a layer",
                _ => "a " + value.GetType().Name.Replace("Value", "").ToLowerInvariant(),
            };

        private static void Report(OperationBlockAnalysisContext context, string id, Location location, string message)
        {
            if (DiagnosticDescriptors.TryGet(id, out var descriptor)) Report(context, descriptor, location, message);
        }

        private static void Report(OperationBlockAnalysisContext context, DiagnosticDescriptor descriptor, Location location, string message) =>
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, message));
    }
}
