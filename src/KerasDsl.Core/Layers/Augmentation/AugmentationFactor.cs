using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// The <c>factor</c> arguments of the augmentation layers: a number, or a pair (lower, upper). Keras checks them in
    /// two ways, both kept here as written, loose ends included.
    /// </summary>
    internal static class AugmentationFactor
    {
        /// <summary>
        /// BaseImagePreprocessingLayer._set_factor (RandomRotation, RandomBrightness: bounds [-1, 1]; RandomContrast:
        /// [0, 1]): a number must be within the bounds; of a pair only the first must not exceed the upper bound and the
        /// second not fall below the lower one (so (0.5, 2) passes, as in Keras). Required: these layers have no default.
        /// </summary>
        public static void Bounded(LayerArgs args, string name, double lower, double upper)
        {
            var v = Required(args, name, lower, upper);
            string range = $"[{Fmt(lower)}, {Fmt(upper)}]";
            if (IsNumber(v))
            {
                double x = Number(v);
                if (x < lower || x > upper)
                    throw args.Invalid(name, $"a number in {range}, or a pair (lower, upper)", v.ToString(), $"pass {name}: a value in {range}");
                return;
            }
            if (Number(v.Items[0]) > upper || Number(v.Items[1]) < lower)
                throw args.Invalid(name, $"a pair (lower, upper) that overlaps {range}", v.ToString(), $"pass {name}: values in {range}");
        }

        /// <summary>
        /// RandomZoom's and RandomTranslation's own _set_factor: a number or each number of a pair must be in
        /// (-1, 1] (RandomZoom's _check_factor_range: <c>x &gt; 1.0 or x &lt;= -1.0</c> is refused) or [-1, 1]
        /// (RandomTranslation's). <paramref name="required"/> false: RandomZoom's width_factor may be None.
        /// </summary>
        public static void EachInRange(LayerArgs args, string name, bool lowerInclusive, bool required = true)
        {
            if (!required && args.Kept(name) == null) return;
            var v = Required(args, name, -1, 1);
            string range = (lowerInclusive ? "[" : "(") + "-1, 1]";
            foreach (var x in IsNumber(v) ? new[] { v } : new[] { v.Items[0], v.Items[1] })
            {
                double d = Number(x);
                if (d > 1 || (lowerInclusive ? d < -1 : d <= -1))
                    throw args.Invalid(name, $"a number in {range}, or a pair of them", v.ToString(), $"pass {name}: values in {range}, e.g. 0.1 or (-0.2, 0.3)");
            }
        }

        /// <summary>A number or a pair of numbers; anything else (absent, a list of another length, a string) is refused.</summary>
        private static ArgValue Required(LayerArgs args, string name, double lower, double upper)
        {
            var v = args.Kept(name);
            if (v != null && (IsNumber(v) || (v.Kind == ArgKind.Tuple && v.Items.Count == 2 && IsNumber(v.Items[0]) && IsNumber(v.Items[1]))))
                return v;
            throw args.Invalid(name, "a number or a pair of numbers (lower, upper)", v?.ToString() ?? "nothing",
                $"pass {name}: e.g. {Fmt(upper / 10)} or ({Fmt(lower < 0 ? -upper / 10 : 0)}, {Fmt(upper / 10)}); it has no default");
        }

        private static bool IsNumber(ArgValue v) => v.Kind == ArgKind.Int || v.Kind == ArgKind.Float;

        private static double Number(ArgValue v) => v.Kind == ArgKind.Int ? v.Integer : v.Number;

        private static string Fmt(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
