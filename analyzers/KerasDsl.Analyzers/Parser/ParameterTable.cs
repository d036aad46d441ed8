using System.Collections.Immutable;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>How <see cref="SyntaxArgumentReader"/> reads a literal for a parameter: by the parameter's type (nullable or not).</summary>
    internal enum ParameterKind
    {
        /// <summary>Only <c>null</c> can be read from syntax, and only where <see cref="ParameterTable.AcceptsNull"/>.</summary>
        Other,
        Int32,
        Int64,
        Double,
        Single,
        String,
        Boolean,
        /// <summary>InputShape, Size, Margins: an int, a tuple, or <c>default</c>.</summary>
        ArgumentStruct,
        /// <summary>A nested factory call such as <c>LSTM(8)</c> in <c>Bidirectional(...)</c>.</summary>
        LayerSpec,
    }

    /// <summary>
    /// What the syntax reader needs of a method's parameters, read from its symbol once per method rather than once
    /// per call: Roslyn's public <c>IMethodSymbol.Parameters</c> makes a new array on every call, and a parameter's
    /// annotated type a new symbol; a 500-model project calls the same few dozen methods thousands of times.
    /// </summary>
    internal sealed class ParameterTable
    {
        public ParameterTable(IMethodSymbol method)
        {
            ImmutableArray<IParameterSymbol> parameters = method.Parameters;
            int count = parameters.Length;
            Names = new string[count];
            Kinds = new ParameterKind[count];
            AcceptsNull = new bool[count];
            Defaults = new Arg?[count];
            for (int i = 0; i < count; i++)
            {
                var parameter = parameters[i];
                var type = parameter.Type;
                Names[i] = parameter.Name;
                Kinds[i] = KindOf(type);
                AcceptsNull[i] = type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
                // One record per default (Arg is immutable): it serves every call that leaves the parameter out.
                Defaults[i] = ArgumentReader.FromDefault(parameter) is { } value ? new Arg(parameter.Name, value) : null;
            }
        }

        public int Count => Names.Length;

        /// <summary>The parameters' names, which are Core's argument names.</summary>
        public string[] Names { get; }

        public ParameterKind[] Kinds { get; }

        /// <summary>Whether C# accepts a <c>null</c> literal for the parameter (a reference type or a nullable value type).</summary>
        public bool[] AcceptsNull { get; }

        /// <summary>The record of each parameter's default value, or null for a parameter without one.</summary>
        public Arg?[] Defaults { get; }

        public int IndexOf(string name)
        {
            for (int i = 0; i < Names.Length; i++) if (Names[i] == name) return i;
            return -1;
        }

        private static ParameterKind KindOf(ITypeSymbol type)
        {
            if (KerasSymbols.IsArgumentStruct(type)) return ParameterKind.ArgumentStruct;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
            switch (type.SpecialType)
            {
                case SpecialType.System_Int32: return ParameterKind.Int32;
                case SpecialType.System_Int64: return ParameterKind.Int64;
                case SpecialType.System_Double: return ParameterKind.Double;
                case SpecialType.System_Single: return ParameterKind.Single;
                case SpecialType.System_String: return ParameterKind.String;
                case SpecialType.System_Boolean: return ParameterKind.Boolean;
            }
            return KerasSymbols.IsKerasDslType(type, "LayerSpec") ? ParameterKind.LayerSpec : ParameterKind.Other;
        }
    }
}
