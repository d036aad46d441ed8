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
    /// parameters taken from the runtime's metadata and names resolved by C#'s own rules, binding only
    /// the root call and the factory calls (speculatively, each alone), not the initializer. Binding it
    /// (<see cref="SemanticModel.GetOperation"/>) was about 70 % of the generator's time, and the compiler
    /// binds it again for its own compilation anyway. The arguments are read by <see cref="SyntaxArgumentReader"/>;
    /// anything it cannot read for certain (a const, arithmetic), <c>Add</c>, or a name that binds to something
    /// else returns null, and the caller reads the chain through the operation tree (<see cref="ChainParser"/>),
    /// which handles all of C#. ChainReaderParityTests hold the two readers to the same records.
    /// </summary>
    internal sealed class SyntaxChainReader
    {
        private readonly KerasApi api;
        private readonly SemanticModel semanticModel;
        private readonly int position;
        private readonly CancellationToken cancellationToken;
        private readonly NameScope scope;
        private readonly SyntaxArgumentReader arguments;

        /// <summary>The names this read found bound to Keras's methods, for <see cref="SyntaxReadCache"/>.</summary>
        private readonly List<string> boundNames = new List<string>(4);

        private SyntaxChainReader(KerasApi api, SemanticModel semanticModel, TypeDeclarationSyntax type, int position, CancellationToken cancellationToken)
        {
            this.api = api;
            this.semanticModel = semanticModel;
            this.position = position;
            this.cancellationToken = cancellationToken;
            arguments = new SyntaxArgumentReader(api, ResolveFactory, cancellationToken);
            scope = NameScope.For(semanticModel, type, position);
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
            var reader = new SyntaxChainReader(api, semanticModel, type, type.OpenBraceToken.Span.End, cancellationToken);

            // A chain read before from the same text is reused when its names bind here as they did then.
            // The text from the file's own text (a substring): SyntaxNode.ToString() writes it token by token, at more than
            // the cost of reading the chain.
            string? text = value.ContainsDirectives ? null : value.SyntaxTree.GetText(cancellationToken).ToString(value.Span);
            var version = value.SyntaxTree.Options is CSharpParseOptions options ? options.LanguageVersion : LanguageVersion.Default;
            if (text != null && api.Reads.TryGet(text, version, out var known) && reader.AllBoundHere(known.Names)) return known.Chain;

            var chain = reader.Read(value);
            if (chain != null && text != null) api.Reads.Add(text, version, chain, reader.boundNames.ToArray());
            return chain;
        }

        /// <summary>Whether each of <paramref name="names"/> is known, at this scope, to bind to the Keras method.</summary>
        private bool AllBoundHere(string[] names)
        {
            foreach (var name in names)
                if (scope.Known(name) != true) return false;
            return true;
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

            var rootArgs = api.SequentialFactory is { } factory ? arguments.ReadArguments(factory, root.ArgumentList) : null;
            if (rootArgs == null) return null;
            string? modelName = null;
            foreach (var arg in rootArgs)
                if (arg.Name == "name" && arg.Value.Kind == ArgKind.String) modelName = arg.Value.Text;

            var layers = new LayerInfo[links.Count];
            for (int i = 0; i < links.Count; i++)
            {
                // Add(...) (Sequential.Add, not the Add merge layer) and methods that are not Core layers are left to the operation reader.
                if (links[i].Name == "Add" || !api.LayerMethods.TryGetValue(links[i].Name, out var method) || !LayerCatalog.TryGet(links[i].Name, out _)) return null;
                var args = arguments.ReadArguments(method, links[i].Arguments);
                if (args == null) return null;
                layers[i] = new LayerInfo(new LayerCall(links[i].Name, args), SourceSpan.None);
            }
            return new ChainInfo(modelName, SourceSpan.None, new EquatableArray<LayerInfo>(layers), null);
        }

        /// <summary>A factory call inside a layer's arguments: its method, when its name binds to that Keras factory here.</summary>
        private IMethodSymbol? ResolveFactory(InvocationExpressionSyntax factory, string name) =>
            api.Factories.TryGetValue(name, out var method) && IsKerasMethod(factory, name, KerasSymbols.IsLayerFactory) ? method : null;

        /// <summary>
        /// True when the call <paramref name="invocation"/> binds to <c>KerasDsl.Keras.Name</c> here. The called
        /// name alone is bound speculatively, with C#'s own rules for simple names, using static, aliases and
        /// shadowing; the chain around it is not bound. One name has
        /// one method in the API, so the answer is kept per qualifier and name for the type's scope (the
        /// arguments are checked by <see cref="SyntaxArgumentReader"/>, not by this binding).
        /// </summary>
        private bool IsKerasMethod(InvocationExpressionSyntax invocation, string name, Func<IMethodSymbol, bool> expected)
        {
            string key = (invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression.ToString() + "." : "") + name;
            if (scope.Known(key) is { } answer)
            {
                if (answer) boundNames.Add(key);
                return answer;
            }
            // First the name alone (the method group): when C#'s lookup for the name at this scope finds only the Keras
            // method (one overload per name in the API), the call binds to it, and binding the name skips overload
            // resolution and the defaults of some 20 parameters. Otherwise (a shadowing method, or a name that is also
            // a type, as Sequential is, which an invocation looks past) the call itself is bound, as C# binds it.
            var group = semanticModel.GetSpeculativeSymbolInfo(position, invocation.Expression, SpeculativeBindingOption.BindAsExpression);
            bool ok = (group.Symbol is { } single ? IsExpected(single, name, expected) : AllExpected(group.CandidateSymbols, name, expected)) ||
                      semanticModel.GetSpeculativeSymbolInfo(position, invocation, SpeculativeBindingOption.BindAsExpression).Symbol is { } bound && IsExpected(bound, name, expected);
            scope.Remember(key, ok);
            if (ok) boundNames.Add(key);
            return ok;
        }

        private static bool IsExpected(ISymbol symbol, string name, Func<IMethodSymbol, bool> expected) =>
            symbol is IMethodSymbol method && method.Name == name && expected(method);

        private static bool AllExpected(System.Collections.Immutable.ImmutableArray<ISymbol> candidates, string name, Func<IMethodSymbol, bool> expected)
        {
            if (candidates.IsDefaultOrEmpty) return false;
            foreach (var candidate in candidates)
                if (!IsExpected(candidate, name, expected)) return false;
            return true;
        }

        /// <summary><c>Name(...)</c> or <c>X.Name(...)</c>: what the speculative binding then resolves.</summary>
        private static bool IsCallOf(InvocationExpressionSyntax invocation, string name) =>
            invocation.Expression is IdentifierNameSyntax id ? id.Identifier.ValueText == name
            : invocation.Expression is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax member } && member.Identifier.ValueText == name;

        private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression) => SyntaxArgumentReader.Unparenthesize(expression);
    }
}
