using System;
using System.Collections.Generic;
using KerasDsl.Analyzers.Models;

namespace KerasDsl.Analyzers.Emitter
{
    /// <summary>
    /// The types around a [KerasModel] member as a generated file re-declares them, each name checked and spelled as an
    /// identifier (<see cref="Escaping.Identifier"/>): what the parser hands over is trusted to be C#, and checked anyway,
    /// since a file that does not compile breaks the user's build.
    /// </summary>
    internal static class Declarations
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "class", "struct", "interface", "record", "record class", "record struct",
        };

        /// <summary><c>partial class Outer&lt;T&gt;</c>: the line that opens a containing type.</summary>
        public static string PartialType(ContainingTypeInfo type)
        {
            if (!Keywords.Contains(type.Keyword))
                throw new ArgumentException($"Expected a type keyword (class, struct, interface, record, record struct), found \"{Escaping.OneLine(type.Keyword)}\".", nameof(type));
            return "partial " + type.Keyword + " " + Escaping.Identifier(type.Name) + TypeParameterList(type.TypeParameters);
        }

        /// <summary>
        /// <c>&lt;in TKey, TValue&gt;</c> re-spelled from the parser's text: each parameter an identifier, with its variance;
        /// "" for a type without type parameters.
        /// </summary>
        public static string TypeParameterList(string typeParameters)
        {
            if (typeParameters.Length == 0) return "";
            if (typeParameters.Length < 3 || typeParameters[0] != '<' || typeParameters[typeParameters.Length - 1] != '>')
                throw new ArgumentException($"Expected type parameters as <T, U>, found \"{Escaping.OneLine(typeParameters)}\".", nameof(typeParameters));
            var parts = typeParameters.Substring(1, typeParameters.Length - 2).Split(',');
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i].Trim();
                string variance = part.StartsWith("in ", StringComparison.Ordinal) ? "in " : part.StartsWith("out ", StringComparison.Ordinal) ? "out " : "";
                parts[i] = variance + Escaping.Identifier(part.Substring(variance.Length).Trim());
            }
            return "<" + string.Join(", ", parts) + ">";
        }

        /// <summary>Whether a containing type is generic: its members' constants cannot be named without type arguments.</summary>
        public static bool IsInGenericType(IReadOnlyList<ContainingTypeInfo> containingTypes)
        {
            foreach (var type in containingTypes)
                if (type.TypeParameters.Length > 0) return true;
            return false;
        }
    }
}
