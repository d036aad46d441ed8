using Microsoft.CodeAnalysis;

namespace KerasDsl.Analyzers.Lowering
{
    /// <summary>
    /// Which symbols are KerasDsl's runtime (the <c>KerasDsl</c> assembly, and Core's types it returns such as
    /// <c>Shape</c>), by the assembly a symbol comes from: a user's type of the same name (a <c>file static class Keras</c>)
    /// is never taken for the runtime's, whatever the usings say. One per compilation.
    /// </summary>
    internal sealed class RuntimeApi
    {
        public const string AssemblyName = "KerasDsl";
        public const string CoreAssemblyName = "KerasDsl.Core";
        public const string KerasModelAttribute = "KerasDsl.KerasModelAttribute";

        private RuntimeApi(IAssemblySymbol runtime) => Runtime = runtime;

        public IAssemblySymbol Runtime { get; }

        /// <summary>The runtime among the compilation's references (or the compilation itself), or null when KerasDsl is not used.</summary>
        public static RuntimeApi? For(Compilation compilation)
        {
            if (compilation.AssemblyName == AssemblyName) return new RuntimeApi(compilation.Assembly);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
                if (assembly.Identity.Name == AssemblyName) return new RuntimeApi(assembly);
            return null;
        }

        /// <summary>A type of the runtime (KerasDsl) or of Core, which the runtime's members return.</summary>
        public bool IsRuntimeType(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named) return false;
            var assembly = named.OriginalDefinition.ContainingAssembly;
            return assembly != null && (SymbolEqualityComparer.Default.Equals(assembly, Runtime) || assembly.Identity.Name == CoreAssemblyName);
        }

        /// <summary>The runtime's type of this name (Sequential, Tensor, Model, LayerSpec, Keras, Shape...).</summary>
        public bool Is(ITypeSymbol? type, string name) => type is INamedTypeSymbol { Arity: 0 } named && named.Name == name && IsRuntimeType(named);

        /// <summary>A value of the runtime that the interpreter models (a model, a tensor, a layer, or a shape).</summary>
        public bool IsModelValueType(ITypeSymbol? type) =>
            Is(type, "Sequential") || Is(type, "Tensor") || Is(type, "Model") || Is(type, "LayerSpec");

        /// <summary>The runtime's argument structs (InputShape, Size, Margins, PartialShape): their implicit conversions keep the value.</summary>
        public bool IsArgumentStruct(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
            return type is INamedTypeSymbol { TypeKind: TypeKind.Struct } && IsRuntimeType(type);
        }

        public static bool IsKerasModelAttribute(INamedTypeSymbol? attribute) =>
            attribute is { Name: "KerasModelAttribute", ContainingNamespace: { Name: "KerasDsl", ContainingNamespace.IsGlobalNamespace: true } };

        public static bool HasKerasModelAttribute(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
                if (IsKerasModelAttribute(attribute.AttributeClass)) return true;
            return false;
        }
    }
}
