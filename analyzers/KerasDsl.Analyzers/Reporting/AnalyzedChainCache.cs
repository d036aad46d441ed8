using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using KerasDsl.Analyzers.Evaluation;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Parser;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace KerasDsl.Analyzers.Reporting
{
    /// <summary>
    /// The analyzer's chains from earlier compilations against the same runtime (the builds of a compiler server, an
    /// IDE's keystrokes), read and evaluated, by the chain's text. A chain whose every call was read from syntax (no
    /// const, no arithmetic, no <c>Add</c>: <see cref="ChainParser"/> says so) is a function of its text, under one
    /// language version and with no directives inside, and of the methods its calls bind to: the layer methods, the
    /// root, and the factories inside wrappers, which the compiler has bound already in the operation tree at hand.
    /// So a chain seen before is reused when every one of its calls binds to the same method as then; anything else is
    /// read again. Places are kept relative to the chain's start. One cache per runtime (<see cref="KerasApi"/>), so
    /// the methods it holds are that runtime's; bounded: past <see cref="Capacity"/> entries it is emptied.
    /// </summary>
    internal sealed class AnalyzedChainCache
    {
        private const int Capacity = 1024;

        private static readonly ConditionalWeakTable<KerasApi, AnalyzedChainCache> PerRuntime = new ConditionalWeakTable<KerasApi, AnalyzedChainCache>();

        private readonly ConcurrentDictionary<Key, Entry> entries = new ConcurrentDictionary<Key, Entry>();

        /// <summary>
        /// The chain whose last call is <paramref name="outermost"/> and its evaluation, with places relative to
        /// <see cref="AnalyzedChain.Origin"/>; null when it is not a chain rooted at <c>Sequential(...)</c>.
        /// </summary>
        public static AnalyzedChain? Read(IInvocationOperation outermost, KerasApi api, CancellationToken cancellationToken)
        {
            var syntax = outermost.Syntax;
            var cache = PerRuntime.GetValue(api, _ => new AnalyzedChainCache());
            Key? key = syntax.ContainsDirectives ? null
                : new Key(syntax.SyntaxTree.GetText(cancellationToken).ToString(syntax.Span),
                          syntax.SyntaxTree.Options is CSharpParseOptions options ? options.LanguageVersion : LanguageVersion.Default);
            if (key != null && cache.entries.TryGetValue(key.Value, out var known) && BindsAsBefore(outermost, known.Methods))
                return new AnalyzedChain(known.Chain, known.Evaluation, syntax.SpanStart);

            var chain = ChainParser.Parse(outermost, keepLocations: true, cancellationToken, out bool fromSyntaxAlone);
            if (chain == null) return null;
            var evaluation = ChainEvaluation.Evaluate(chain);
            if (key != null && fromSyntaxAlone && chain.IsComplete)
            {
                var methods = new List<IMethodSymbol>();
                WalkCalls(outermost, method => { methods.Add(method); return true; });
                if (cache.entries.Count >= Capacity) cache.entries.Clear();
                cache.entries[key.Value] = new Entry(Relative(chain, syntax.SpanStart), methods.ToArray(), evaluation);
            }
            return new AnalyzedChain(chain, evaluation, 0);
        }

        /// <summary>Whether the chain's calls bind to <paramref name="methods"/>, as recorded by the same walk.</summary>
        private static bool BindsAsBefore(IInvocationOperation outermost, IMethodSymbol[] methods)
        {
            int index = 0;
            return WalkCalls(outermost, method => index < methods.Length && SymbolEqualityComparer.Default.Equals(method, methods[index++])) &&
                   index == methods.Length;
        }

        /// <summary>
        /// Hands <paramref name="visit"/> the method each of a chain's calls binds to, in a fixed order: each call from the
        /// last to the root, each followed by the calls among its arguments (the factories inside a wrapper), depth first.
        /// One walk records and checks, so the two cannot disagree on the order. Stops, false, when the visit says false.
        /// </summary>
        private static bool WalkCalls(IInvocationOperation? call, Func<IMethodSymbol, bool> visit)
        {
            for (; call != null; call = call.Instance as IInvocationOperation)
            {
                if (!visit(call.TargetMethod)) return false;
                foreach (var argument in call.Arguments)
                    if (Unconverted(argument.Value) is IInvocationOperation nested && !WalkCalls(nested, visit)) return false;
            }
            return true;
        }

        private static IOperation Unconverted(IOperation value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion) value = conversion.Operand;
            return value;
        }

        /// <summary>The chain with its places relative to <paramref name="origin"/> (a complete chain: no stop to move).</summary>
        private static ChainInfo Relative(ChainInfo chain, int origin)
        {
            var layers = new LayerInfo[chain.Layers.Count];
            for (int i = 0; i < layers.Length; i++) layers[i] = chain.Layers[i] with { NameSpan = Shift(chain.Layers[i].NameSpan, -origin) };
            return chain with { RootSpan = Shift(chain.RootSpan, -origin), Layers = new EquatableArray<LayerInfo>(layers) };
        }

        internal static SourceSpan Shift(SourceSpan span, int by) =>
            span.IsNone ? span : new SourceSpan(span.FilePath, new TextSpan(span.Span.Start + by, span.Span.Length));

        /// <summary>A chain read, its places relative to the chain's start, and the evaluation of it.</summary>
        private sealed record Entry(ChainInfo Chain, IMethodSymbol[] Methods, ChainEvaluation Evaluation);

        /// <summary>The chain's text (compared ordinally) under one language version.</summary>
        private readonly record struct Key(string Text, LanguageVersion Version);
    }

    /// <summary>A chain and its evaluation; its places are relative to <see cref="Origin"/> (0 when they are the file's own).</summary>
    internal readonly record struct AnalyzedChain(ChainInfo Chain, ChainEvaluation Evaluation, int Origin)
    {
        /// <summary>A place of the chain (relative to <see cref="Origin"/>) as a location in <paramref name="tree"/>.</summary>
        public Location Locate(SourceSpan span, SyntaxTree tree) => AnalyzedChainCache.Shift(span, Origin).ToLocation(tree);
    }
}
