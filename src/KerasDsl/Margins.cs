using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A padding or cropping argument as Keras takes it (ZeroPadding*, Cropping*): one int for
    /// both ends of every axis (<c>1</c>), one int per axis (<c>(1, 2)</c>), or a (before, after)
    /// pair per axis (<c>((1, 2), (3, 4))</c>). For the 1D layers a pair <c>(1, 2)</c> is
    /// (before, after) of the one axis. <c>default</c> means "Keras's default".
    /// </summary>
    public readonly struct Margins
    {
        private readonly ArgValue? value;

        private Margins(ArgValue value) => this.value = value;

        /// <summary>False for <c>default</c>, which means Keras's default.</summary>
        public bool IsSpecified => value != null;

        /// <summary>The same amount at both ends of every axis.</summary>
        public static implicit operator Margins(int n) => new Margins(ArgValue.Of((long)n));

        /// <summary>One amount per axis (2D), or (before, after) for the 1D layers.</summary>
        public static implicit operator Margins((int, int) t) => new Margins(Ints(t.Item1, t.Item2));

        /// <summary>One amount per axis (3D).</summary>
        public static implicit operator Margins((int, int, int) t) => new Margins(Ints(t.Item1, t.Item2, t.Item3));

        /// <summary>((top, bottom), (left, right)).</summary>
        public static implicit operator Margins(((int, int), (int, int)) t) =>
            new Margins(ArgValue.Tuple(Ints(t.Item1.Item1, t.Item1.Item2), Ints(t.Item2.Item1, t.Item2.Item2)));

        /// <summary>A (before, after) pair for each of three axes.</summary>
        public static implicit operator Margins(((int, int), (int, int), (int, int)) t) =>
            new Margins(ArgValue.Tuple(Ints(t.Item1.Item1, t.Item1.Item2), Ints(t.Item2.Item1, t.Item2.Item2), Ints(t.Item3.Item1, t.Item3.Item2)));

        internal ArgValue ToArg() => value ?? ArgValue.Null;

        /// <summary>The value in Python's spelling, as Keras's messages show it, e.g. <c>((1, 2), (3, 4))</c>; "None" when not given.</summary>
        public override string ToString() => ToArg().ToString();

        private static ArgValue Ints(params int[] values)
        {
            var items = new ArgValue[values.Length];
            for (int i = 0; i < values.Length; i++) items[i] = ArgValue.Of((long)values[i]);
            return ArgValue.Tuple(items);
        }
    }
}
