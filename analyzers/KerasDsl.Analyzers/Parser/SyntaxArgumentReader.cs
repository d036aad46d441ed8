using System;
using System.Threading;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// Reads one call's arguments from its syntax, given the method the call binds to: the records
    /// <see cref="ArgumentReader"/> reads from the operation tree, without the operation tree. Most
    /// arguments are literals and most parameters are left at their defaults (an LSTM has over 20), and
    /// the operation tree spells out every default as its own argument, bound value and symbols. Only
    /// what syntax tells for certain is accepted: literals of a type C# converts implicitly to the
    /// parameter's, negated literals, tuples of int literals and nulls, <c>default</c>, nested factories,
    /// named and positional arguments, the method's defaults. Anything else (a const, arithmetic, a
    /// literal C# would refuse) returns null, and the caller reads that call through the operation
    /// tree, which handles all of C# and says where and why evaluation stops. ChainReaderParityTests
    /// hold the two to the same records.
    /// </summary>
    internal sealed class SyntaxArgumentReader
    {
        private readonly KerasApi api;
        private readonly Func<InvocationExpressionSyntax, string, IMethodSymbol?>? resolveFactory;
        private readonly CancellationToken cancellationToken;

        /// <param name="resolveFactory">
        /// For code not bound (the generator's syntax reader): the Keras factory a call such as <c>LSTM(8)</c> inside
        /// <c>Bidirectional(...)</c> binds to, given the call and its method name, or null when it binds to anything
        /// else. Null for bound code, where the enclosing call's operation says what the factory call binds to.
        /// </param>
        public SyntaxArgumentReader(KerasApi api, Func<InvocationExpressionSyntax, string, IMethodSymbol?>? resolveFactory, CancellationToken cancellationToken)
        {
            this.api = api;
            this.resolveFactory = resolveFactory;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>
        /// The arguments of a call of <paramref name="method"/> written as <paramref name="list"/>, in
        /// <see cref="CallArguments"/>' order; null when syntax alone cannot say for certain.
        /// </summary>
        /// <param name="bound">The call's operation when the code is bound: a nested factory call is then looked up among its arguments.</param>
        public Arg[]? ReadArguments(IMethodSymbol method, ArgumentListSyntax list, IInvocationOperation? bound = null)
        {
            var parameters = api.Parameters(method);
            if (list.Arguments.Count > parameters.Count) return null;
            var given = new ExpressionSyntax?[parameters.Count];
            bool named = false;
            for (int i = 0; i < list.Arguments.Count; i++)
            {
                var argument = list.Arguments[i];
                if (argument.RefKindKeyword.RawKind != (int)SyntaxKind.None) return null;
                int ordinal;
                if (argument.NameColon != null)
                {
                    named = true;
                    ordinal = parameters.IndexOf(argument.NameColon.Name.Identifier.ValueText);
                }
                else
                {
                    if (named) return null; // a positional argument after a named one: leave C#'s rules to the compiler
                    ordinal = i;
                }
                if (ordinal < 0 || given[ordinal] != null) return null;
                given[ordinal] = argument.Expression;
            }

            var args = new CallArguments(parameters.Count);
            for (int i = 0; i < parameters.Count; i++)
            {
                Arg? arg;
                if (given[i] == null)
                {
                    arg = parameters.Defaults[i]; // shared: one record per method and parameter
                }
                else
                {
                    var value = ReadValue(given[i]!, parameters.Kinds[i], parameters.AcceptsNull[i], bound);
                    arg = value == null ? null : new Arg(parameters.Names[i], value);
                }
                if (arg == null) return null;
                args.Add(arg);
            }
            return args.ToArray();
        }

        /// <summary>A value as the operation reader reads the same argument: shaped by the parameter's type, as C# converts it.</summary>
        private ArgValue? ReadValue(ExpressionSyntax expression, ParameterKind kind, bool acceptsNull, IInvocationOperation? bound)
        {
            cancellationToken.ThrowIfCancellationRequested();
            expression = Unparenthesize(expression);
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    switch (literal.Kind())
                    {
                        case SyntaxKind.NumericLiteralExpression:
                            return Number(literal.Token.Value, kind, negate: false);
                        case SyntaxKind.StringLiteralExpression:
                            return kind == ParameterKind.String ? ArgValue.Of((string)literal.Token.Value!) : null;
                        case SyntaxKind.TrueLiteralExpression:
                        case SyntaxKind.FalseLiteralExpression:
                            return kind == ParameterKind.Boolean ? ArgValue.Of(literal.IsKind(SyntaxKind.TrueLiteralExpression)) : null;
                        case SyntaxKind.NullLiteralExpression:
                            return acceptsNull ? ArgValue.Null : null;
                        case SyntaxKind.DefaultLiteralExpression:
                            return kind == ParameterKind.ArgumentStruct ? ArgValue.Null : null;
                    }
                    return null;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } operand }:
                    return Number(operand.Token.Value, kind, negate: true);
                case DefaultExpressionSyntax _:
                    // default(T) for the parameter's own type is "not given"; any other T is left to the compiler.
                    return null;
                case TupleExpressionSyntax tuple when kind == ParameterKind.ArgumentStruct:
                    return TupleOf(tuple);
                case InvocationExpressionSyntax factory when kind == ParameterKind.LayerSpec:
                    var call = ReadFactory(factory, bound);
                    return call == null ? null : ArgValue.Of(call);
            }
            return null;
        }

        /// <summary>An argument struct's tuple (Size, InputShape, Margins): int literals, nulls, and nested tuples.</summary>
        private static ArgValue? TupleOf(TupleExpressionSyntax tuple)
        {
            var items = new ArgValue[tuple.Arguments.Count];
            for (int i = 0; i < items.Length; i++)
            {
                var element = Unparenthesize(tuple.Arguments[i].Expression);
                ArgValue? item = element switch
                {
                    LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } => ArgValue.Null,
                    LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal => Int(literal.Token.Value, negate: false),
                    PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } operand } => Int(operand.Token.Value, negate: true),
                    TupleExpressionSyntax inner => TupleOf(inner),
                    _ => null,
                };
                if (item == null) return null;
                items[i] = item;
            }
            return ArgValue.Tuple(items);
        }

        /// <summary>A static factory such as <c>LSTM(64, returnSequences: true)</c>, as the runtime's <c>LayerSpec.Call</c>.</summary>
        private LayerCall? ReadFactory(InvocationExpressionSyntax factory, IInvocationOperation? bound)
        {
            string? name = factory.Expression switch
            {
                IdentifierNameSyntax id => id.Identifier.ValueText,
                MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax id } => id.Identifier.ValueText,
                _ => null,
            };
            if (name == null || !LayerCatalog.TryGet(name, out _)) return null;
            IInvocationOperation? operation = null;
            IMethodSymbol? method;
            if (bound != null)
            {
                operation = FactoryOperation(bound, factory);
                method = operation?.TargetMethod is { } target && target.Name == name && KerasSymbols.IsLayerFactory(target) ? target : null;
            }
            else
            {
                method = resolveFactory?.Invoke(factory, name);
            }
            if (method == null) return null;
            var args = ReadArguments(method, factory.ArgumentList, operation);
            return args == null ? null : new LayerCall(name, args);
        }

        /// <summary>
        /// The operation of the factory call written as <paramref name="factory"/>, among the arguments of the bound call
        /// that holds it (a tree the compiler has already built): what the call binds to, with no lookup.
        /// </summary>
        private static IInvocationOperation? FactoryOperation(IInvocationOperation call, InvocationExpressionSyntax factory)
        {
            foreach (var argument in call.Arguments)
            {
                var value = argument.Value;
                while (value is IConversionOperation { IsImplicit: true } conversion) value = conversion.Operand;
                if (value is IInvocationOperation invocation && invocation.Syntax == factory) return invocation;
            }
            return null;
        }

        /// <summary>
        /// A numeric literal for a parameter of type <paramref name="target"/>, when C# converts the literal's type to it
        /// implicitly (an int literal for an int; not a long, nor a double for a float): otherwise the call does not
        /// compile, and the compiler, not a value read anyway, must have the last word.
        /// </summary>
        private static ArgValue? Number(object? value, ParameterKind kind, bool negate)
        {
            switch (kind)
            {
                case ParameterKind.Int32:
                case ParameterKind.ArgumentStruct: // InputShape, Size and Margins convert implicitly from an int
                    return Int(value, negate);
                case ParameterKind.Int64:
                    long? l = value switch { int i => i, uint u => u, long x => x, _ => (long?)null };
                    return l == null ? null : ArgValue.Of(negate ? -l.Value : l.Value);
                case ParameterKind.Double:
                case ParameterKind.Single:
                    bool single = kind == ParameterKind.Single;
                    double? d = value switch { int i => i, uint u => u, long x => x, ulong ul => ul, float f => (double)f, double x when !single => x, _ => (double?)null };
                    if (d == null) return null;
                    // A float parameter rounds the value as C# does; the operation reader sees that rounded constant.
                    double v = negate ? -d.Value : d.Value;
                    return ArgValue.Of(single ? (float)v : v);
            }
            return null;
        }

        /// <summary>An int literal (so not <c>-2147483648</c>, whose 2147483648 is a uint: the operation reader has it).</summary>
        private static ArgValue? Int(object? value, bool negate) =>
            value is int i ? ArgValue.Of(negate ? -(long)i : i) : null;

        internal static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax p) expression = p.Expression;
            return expression;
        }
    }
}
