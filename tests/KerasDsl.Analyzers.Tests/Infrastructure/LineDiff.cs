using System.Text;

namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>A line diff of two texts (longest common subsequence), printed "- approved" / "+ received" with line numbers.</summary>
internal static class LineDiff
{
    public static string Between(string approved, string received)
    {
        var a = Lines(approved);
        var b = Lines(received);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var sb = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) sb.Append($"- {x + 1,4}: {a[x++]}\n");
            else sb.Append($"+ {y + 1,4}: {b[y++]}\n");
        }
        return sb.ToString();
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');
}
