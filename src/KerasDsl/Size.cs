using System.Linq;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A size argument as Keras takes it: one int for every axis (<c>3</c>) or a tuple
    /// (<c>(3, 3)</c>). Used for kernel sizes, strides, pool sizes, dilation rates, and the
    /// dims of Reshape and Permute. <c>default</c> means "Keras's default".
    /// </summary>
    public readonly struct Size
    {
        private readonly int[]? values;
        private readonly bool isTuple;

        private Size(int[] values, bool isTuple)
        {
            this.values = values;
            this.isTuple = isTuple;
        }

        public bool IsSpecified => values != null;

        public static implicit operator Size(int n) => new Size(new[] { n }, false);
        public static implicit operator Size((int, int) t) => new Size(new[] { t.Item1, t.Item2 }, true);
        public static implicit operator Size((int, int, int) t) => new Size(new[] { t.Item1, t.Item2, t.Item3 }, true);
        public static implicit operator Size((int, int, int, int) t) => new Size(new[] { t.Item1, t.Item2, t.Item3, t.Item4 }, true);
        public static implicit operator Size((int, int, int, int, int) t) => new Size(new[] { t.Item1, t.Item2, t.Item3, t.Item4, t.Item5 }, true);

        internal ArgValue ToArg() =>
            values == null ? ArgValue.Null
            : !isTuple ? ArgValue.Of((long)values[0])
            : ArgValue.Tuple(values.Select(v => ArgValue.Of((long)v)).ToArray());

        public override string ToString() => ToArg().ToString();
    }
}
