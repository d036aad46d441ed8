using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace KerasDsl.Analyzers.Emitter
{
    /// <summary>A generated file's lines at the current indentation (four spaces a level), each ending in '\n' whatever the machine.</summary>
    internal sealed class SourceWriter
    {
        private const string Indent = "    ";

        private readonly StringBuilder sb = new StringBuilder(4096);

        private int depth;

        /// <summary>The line, indented; an empty line has no indentation.</summary>
        public void Line(string text = "")
        {
            if (text.Length > 0) WriteIndent(depth);
            sb.Append(text).Append('\n');
        }

        /// <summary>The line indented one level more than the current one (a continued expression).</summary>
        public void ContinuedLine(string text)
        {
            WriteIndent(depth + 1);
            sb.Append(text).Append('\n');
        }

        public void Open()
        {
            Line("{");
            depth++;
        }

        public void Close()
        {
            depth--;
            Line("}");
        }

        /// <summary>UTF-8, the encoding the compiler expects of a generated source.</summary>
        public SourceText ToSourceText() => SourceText.From(sb.ToString(), Encoding.UTF8);

        public override string ToString() => sb.ToString();

        private void WriteIndent(int levels)
        {
            for (int i = 0; i < levels; i++) sb.Append(Indent);
        }
    }
}
