using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// The generator's fast path: reads a <c>[KerasModel]</c> chain from syntax, with the layer methods'
    /// parameters taken from the runtime's metadata and names resolved by C#'s own rules,
    /// binding only the root call and the factory calls (speculatively, each alone), not the initializer. Binding it (<see cref="SemanticModel.GetOperation"/>) was about
    /// 70 % of the generator's time, and the compiler binds it again for its own compilation anyway.
    /// It only accepts what it can read for certain: literals, negated literals, tuples of them,
    /// <c>default</c>, nested factories, named and positional arguments, the methods' defaults. Anything
    /// else (a const, arithmetic, Add, a name that binds to something else) returns null, and the
    /// caller reads the chain through the operation tree (<see cref="ChainParser"/>), which handles all
    /// of C#. ChainReaderParityTests hold the two readers to the same records.
    /// </summary>
    internal sealed class SyntaxChainReader
    {
        private readonly KerasApi api;
        private readonly SemanticModel semanticModel;
        private readonly int position;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<string, bool> resolved;

        /// <summary>
        /// What each name binds to at a type's scope, per semantic model (one tree, one compilation): every
        /// [KerasModel] of a type resolves <c>Sequential</c> and its factories at the same position, so the
        /// speculative binding, the reader's main cost, is done once per type and name rather than once per model.
        /// Weakly keyed: the table goes with the semantic model.
        /// </summary>
        private static readonly ConditionalWeakTable<SemanticModel, Dictionary<int, Dictionary<string, bool>>> ResolvedByScope =
            new ConditionalWeakTable<SemanticModel, Dictionary<int, Dictionary<string, bool>>>();

        private SyntaxChainReader(KerasApi api, SemanticModel semanticModel, int position, CancellationToken cancellationToken)
        {
            this.api = api;
            this.semanticModel = semanticModel;
            this.position = position;
            this.cancellationToken = cancellationToken;
            var scopes = ResolvedByScope.GetValue(semanticModel, _ => new Dictionary<int, Dictionary<string, bool>>());
            lock (scopes)
            {
                if (!scopes.TryGetValue(position, out resolved!))
                    scopes[position] = resolved = new Dictionary<string, bool>(StringComparer.Ordinal);
            }
        }

        /// <summary>The chain <paramref name="value"/> builds, or null when syntax alone cannot say for certain.</summary>
        public static ChainInfo? TryRead(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var api = KerasApi.For(semanticModel.Compilation);
            // Names are resolved just inside the containing type's body, outside any member: the scope of a
            // [KerasModel] initializer or expression body is the type's, and a position inside a member would
            // make Roslyn bind that member's whole initializer first, the very cost this reader avoids.
            var type = value.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (api == null || type == null || type.OpenBraceToken.IsMissing) return null;
            return new SyntaxChainReader(api, semanticModel, type.OpenBraceToken.Span.End, cancellationToken).Read(value);
        }

        private ChainInfo? Read(ExpressionSyntax value)
        {
            var links = new List<(string Name, ArgumentListSyntax Arguments)>();
            var current = Unparenthesize(value);
            // A link is .Name(...) on a call; Keras.Sequential() is the root, whose receiver is a type, not a call.
            while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } access } link &&
                   Unparenthesize(access.Expression) is InvocationExpressionSyntax)
            {
                cancellationToken.ThrowIfCancellationRequested();
                links.Add((name.Identifier.ValueText, link.ArgumentList));
                current = Unparenthesize(access.Expression);
            }
            if (!(current is InvocationExpressionSyntax root) || !IsCallOf(root, "Sequential") ||
                !IsKerasMethod(root, "Sequential", KerasSymbols.IsSequentialFactory)) return null;
            links.Reverse();

            var rootArgs = ReadArguments(api.SequentialFactory, root.ArgumentList);
            if (rootArgs == null) return null;
            string? modelName = null;
            foreach (var arg in rootArgs)
                if (arg.Name == "name" && arg.Value.Kind == ArgKind.String) modelName = arg.Value.Text;

            var layers = new LayerInfo[links.Count];
            for (int i = 0; i < links.Count; i++)
            {
                // Add(...) and methods that are not Core layers are left to the operation reader.
                if (!api.LayerMethods.TryGetValue(links[i].Name, out var method) || !LayerCatalog.TryGet(links[i].Name, out _)) return null;
                var args = ReadArguments(method, links[i].Arguments);
                if (args == null) return null;
                layers[i] = new LayerInfo(new LayerCall(links[i].Name, args), SourceSpan.None);
            }
            return new ChainInfo(modelName, SourceSpan.None, new EquatableArray<LayerInfo>(layers), null);
        }

        /// <summary>As <see cref="ArgumentReader.ReadArguments"/>, in <see cref="CallArguments"/>' order.</summary>
        private Arg[]? ReadArguments(IMethodSymbol method, ArgumentListSyntax list)
        {
            var parameters = method.Parameters;
            var given = new ExpressionSyntax?[parameters.Length];
            bool named = false;
            for (int i = 0; i < list.Arguments.Count; i++)
            {
                var argument = list.Arguments[i];
                if (argument.RefKindKeyword.RawKind != (int)SyntaxKind.None) return null;
                int ordinal;
                if (argument.NameColon != null)
                {
                    named = true;
                    ordinal = IndexOf(parameters, argument.NameColon.Name.Identifier.ValueText);
                }
                else
                {
                    if (named) return null; // a positional argument after a named one: leave C#'s rules to the compiler
                    ordinal = i;
                }
                if (ordinal < 0 || ordinal >= given.Length || given[ordinal] != null) return null;
                given[ordinal] = argument.Expression;
            }

            // Most parameters are left at their defaults (an LSTM has over 20): those records are shared, made once per method.
            var defaults = api.DefaultArgs(method);
            var args = new CallArguments(parameters.Length);
            for (int i = 0; i < parameters.Length; i++)
            {
                Arg? arg;
                if (given[i] == null)
                {
                    arg = defaults[i];
                }
                else
                {
                    var value = ReadValue(given[i]!, parameters[i].Type);
                    arg = value == null ? null : new Arg(parameters[i].Name, value);
                }
                if (arg == null) return null;
                args.Add(arg);
            }
            return args.ToArray();
        }

        /// <summary>A value as the operation reader reads the same argument: shaped by the parameter's type, as C# converts it.</summary>
        private ArgValue? ReadValue(ExpressionSyntax expression, ITypeSymbol type)
        {
            cancellationToken.ThrowIfCancellationRequested();
            expression = Unparenthesize(expression);
            var target = Underlying(type);
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    switch (literal.Kind())
                    {
                        case SyntaxKind.NumericLiteralExpression:
                            return Number(literal.Token.Value, target, negate: false);
                        case SyntaxKind.StringLiteralExpression:
                            return target.SpecialType == SpecialType.System_String ? ArgValue.Of((string)literal.Token.Value!) : null;
                        case SyntaxKind.TrueLiteralExpression:
                        case SyntaxKind.FalseLiteralExpression:
                            return target.SpecialType == SpecialType.System_Boolean ? ArgValue.Of(literal.IsKind(SyntaxKind.TrueLiteralExpression)) : null;
                        case SyntaxKind.NullLiteralExpression:
                            return type.IsReferenceType || IsNullable(type) ? ArgValue.Null : null;
                        case SyntaxKind.DefaultLiteralExpression:
                            return KerasSymbols.IsArgumentStruct(type) ? ArgValue.Null : null;
                    }
                    return null;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } operand }:
                    return Number(operand.Token.Value, target, negate: true);
                case DefaultExpressionSyntax _:
                    return KerasSymbols.IsArgumentStruct(type) ? ArgValue.Null : null;
                case TupleExpressionSyntax tuple when KerasSymbols.IsArgumentStruct(type):
                    return TupleOf(tuple);
                case InvocationExpressionSyntax factory when KerasSymbols.IsKerasDslType(target, "LayerSpec"):
                    var call = ReadFactory(factory);
                    return call == null ? null : ArgValue.Of(call);
            }
            return null;
        }

        /// <summary>An argument struct's tuple (Size, InputShape, Margins): ints, nulls, and nested tuples.</summary>
        private static ArgValue? TupleOf(TupleExpressionSyntax tuple)
        {
            var items = new ArgValue[tuple.Arguments.Count];
            for (int i = 0; i < items.Length; i++)
            {
                var element = Unparenthesize(tuple.Arguments[i].Expression);
                ArgValue? item = element switch
                {
                    LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } => ArgValue.Null,
                    LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal => Integer(literal.Token.Value, negate: false),
                    PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } operand } => Integer(operand.Token.Value, negate: true),
                    TupleExpressionSyntax inner => TupleOf(inner),
                    _ => null,
                };
                if (item == null) return null;
                items[i] = item;
            }
            return ArgValue.Tuple(items);
        }

        private LayerCall? ReadFactory(InvocationExpressionSyntax factory)
        {
            string? name = factory.Expression switch
            {
                IdentifierNameSyntax id => id.Identifier.ValueText,
                MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax id } => id.Identifier.ValueText,
                _ => null,
            };
            if (name == null || !api.Factories.TryGetValue(name, out var method) || !LayerCatalog.TryGet(name, out _)) return null;
            if (!IsKerasMethod(factory, name, KerasSymbols.IsLayerFactory)) return null;
            var args = ReadArguments(method, factory.ArgumentList);
            return args == null ? null : new LayerCall(name, args);
        }

        /// <summary>
        /// True when the call <paramref name="invocation"/> binds to <c>KerasDsl.Keras.Name</c> here. The call
        /// alone is bound speculatively (its arguments are literals), with C#'s own rules for simple names in
        /// invocations, using static, aliases and shadowing; the chain around it is not bound. One name has
        /// one method in the API, so the answer is kept per qualifier and name for the type's scope (the
        /// arguments are checked by <see cref="ReadArguments"/>, not by this binding).
        /// </summary>
        private bool IsKerasMethod(InvocationExpressionSyntax invocation, string name, Func<IMethodSymbol, bool> expected)
        {
            string key = (invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression.ToString() + "." : "") + name;
            lock (resolved)
            {
                if (resolved.TryGetValue(key, out var known)) return known;
            }
            var symbol = semanticModel.GetSpeculativeSymbolInfo(position, invocation, SpeculativeBindingOption.BindAsExpression).Symbol;
            bool ok = symbol is IMethodSymbol method && method.Name == name && expected(method);
            lock (resolved)
            {
                resolved[key] = ok;
            }
            return ok;
        }

        /// <summary><c>Name(...)</c> or <c>X.Name(...)</c>: what the speculative binding then resolves.</summary>
        private static bool IsCallOf(InvocationExpressionSyntax invocation, string name) =>
            invocation.Expression is IdentifierNameSyntax id ? id.Identifier.ValueText == name
            : invocation.Expression is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax member } && member.Identifier.ValueText == name;

        private static ArgValue? Number(object? value, ITypeSymbol target, bool negate)
        {
            switch (target.SpecialType)
            {
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                    return Integer(value, negate);
                case SpecialType.System_Double:
                case SpecialType.System_Single:
                    double? d = value switch { int i => i, uint u => u, long l => l, ulong ul => ul, double x => x, float f => (double)f, _ => (double?)null };
                    if (d == null) return null;
                    // A float parameter rounds the literal as C# does; the operation reader sees that rounded constant.
                    double v = target.SpecialType == SpecialType.System_Single ? (float)d.Value : d.Value;
                    return ArgValue.Of(negate ? -v : v);
            }
            return KerasSymbols.IsArgumentStruct(target) ? Integer(value, negate) : null;
        }

        private static ArgValue? Integer(object? value, bool negate)
        {
            long? n = value switch { int i => i, uint u => u, long l => l, ulong ul when ul <= long.MaxValue => (long)ul, _ => (long?)null };
            if (n == null) return null;
            return ArgValue.Of(negate ? -n.Value : n.Value);
        }

        private static ITypeSymbol Underlying(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

        private static bool IsNullable(ITypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

        private static int IndexOf(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, string name)
        {
            for (int i = 0; i < parameters.Length; i++) if (parameters[i].Name == name) return i;
            return -1;
        }

        private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax p) expression = p.Expression;
            return expression;
        }
    }

    /// <summary>The runtime's layer methods and factories, from metadata, once per compilation; only names with one overload.</summary>
    internal sealed class KerasApi
    {
        private static readonly ConditionalWeakTable<Compilation, KerasApi?[]> Cache = new ConditionalWeakTable<Compilation, KerasApi?[]>();

        private KerasApi(IMethodSymbol sequentialFactory, Dictionary<string, IMethodSymbol> layerMethods, Dictionary<string, IMethodSymbol> factories)
        {
            SequentialFactory = sequentialFactory;
            LayerMethods = layerMethods;
            Factories = factories;
        }

        public IMethodSymbol SequentialFactory { get; }
        public Dictionary<string, IMethodSymbol> LayerMethods { get; }
        public Dictionary<string, IMethodSymbol> Factories { get; }

        private readonly System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, Arg?[]> defaults =
            new System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, Arg?[]>(SymbolEqualityComparer.Default);

        /// <summary>
        /// Per parameter of <paramref name="method"/>, the record of its default value (Arg is immutable, so one
        /// serves every call), or null for a parameter without one.
        /// </summary>
        public Arg?[] DefaultArgs(IMethodSymbol method) =>
            defaults.GetOrAdd(method, m =>
            {
                var result = new Arg?[m.Parameters.Length];
                for (int i = 0; i < result.Length; i++)
                    result[i] = ArgumentReader.FromDefault(m.Parameters[i]) is { } value ? new Arg(m.Parameters[i].Name, value) : null;
                return result;
            });

        public static KerasApi? For(Compilation compilation) => Cache.GetValue(compilation, c => new[] { Create(c) })[0];

        private static KerasApi? Create(Compilation compilation)
        {
            var runtime = KerasSymbols.FindRuntime(compilation);
            var sequential = runtime?.GetTypeByMetadataName(KerasSymbols.SequentialType);
            var keras = runtime?.GetTypeByMetadataName("KerasDsl.Keras");
            if (sequential == null || keras == null) return null;
            var layerMethods = Unique(sequential.GetMembers(), KerasSymbols.IsChainMethod);
            var factories = Unique(keras.GetMembers(), KerasSymbols.IsLayerFactory);
            var roots = Unique(keras.GetMembers(), KerasSymbols.IsSequentialFactory);
            return roots.TryGetValue("Sequential", out var root) ? new KerasApi(root, layerMethods, factories) : null;
        }

        private static Dictionary<string, IMethodSymbol> Unique(System.Collections.Immutable.ImmutableArray<ISymbol> members, Func<IMethodSymbol, bool> keep)
        {
            var byName = new Dictionary<string, IMethodSymbol>(StringComparer.Ordinal);
            var overloaded = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                if (!(member is IMethodSymbol { DeclaredAccessibility: Accessibility.Public, MethodKind: MethodKind.Ordinary, IsGenericMethod: false } method) || !keep(method)) continue;
                if (byName.ContainsKey(method.Name)) overloaded.Add(method.Name);
                else byName[method.Name] = method;
            }
            foreach (var name in overloaded) byName.Remove(name);
            return byName;
        }
    }
}
