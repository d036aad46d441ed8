using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// The runtime's types, layer methods and factories, from metadata (methods: only names with one overload). One per runtime
    /// assembly symbol, which the compiler shares between compilations with the same reference (the builds of a
    /// compiler server, an IDE's keystrokes), so the tables are built once, not once per compilation.
    /// </summary>
    internal sealed class KerasApi
    {
        private static readonly ConditionalWeakTable<Compilation, KerasApi?[]> ByCompilation = new ConditionalWeakTable<Compilation, KerasApi?[]>();
        private static readonly ConditionalWeakTable<IAssemblySymbol, KerasApi?[]> ByRuntime = new ConditionalWeakTable<IAssemblySymbol, KerasApi?[]>();

        private KerasApi(INamedTypeSymbol sequential, INamedTypeSymbol keras, IMethodSymbol? sequentialFactory,
            Dictionary<string, IMethodSymbol> layerMethods, Dictionary<string, IMethodSymbol> factories)
        {
            Sequential = sequential;
            Keras = keras;
            SequentialFactory = sequentialFactory;
            LayerMethods = layerMethods;
            Factories = factories;
        }

        public INamedTypeSymbol Sequential { get; }
        public INamedTypeSymbol Keras { get; }

        /// <summary><c>Keras.Sequential(name)</c>; null if a runtime ever overloads it (the syntax reader then declines).</summary>
        public IMethodSymbol? SequentialFactory { get; }
        public Dictionary<string, IMethodSymbol> LayerMethods { get; }
        public Dictionary<string, IMethodSymbol> Factories { get; }

        /// <summary>The syntax reader's chains read against this runtime, for compilations to come.</summary>
        public SyntaxReadCache Reads { get; } = new SyntaxReadCache();

        private readonly ConcurrentDictionary<IMethodSymbol, ParameterTable> parameters =
            new ConcurrentDictionary<IMethodSymbol, ParameterTable>(SymbolEqualityComparer.Default);

        /// <summary>The parameters of <paramref name="method"/> (a layer method, a factory, Sequential) as the syntax reader reads them.</summary>
        public ParameterTable Parameters(IMethodSymbol method) => parameters.GetOrAdd(method, m => new ParameterTable(m));

        public static KerasApi? For(Compilation compilation) =>
            ByCompilation.GetValue(compilation, c => new[] { KerasSymbols.FindRuntime(c) is { } runtime ? ByRuntime.GetValue(runtime, r => new[] { Create(r) })[0] : null })[0];

        private static KerasApi? Create(IAssemblySymbol runtime)
        {
            var sequential = runtime.GetTypeByMetadataName(KerasSymbols.SequentialType);
            var keras = runtime.GetTypeByMetadataName("KerasDsl.Keras");
            if (sequential == null || keras == null) return null;
            var layerMethods = Unique(sequential.GetMembers(), KerasSymbols.IsChainMethod);
            var factories = Unique(keras.GetMembers(), KerasSymbols.IsLayerFactory);
            var roots = Unique(keras.GetMembers(), KerasSymbols.IsSequentialFactory);
            return new KerasApi(sequential, keras, roots.TryGetValue("Sequential", out var root) ? root : null, layerMethods, factories);
        }

        // The analyzer's filter, run on every invocation of a compilation: the runtime's own types, compared by reference
        // (the same symbols for every use of the runtime), where KerasSymbols compares names.

        /// <summary>An instance method of Sequential returning Sequential: a layer method or <c>Add</c>.</summary>
        public bool IsChainMethod(IMethodSymbol method) =>
            !method.IsStatic && Same(method.ContainingType, Sequential) && Same(method.ReturnType, Sequential);

        /// <summary><c>Keras.Sequential(...)</c>, the root of every chain.</summary>
        public bool IsSequentialFactory(IMethodSymbol method) =>
            method.IsStatic && Same(method.ContainingType, Keras) && method.Name == "Sequential" && Same(method.ReturnType, Sequential);

        private static bool Same(ITypeSymbol? type, INamedTypeSymbol expected) => SymbolEqualityComparer.Default.Equals(type, expected);

        private static Dictionary<string, IMethodSymbol> Unique(ImmutableArray<ISymbol> members, Func<IMethodSymbol, bool> keep)
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
