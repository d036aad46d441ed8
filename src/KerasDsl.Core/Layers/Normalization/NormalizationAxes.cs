using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>Axis-list checks the normalization layers share.</summary>
    internal static class NormalizationAxes
    {
        /// <summary>KD0002 when one axis appears twice once canonicalized (LayerNormalization's "Duplicate axes are not allowed").</summary>
        public static void RequireDistinct(LayerArgs args, int[] canonical, Shape input)
        {
            if (canonical.Distinct().Count() != canonical.Length)
                throw args.Invalid("axis", $"distinct axes of input {input}",
                    "(" + string.Join(", ", canonical.Select(a => a.ToString(CultureInfo.InvariantCulture))) + ") once made non-negative",
                    "list each axis once (-1 and the last axis are the same axis)");
        }
    }
}
