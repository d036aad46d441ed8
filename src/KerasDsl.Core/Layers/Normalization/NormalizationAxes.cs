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
            // A pair of loops: the lists are a few axes long, and this runs for every BatchNormalization applied.
            for (int i = 1; i < canonical.Length; i++)
                for (int j = 0; j < i; j++)
                    if (canonical[i] == canonical[j]) throw Duplicate(args, canonical, input);
        }

        private static KerasModelException Duplicate(LayerArgs args, int[] canonical, Shape input) =>
            args.Invalid("axis", $"distinct axes of input {input}",
                "(" + string.Join(", ", canonical.Select(a => a.ToString(CultureInfo.InvariantCulture))) + ") once made non-negative",
                "list each axis once (-1 and the last axis are the same axis)");
    }
}
