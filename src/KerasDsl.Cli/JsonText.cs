using System.Globalization;

namespace KerasDsl.Cli;

/// <summary>Helpers on JSON text as written, before System.Text.Json decodes it.</summary>
internal static class JsonText
{
    /// <summary>
    /// The first <c>\uXXXX</c> escape of a surrogate (D800-DFFF) that is not half of a high-low pair, as written
    /// (<c>\ud800</c>), in a JSON string's raw text; null when there is none.
    /// </summary>
    public static string? LoneSurrogateEscape(string raw)
    {
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length) continue;
            if (raw[i + 1] != 'u')
            {
                i++;   // \\, \", \n, ...: the escaped character is not the start of another escape
                continue;
            }
            if (!TryUnit(raw, i, out char unit)) continue;
            if (char.IsHighSurrogate(unit) && TryUnit(raw, i + 6, out char next) && char.IsLowSurrogate(next))
            {
                i += 11;   // a whole pair
                continue;
            }
            if (char.IsSurrogate(unit)) return raw.Substring(i, 6);
            i += 5;
        }
        return null;
    }

    /// <summary>The UTF-16 unit of a <c>\uXXXX</c> escape starting at <paramref name="at"/>.</summary>
    private static bool TryUnit(string raw, int at, out char unit)
    {
        unit = '\0';
        if (at + 6 > raw.Length || raw[at] != '\\' || raw[at + 1] != 'u') return false;
        if (!ushort.TryParse(raw.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort value)) return false;
        unit = (char)value;
        return true;
    }
}
