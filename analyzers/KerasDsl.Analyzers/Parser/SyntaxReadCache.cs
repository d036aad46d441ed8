using System.Collections.Concurrent;
using KerasDsl.Analyzers.Models;
using Microsoft.CodeAnalysis.CSharp;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// <see cref="SyntaxChainReader"/>'s chains from earlier compilations against the same runtime (the builds of a
    /// compiler server), by the value's text: what the reader reads is a function of that text (under one language
    /// version, with no directives inside), the runtime's methods (this cache belongs to one <see cref="KerasApi"/>),
    /// and what the root's and factories' names bind to at the member's scope. The names are kept with the chain and
    /// checked against the current scope's bindings before the chain is reused; a name not bound yet there, or bound
    /// to something else, means reading again. Bounded: past <see cref="Capacity"/> entries it is emptied.
    /// </summary>
    internal sealed class SyntaxReadCache
    {
        private const int Capacity = 1024;

        private readonly ConcurrentDictionary<Key, Entry> entries = new ConcurrentDictionary<Key, Entry>();

        public bool TryGet(string text, LanguageVersion version, out Entry entry) => entries.TryGetValue(new Key(text, version), out entry!);

        public void Add(string text, LanguageVersion version, ChainInfo chain, string[] names)
        {
            if (entries.Count >= Capacity) entries.Clear();
            entries[new Key(text, version)] = new Entry(chain, names);
        }

        /// <summary>A chain as read, and the names (qualifier and name, as the reader keys them) it needed bound to Keras's methods.</summary>
        internal sealed record Entry(ChainInfo Chain, string[] Names);

        /// <summary>The value's text (compared ordinally) under one language version.</summary>
        private readonly record struct Key(string Text, LanguageVersion Version);
    }
}
