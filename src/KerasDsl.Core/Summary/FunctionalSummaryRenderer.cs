using System.Globalization;
using System.Text;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras 2's summary of a functional graph (tf.keras utils/layer_utils.py print_summary, the TF 2.x releases whose
    /// Sequential table <see cref="ClassicSummaryRenderer"/> prints): line length 98, columns ending at .33/.55/.67/1.0
    /// (32, 53, 65, 98), a fourth column "Connected to" with the layer's first inbound tensor on its row and each further
    /// one on a row of its own, cells cut at their column as print_row cuts them.
    /// </summary>
    internal static class FunctionalSummaryRenderer
    {
        public const int LineLength = 98;
        private static readonly int[] Positions = { (int)(LineLength * .33), (int)(LineLength * .55), (int)(LineLength * .67), LineLength };

        public static string Render(ModelSummary summary)
        {
            var sb = new StringBuilder();
            sb.Append('_', LineLength).Append('\n');
            ClassicSummaryRenderer.AppendRow(sb, Positions, "Layer (type)", "Output Shape", "Param #", "Connected to");
            sb.Append('=', LineLength).Append('\n');
            for (int i = 0; i < summary.Rows.Count; i++)
            {
                var row = summary.Rows[i];
                ClassicSummaryRenderer.AppendRow(sb, Positions, TerminalText.Escape(row.Name + " (" + row.ClassName + ")"), row.OutputShapeText,
                    row.Params.ToString(CultureInfo.InvariantCulture), row.Connections.Count == 0 ? "" : TerminalText.Escape(row.Connections[0]));
                for (int c = 1; c < row.Connections.Count; c++)
                    ClassicSummaryRenderer.AppendRow(sb, Positions, "", "", "", TerminalText.Escape(row.Connections[c]));
                sb.Append(i == summary.Rows.Count - 1 ? '=' : '_', LineLength).Append('\n');
            }
            ClassicSummaryRenderer.AppendTotals(sb, summary);
            return sb.ToString();
        }
    }
}
