using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KerasDsl.Analyzers.Emitter
{
    /// <summary>Text as the generated file spells it: in XML doc comments, and in C# string literals.</summary>
    internal static class Escaping
    {
        internal static readonly char[] XmlSpecial = { '&', '<', '>' };

        /// <summary>What a character is written as in XML text: its entity, or null for the character itself.</summary>
        internal static string? XmlEntity(char c) => c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;

        public static string Xml(string text)
        {
            if (text.IndexOfAny(XmlSpecial) < 0) return text;
            var sb = new StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                if (XmlEntity(c) is { } entity) sb.Append(entity);
                else sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>A one-line C# string literal, every special character escaped.</summary>
        public static string Literal(string text) => AppendLiteral(new StringBuilder(text.Length + 2), text, 0, text.Length, newline: false).ToString();

        /// <summary>The C# literal of <paramref name="text"/>[start, end), plus <c>\n</c> when <paramref name="newline"/>.</summary>
        public static StringBuilder AppendLiteral(StringBuilder sb, string text, int start, int end, bool newline)
        {
            if (IsPlain(text, start, end)) return sb.Append('"').Append(text, start, end - start).Append(newline ? "\\n\"" : "\"");
            return sb.Append(SymbolDisplay.FormatLiteral(text.Substring(start, end - start) + (newline ? "\n" : ""), quote: true));
        }

        /// <summary>Printable ASCII without quote or backslash: the literal is the text in quotes (the common case, and cheap).</summary>
        private static bool IsPlain(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c < ' ' || c > '~' || c == '"' || c == '\\') return false;
            }
            return true;
        }
    }
}
