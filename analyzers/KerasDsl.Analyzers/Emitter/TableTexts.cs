using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace KerasDsl.Analyzers.Emitter
{
    /// <summary>
    /// The parts of a generated file made from the summary table alone, at one indentation depth: the table as
    /// doc-comment lines (7 per file) and as the Text constant's literal. They are most of the file, so they are
    /// composed once per table and depth and shared by every file that shows them (<see cref="SegmentedText"/>).
    /// The table is the evaluation's (<see cref="Evaluation.ChainEvaluation.SummaryText"/>), which
    /// <see cref="Evaluation.EvaluationCache"/> keeps from build to build: an unchanged model's parts are composed
    /// once per compiler process. Weakly keyed by the table: they go with it.
    /// </summary>
    internal static class TableTexts
    {
        private const string Indent = "    ";

        /// <summary>Depths kept per table; a deeper one (types nested 8 deep) is composed each time.</summary>
        private const int CachedDepths = 8;

        private sealed class Parts
        {
            public readonly string?[] DocBlocks = new string?[CachedDepths];
            public readonly string?[] Literals = new string?[CachedDepths];
        }

        private static readonly ConditionalWeakTable<string, Parts> Cache = new ConditionalWeakTable<string, Parts>();

        /// <summary>
        /// The table as doc-comment lines at <paramref name="depth"/> (<c>/// </c> + the line, XML-escaped, trailing
        /// spaces trimmed), each ending in '\n'.
        /// </summary>
        public static string DocBlock(string table, int depth) =>
            depth >= CachedDepths ? ComposeDocBlock(table, depth) : Get(Cache.GetValue(table, _ => new Parts()).DocBlocks, depth, table, ComposeDocBlock);

        /// <summary>
        /// The right-hand side of <c>public const string Text = ...;</c> at <paramref name="depth"/>: one literal per line
        /// of the table, one per source line (still a constant), so the file reads like the table.
        /// </summary>
        public static string Literal(string table, int depth) =>
            depth >= CachedDepths ? ComposeLiteral(table, depth) : Get(Cache.GetValue(table, _ => new Parts()).Literals, depth, table, ComposeLiteral);

        /// <summary>A benign race: two threads may compose the same text, and either is kept.</summary>
        private static string Get(string?[] parts, int depth, string table, System.Func<string, int, string> compose) =>
            Volatile.Read(ref parts[depth]) ?? (parts[depth] = compose(table, depth));

        /// <summary>Line by line, copying the runs between XML's special characters whole.</summary>
        private static string ComposeDocBlock(string table, int depth)
        {
            int end = table.Length;
            while (end > 0 && table[end - 1] == '\n') end--;
            var sb = new StringBuilder(end * 2 + 64);
            for (int lineStart = 0; lineStart <= end;)
            {
                int lineEnd = table.IndexOf('\n', lineStart, end - lineStart);
                if (lineEnd < 0) lineEnd = end;
                int trimmed = lineEnd;
                while (trimmed > lineStart && char.IsWhiteSpace(table[trimmed - 1])) trimmed--;
                for (int i = 0; i < depth; i++) sb.Append(Indent);
                sb.Append(trimmed == lineStart ? "///" : "/// ");
                for (int run = lineStart; run < trimmed;)
                {
                    int special = table.IndexOfAny(Escaping.XmlSpecial, run, trimmed - run);
                    int runEnd = special < 0 ? trimmed : special;
                    sb.Append(table, run, runEnd - run);
                    if (special < 0) break;
                    sb.Append(Escaping.XmlEntity(table[special]));
                    run = special + 1;
                }
                sb.Append('\n');
                lineStart = lineEnd + 1;
            }
            return sb.ToString();
        }

        private static string ComposeLiteral(string table, int depth)
        {
            if (table.Length == 0) return "\"\"";
            var sb = new StringBuilder(table.Length * 2 + 64);
            for (int lineStart = 0; lineStart < table.Length;)
            {
                int newline = table.IndexOf('\n', lineStart);
                int contentEnd = newline < 0 ? table.Length : newline;
                if (lineStart > 0)
                {
                    sb.Append(" +\n");
                    for (int i = 0; i <= depth; i++) sb.Append(Indent);
                }
                Escaping.AppendLiteral(sb, table, lineStart, contentEnd, newline: newline >= 0); // the literal keeps the line's \n
                lineStart = contentEnd + 1;
            }
            return sb.ToString();
        }
    }
}
