using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace KerasDsl.Analyzers.Emitter
{
    /// <summary>
    /// Every name that reaches a generated file, spelled for the place it lands in: doc-comment text, a line comment,
    /// a C# string literal, an identifier. Model and layer names are any string the user wrote; one with a line break
    /// must never end a <c>///</c> line, or the rest of the name would be code.
    /// Which characters are escaped is a fixed list (<see cref="MustEscape"/>), not the host's Unicode tables, so the
    /// same model gives the same bytes on every machine and runtime.
    /// </summary>
    internal static class Escaping
    {
        /// <summary>
        /// Text for a <c>///</c> line: XML's <c>&amp; &lt; &gt;</c> as entities, and every <see cref="MustEscape"/> character
        /// as the text <c>\uXXXX</c> (XML 1.0 cannot hold most of them even as character references).
        /// </summary>
        public static string XmlDoc(string text)
        {
            var sb = new StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                if (c == '&') sb.Append("&amp;");
                else if (c == '<') sb.Append("&lt;");
                else if (c == '>') sb.Append("&gt;");
                else sb.Append(c);
            }
            return EscapeInvisible(sb.ToString());
        }

        /// <summary>Text for the rest of a <c>//</c> line: every <see cref="MustEscape"/> character as the text <c>\uXXXX</c>.</summary>
        public static string OneLine(string text) => EscapeInvisible(text);

        /// <summary>
        /// A one-line C# string literal, quotes included: <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>, and every
        /// other <see cref="MustEscape"/> character as <c>\uXXXX</c>; the rest as it is.
        /// </summary>
        public static string Literal(string text)
        {
            var sb = new StringBuilder(text.Length + 2).Append('"');
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (MustEscape(text, i)) AppendEscape(sb, c);
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }

        /// <summary>
        /// <paramref name="name"/> as a C# identifier: <c>@</c> before a keyword (whether or not the name already had it).
        /// Throws for anything that is not an identifier: the file would not compile, so none is written.
        /// </summary>
        public static string Identifier(string name)
        {
            string bare = name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
            if (!SyntaxFacts.IsValidIdentifier(bare))
                throw new ArgumentException($"Expected a C# identifier, found \"{OneLine(name)}\": nothing is generated for it.", nameof(name));
            return SyntaxFacts.GetKeywordKind(bare) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(bare) != SyntaxKind.None ? "@" + bare : bare;
        }

        /// <summary>A dotted namespace name, each part an <see cref="Identifier"/>.</summary>
        public static string Namespace(string name)
        {
            var parts = name.Split('.');
            for (int i = 0; i < parts.Length; i++) parts[i] = Identifier(parts[i]);
            return string.Join(".", parts);
        }

        /// <summary>
        /// Whether <paramref name="text"/>[<paramref name="i"/>] may not appear raw in a generated line: C#'s line terminators
        /// (CR, LF, U+0085, U+2028, U+2029) and every other C0/C1 control character; the invisible format characters that
        /// reorder or hide text (bidirectional embeddings, overrides and isolates, zero-width characters, the BOM); the
        /// non-characters U+FFFE and U+FFFF and the interlinear annotations; and surrogates that are not part of a pair
        /// (which UTF-8 cannot write). XML 1.0 refuses the C0 controls, lone surrogates and U+FFFE/U+FFFF.
        /// </summary>
        internal static bool MustEscape(string text, int i)
        {
            char c = text[i];
            if (c < ' ' || (c >= '\u007F' && c <= '\u009F')) return true;
            if (c == '\u2028' || c == '\u2029') return true;
            if (c == '\u061C' || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') ||
                (c >= '\u2060' && c <= '\u206F') || c == '\uFEFF') return true;
            if (c >= '\uFFF9' && c <= '\uFFFB' || c == '\uFFFE' || c == '\uFFFF') return true;
            if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
            if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
            return false;
        }

        private static string EscapeInvisible(string text)
        {
            StringBuilder? sb = null;
            for (int i = 0; i < text.Length; i++)
            {
                if (!MustEscape(text, i))
                {
                    sb?.Append(text[i]);
                    continue;
                }
                sb ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                AppendEscape(sb, text[i]);
            }
            return sb?.ToString() ?? text;
        }

        private static void AppendEscape(StringBuilder sb, char c) =>
            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }
}
