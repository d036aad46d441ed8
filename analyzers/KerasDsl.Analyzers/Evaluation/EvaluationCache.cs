using System;
using System.Collections.Concurrent;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Evaluation
{
    /// <summary>
    /// Core's evaluation of a chain is a pure function of its model name, its layer calls and whether it was read
    /// to its end, so it is memoized by those values (not by places or syntax). Within one compiler process the
    /// generator and the analyzer then evaluate each chain once between them; in a long-lived process (the
    /// compiler server, the IDE) a chain that did not change since the last build or keystroke is not evaluated
    /// again. Bounded: past <see cref="Capacity"/> entries the table is emptied, so a huge solution costs what
    /// it did without the cache, never unbounded memory.
    /// </summary>
    internal static class EvaluationCache
    {
        /// <summary>About 10 KB per 10-layer model: a few MB at most.</summary>
        internal const int Capacity = 1024;

        private static readonly ConcurrentDictionary<Key, ChainEvaluation> Entries = new ConcurrentDictionary<Key, ChainEvaluation>();

        public static ChainEvaluation GetOrAdd(ChainInfo chain)
        {
            var calls = new LayerCall[chain.Layers.Count];
            for (int i = 0; i < calls.Length; i++) calls[i] = chain.Layers[i].Call;
            var key = new Key(chain.ModelName, new EquatableArray<LayerCall>(calls), chain.IsComplete);
            if (Entries.TryGetValue(key, out var known)) return known;
            var evaluation = ChainEvaluation.EvaluateUncached(key.ModelName, key.Calls, key.Complete);
            if (Entries.Count >= Capacity) Entries.Clear();
            Entries.TryAdd(key, evaluation);
            return evaluation;
        }

        /// <summary>For tests: forget every evaluation.</summary>
        internal static void Clear() => Entries.Clear();

        internal static int Count => Entries.Count;

        private sealed class Key : IEquatable<Key>
        {
            private readonly int hash;

            public Key(string? modelName, EquatableArray<LayerCall> calls, bool complete)
            {
                ModelName = modelName;
                Calls = calls;
                Complete = complete;
                hash = ((modelName?.GetHashCode() ?? 0) * 31 + calls.GetHashCode()) * 2 + (complete ? 1 : 0);
            }

            public string? ModelName { get; }
            public EquatableArray<LayerCall> Calls { get; }
            public bool Complete { get; }

            public bool Equals(Key? other) =>
                other is object && hash == other.hash && Complete == other.Complete && ModelName == other.ModelName && Calls.Equals(other.Calls);

            public override bool Equals(object? obj) => Equals(obj as Key);

            public override int GetHashCode() => hash;
        }
    }
}
