using System.Linq;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A shape without the batch dim whose sizes may be unknown, as Keras takes EinsumDense's <c>output_shape</c>:
    /// <c>64</c>, <c>(null, 64)</c>, <c>(8, 32)</c>. <c>default</c> means "not given"; <c>new PartialShape()</c> with
    /// no sizes is Keras's <c>()</c>.
    /// </summary>
    public readonly struct PartialShape
    {
        private readonly int?[]? dims;

        public PartialShape(params int?[] dims) => this.dims = (int?[])dims.Clone();

        public bool IsSpecified => dims != null;

        public static implicit operator PartialShape(int d) => new PartialShape(d);
        public static implicit operator PartialShape((int?, int?) t) => new PartialShape(t.Item1, t.Item2);
        public static implicit operator PartialShape((int?, int?, int?) t) => new PartialShape(t.Item1, t.Item2, t.Item3);
        public static implicit operator PartialShape((int?, int?, int?, int?) t) => new PartialShape(t.Item1, t.Item2, t.Item3, t.Item4);
        public static implicit operator PartialShape((int?, int?, int?, int?, int?) t) => new PartialShape(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5);

        internal ArgValue ToArg() =>
            dims == null ? ArgValue.Null
            : dims.Length == 1 && dims[0].HasValue ? ArgValue.Of((long)dims[0]!.Value)
            : ArgValue.Tuple(dims.Select(d => ArgValue.Of((long?)d)).ToArray());

        public override string ToString() => ToArg().ToString();
    }
}
