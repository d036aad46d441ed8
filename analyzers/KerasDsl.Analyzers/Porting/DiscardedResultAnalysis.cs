using System.Collections.Immutable;
using KerasDsl.Analyzers.Diagnostics;
using KerasDsl.Analyzers.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Porting
{
    /// <summary>
    /// KD0021: a statement that calls a method of the runtime's immutable values (Sequential, Model, Tensor, LayerSpec) and
    /// throws away the new model or tensor it returns: <c>model.Add(Dense(16), input: 10000);</c>, Keras's <c>model.add</c>
    /// habit, leaves <c>model</c> as it was. One type test per expression statement: cheap enough for every statement.
    /// </summary>
    internal static class DiscardedResultAnalysis
    {
        public static void Analyze(OperationAnalysisContext context, RuntimeApi api)
        {
            var statement = (IExpressionStatementOperation)context.Operation;
            if (!(statement.Operation is IInvocationOperation invocation)) return;
            var method = invocation.TargetMethod;
            if (method.IsStatic || invocation.Instance == null || !api.IsModelValueType(method.ContainingType) || !api.IsModelValueType(method.ReturnType)) return;

            var root = ChainRoot(invocation, api);
            var assignable = root != null && IsAssignable(root) && SymbolEqualityComparer.Default.Equals(root.Type, method.ReturnType) ? root : null;
            var location = NameLocation(invocation);
            string message = Messages.DiscardedResult(method.ContainingType.Name, method.Name, method.ReturnType.Name,
                root?.Syntax.ToString(), assignable?.Syntax.ToString());
            context.ReportDiagnostic(assignable == null
                ? Diagnostic.Create(DiagnosticDescriptors.DiscardedResult, location, message)
                : Diagnostic.Create(DiagnosticDescriptors.DiscardedResult, location, new[] { assignable.Syntax.GetLocation() },
                    ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Fix, FixProperties.Assign), message));
        }

        /// <summary>
        /// The value a chain of the runtime's calls starts from: <c>model</c> in <c>model.Dense(4).Dense(2)</c>; null when the
        /// chain starts with a call (<c>Sequential().Dense(4)</c>: nothing holds the model).
        /// </summary>
        private static IOperation? ChainRoot(IInvocationOperation invocation, RuntimeApi api)
        {
            IOperation? current = invocation.Instance;
            while (current is IInvocationOperation { Instance: { } inner } call && api.IsModelValueType(call.TargetMethod.ContainingType))
                current = inner;
            return current is IInvocationOperation ? null : current;
        }

        /// <summary>A local, parameter or field that <c>x = ...;</c> may assign (not const, readonly, ref readonly, in, a using or foreach variable).</summary>
        private static bool IsAssignable(IOperation operation) =>
            operation switch
            {
                ILocalReferenceOperation { Local: var local } =>
                    !local.IsConst && !local.IsUsing && !local.IsForEach && !local.IsFixed && local.RefKind != RefKind.RefReadOnly,
                IParameterReferenceOperation { Parameter: var parameter } => parameter.RefKind is RefKind.None or RefKind.Ref or RefKind.Out,
                IFieldReferenceOperation { Field: var field } => !field.IsReadOnly && !field.IsConst,
                _ => false,
            };

        /// <summary>The called method's name (<c>Add</c> in <c>model.Add(...)</c>), where KerasDsl's diagnostics on calls are.</summary>
        private static Location NameLocation(IInvocationOperation invocation) =>
            invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }
                ? member.Name.GetLocation()
                : invocation.Syntax.GetLocation();
    }
}
