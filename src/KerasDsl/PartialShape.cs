using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Runtime.CompilerServices;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A shape without the batch dim whose sizes may be unknown, as Keras takes EinsumDense's <c>output_shape</c>:
    /// <c>64</c>, <c>(null, 64)</c>, <c>(8, 32)</c>, or a C# 12 collection expression: <c>[null]</c> is Keras's <c>(None,)</c>,
    /// <c>[]</c> is <c>()</c>. <c>default</c> means "not given".
    /// </summary>
    [CollectionBuilder(typeof(PartialShape), nameof(Create))]
    public readonly struct PartialShape
    {
        private readonly int?[]? dims;

        /// <summary>A shape of these sizes, null for an unknown one.</summary>
        public PartialShape(params int?[] dims) => this.dims = (int?[])dims.Clone();

        /// <summary>False for <c>default</c>: not given.</summary>
        public bool IsSpecified => dims != null;

        /// <summary>
        /// The builder of C# 12's collection expressions, for the one-dim shape a tuple cannot spell: <c>[null]</c> is Keras's
        /// <c>(None,)</c>, <c>[28, 28, 1]</c> is <c>(28, 28, 1)</c>, <c>[]</c> is <c>()</c>. The compiler calls it; write the brackets.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static PartialShape Create(ReadOnlySpan<int?> dims) => new PartialShape(dims.ToArray());

        /// <summary>The sizes, null for an unknown one; none when not given. Also what makes the brackets a collection expression.</summary>
        public IEnumerator<int?> GetEnumerator() => ((IEnumerable<int?>)(dims ?? Array.Empty<int?>())).GetEnumerator();

        /// <summary>One int: a shape of one known dim, <c>3</c>.</summary>
        public static implicit operator PartialShape(int d) => new PartialShape(d);
        /// <summary>A tuple of 2: one dim each, <c>null</c> for an unknown one.</summary>
        public static implicit operator PartialShape((int?, int?) t) => new PartialShape(t.Item1, t.Item2);
        /// <summary>A tuple of 3: one dim each, <c>null</c> for an unknown one.</summary>
        public static implicit operator PartialShape((int?, int?, int?) t) => new PartialShape(t.Item1, t.Item2, t.Item3);
        /// <summary>A tuple of 4: one dim each, <c>null</c> for an unknown one.</summary>
        public static implicit operator PartialShape((int?, int?, int?, int?) t) => new PartialShape(t.Item1, t.Item2, t.Item3, t.Item4);
        /// <summary>A tuple of 5: one dim each, <c>null</c> for an unknown one.</summary>
        public static implicit operator PartialShape((int?, int?, int?, int?, int?) t) => new PartialShape(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5);

        internal ArgValue ToArg() =>
            dims == null ? ArgValue.Null
            : dims.Length == 1 && dims[0].HasValue ? ArgValue.Of((long)dims[0]!.Value)
            : ArgValue.Tuple(dims.Select(d => ArgValue.Of((long?)d)).ToArray());

        /// <summary>Python's spelling, as Keras messages show it: <c>(28, 28, 1)</c>, <c>(None,)</c>, <c>None</c> when not given.</summary>
        public override string ToString() => ToArg().ToString();
    }
}
