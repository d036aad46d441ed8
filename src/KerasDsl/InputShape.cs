using System.Linq;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A layer's <c>input:</c> shape without the batch dim, written as Keras writes
    /// <c>input_shape</c>: <c>3</c>, <c>(28, 28, 3)</c>, or <c>(null, 5)</c> for an unknown dim.
    /// <c>default</c> means "not given".
    /// </summary>
    public readonly struct InputShape
    {
        private readonly int?[]? dims;

        public InputShape(params int?[] dims) => this.dims = (int?[])dims.Clone();

        public bool IsSpecified => dims != null;

        public static implicit operator InputShape(int d) => new InputShape(d);
        public static implicit operator InputShape((int?, int?) t) => new InputShape(t.Item1, t.Item2);
        public static implicit operator InputShape((int?, int?, int?) t) => new InputShape(t.Item1, t.Item2, t.Item3);
        public static implicit operator InputShape((int?, int?, int?, int?) t) => new InputShape(t.Item1, t.Item2, t.Item3, t.Item4);
        public static implicit operator InputShape((int?, int?, int?, int?, int?) t) => new InputShape(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5);
        public static implicit operator InputShape((int?, int?, int?, int?, int?, int?) t) => new InputShape(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6);

        internal ArgValue ToArg() =>
            dims == null ? ArgValue.Null
            : dims.Length == 1 && dims[0].HasValue ? ArgValue.Of((long)dims[0]!.Value)
            : ArgValue.Tuple(dims.Select(d => ArgValue.Of((long?)d)).ToArray());

        public override string ToString() => ToArg().ToString();
    }
}
