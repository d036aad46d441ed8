using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// Recognizes KerasDsl's runtime API by name (namespace <c>KerasDsl</c>), so the generator's
    /// transform needs no <see cref="Compilation"/> lookups. The analyzer's per-invocation filter compares
    /// the runtime's own symbols instead (<see cref="KerasApi"/>), cheaper than names on every call.
    /// </summary>
    internal static class KerasSymbols
    {
        public const string Namespace = "KerasDsl";
        public const string KerasModelAttribute = "KerasDsl.KerasModelAttribute";
        public const string SequentialType = "KerasDsl.Sequential";

        /// <summary>
        /// The KerasDsl runtime's assembly among the compilation's references (or the compilation itself, when it
        /// is the runtime), or null when KerasDsl is not used. Looks at the bound references only: unlike
        /// <see cref="Compilation.GetTypeByMetadataName"/> it does not merge the declarations of every source file,
        /// which the build then charges to the first analyzer or generator that asks.
        /// </summary>
        public static IAssemblySymbol? FindRuntime(Compilation compilation)
        {
            if (compilation.AssemblyName == Namespace) return compilation.Assembly;
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
                if (assembly.Identity.Name == Namespace) return assembly;
            return null;
        }

        public static bool IsKerasDslType(ITypeSymbol? type, string name) =>
            type is INamedTypeSymbol named && named.Name == name && named.ContainingType == null && named.Arity == 0 &&
            named.ContainingNamespace is { Name: Namespace } ns && ns.ContainingNamespace is { IsGlobalNamespace: true };

        /// <summary><c>Keras.Sequential(name)</c>: the root of every chain.</summary>
        public static bool IsSequentialFactory(IMethodSymbol method) =>
            method.IsStatic && method.Name == "Sequential" && IsKerasDslType(method.ContainingType, "Keras") &&
            IsKerasDslType(method.ReturnType, "Sequential");

        /// <summary>An instance method of Sequential returning Sequential: a layer method or <c>Add</c>.</summary>
        public static bool IsChainMethod(IMethodSymbol method) =>
            !method.IsStatic && IsKerasDslType(method.ContainingType, "Sequential") && IsKerasDslType(method.ReturnType, "Sequential");

        /// <summary>A static factory of Keras returning LayerSpec, such as <c>LSTM(64)</c> inside <c>Bidirectional(...)</c>.</summary>
        public static bool IsLayerFactory(IMethodSymbol method) =>
            method.IsStatic && IsKerasDslType(method.ContainingType, "Keras") && IsKerasDslType(method.ReturnType, "LayerSpec");

        /// <summary><c>Sequential.Add(LayerSpec layer, InputShape input)</c>: the layer's class comes from its factory.</summary>
        public static bool IsAdd(IMethodSymbol method) =>
            method.Name == "Add" && method.Parameters.Length > 0 && IsKerasDslType(method.Parameters[0].Type, "LayerSpec");

        /// <summary>
        /// The runtime's argument structs (InputShape, Size, and any like them in namespace KerasDsl),
        /// whose implicit conversions from ints and tuples the parser sees through: their
        /// <c>ToArg()</c> keeps an int an int and a tuple a tuple. A nullable one counts too.
        /// </summary>
        public static bool IsArgumentStruct(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                type = nullable.TypeArguments[0];
            return type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named && IsKerasDslType(named, named.Name);
        }

        /// <summary>The method-name token of an invocation: the <c>LSTM</c> of <c>.LSTM(64)</c>, or of <c>LSTM(64)</c>.</summary>
        public static SyntaxToken NameToken(SyntaxNode invocationSyntax)
        {
            if (invocationSyntax is InvocationExpressionSyntax invocation)
            {
                switch (invocation.Expression)
                {
                    case MemberAccessExpressionSyntax member: return member.Name.Identifier;
                    case MemberBindingExpressionSyntax binding: return binding.Name.Identifier;
                    case SimpleNameSyntax name: return name.Identifier;
                }
                return invocation.Expression.GetFirstToken();
            }
            return invocationSyntax.GetFirstToken();
        }
    }
}
