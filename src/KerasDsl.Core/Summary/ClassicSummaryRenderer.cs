using System.Globalization;
using System.Text;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras 2's classic Sequential summary (tf.keras utils/layer_utils.py print_summary with
    /// line_length 65 and positions .45/.85/1.0), as the seed article prints it.
    /// </summary>
    internal static class ClassicSummaryRenderer
    {
        public const int LineLength = 65;
        private static readonly int[] Positions = { (int)(LineLength * .45), (int)(LineLength * .85), LineLength };

        public static string Render(ModelSummary summary)
        {
            var sb = new StringBuilder();
            sb.Append('_', LineLength).Append('\n');
            AppendRow(sb, Positions, "Layer (type)", "Output Shape", "Param #");
            sb.Append('=', LineLength).Append('\n');
            for (int i = 0; i < summary.Rows.Count; i++)
            {
                var row = summary.Rows[i];
                AppendRow(sb, Positions, TerminalText.Escape(row.Name + " (" + row.ClassName + ")"), row.OutputShapeText,
                    row.Params.ToString(CultureInfo.InvariantCulture));
                sb.Append(i == summary.Rows.Count - 1 ? '=' : '_', LineLength).Append('\n');
            }
            if (summary.Rows.Count == 0) sb.Append('=', LineLength).Append('\n');
            AppendTotals(sb, summary);
            return sb.ToString();
        }

        internal static void AppendTotals(StringBuilder sb, ModelSummary summary)
        {
            sb.Append("Total params: ").Append(Thousands(summary.TotalParams)).Append('\n');
            sb.Append("Trainable params: ").Append(Thousands(summary.TrainableParams)).Append('\n');
            sb.Append("Non-trainable params: ").Append(Thousands(summary.NonTrainableParams)).Append('\n');
        }

        /// <summary>Python's "{:,}".</summary>
        public static string Thousands(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

        /// <summary>
        /// Keras 2's print_row: each field is appended after the previous column's last
        /// character is turned into a space, then cut at the column's end. That is why long
        /// cells read "max_pooling2d_1 (MaxPooling2 ".
        /// </summary>
        internal static void AppendRow(StringBuilder sb, int[] positions, params string[] fields)
        {
            var line = new StringBuilder();
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0) line.Length -= 1;
                if (i > 0) line.Append(' ');
                line.Append(fields[i]);
                if (line.Length > positions[i]) line.Length = positions[i];
                line.Append(' ', positions[i] - line.Length);
            }
            sb.Append(line).Append('\n');
        }
    }
}
