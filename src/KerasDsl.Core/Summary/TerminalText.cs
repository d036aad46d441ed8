using System.Globalization;
using System.Text;

namespace KerasDsl.Core
{
    /// <summary>Text from a model (layer names, class names) made safe to print on a terminal.</summary>
    internal static class TerminalText
    {
        /// <summary>
        /// <paramref name="text"/> with every character Python's <c>str.isprintable()</c> rejects written as Python's
        /// <c>repr</c> writes it: <c>\t</c>, <c>\n</c>, <c>\r</c>, else <c>\xhh</c> below U+0100, <c>\uhhhh</c>, or
        /// <c>\Uhhhhhhhh</c> beyond the BMP. That is every control character (C0 such as ESC → <c>\x1b</c>, DEL, C1 such
        /// as NEL → <c>\x85</c>), the line and paragraph separators (<c>\u2028</c>, <c>\u2029</c>), format characters
        /// such as bidirectional overrides (<c>\u202e</c>), spaces other than U+0020, lone surrogates, private-use and
        /// unassigned code points. Everything else, the backslash included, is kept as it is, so a name Keras's own
        /// summary prints safely prints the same here; the same string is returned when nothing needs escaping.
        /// </summary>
        public static string Escape(string text)
        {
            int first = 0;
            while (first < text.Length && IsPrintable(text, first, out int width)) first += width;
            if (first == text.Length) return text;

            var sb = new StringBuilder(text.Length + 16);
            sb.Append(text, 0, first);
            for (int i = first; i < text.Length;)
            {
                bool printable = IsPrintable(text, i, out int width);
                if (printable) sb.Append(text, i, width);
                else AppendEscape(sb, width == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i]);
                i += width;
            }
            return sb.ToString();
        }

        /// <summary>Whether the code point at <paramref name="index"/> (one char, or a surrogate pair: <paramref name="width"/>) is printable.</summary>
        private static bool IsPrintable(string text, int index, out int width)
        {
            char c = text[index];
            width = char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
            if (c >= ' ' && c < '\u007f') return true;   // printable ASCII, the usual case
            switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.SpaceSeparator:   // U+0020 is handled above
                    return false;
                default:
                    return true;
            }
        }

        private static void AppendEscape(StringBuilder sb, int codePoint)
        {
            switch (codePoint)
            {
                case '\t': sb.Append("\\t"); return;
                case '\n': sb.Append("\\n"); return;
                case '\r': sb.Append("\\r"); return;
            }
            if (codePoint < 0x100) sb.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            else if (codePoint < 0x10000) sb.Append("\\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
        }
    }
}
