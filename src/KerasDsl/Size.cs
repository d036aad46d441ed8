using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Runtime.CompilerServices;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A size argument as Keras takes it: one int for every axis (<c>3</c>) or a tuple
    /// (<c>(3, 3)</c>, or as a C# 12 collection expression <c>[3, 3]</c>; <c>[3]</c> is the one-element tuple <c>(3,)</c>). Used for kernel sizes, strides, pool sizes, dilation rates, and the
    /// dims of Reshape and Permute. <c>default</c> means "Keras's default".
    /// </summary>
    [CollectionBuilder(typeof(Size), nameof(Create))]
    public readonly struct Size
    {
        private readonly int[]? values;
        private readonly bool isTuple;

        private Size(int[] values, bool isTuple)
        {
            this.values = values;
            this.isTuple = isTuple;
        }

        /// <summary>False for <c>default</c>: Keras's default.</summary>
        public bool IsSpecified => values != null;

        /// <summary>
        /// The builder of C# 12's collection expressions: <c>[3, 3]</c> is the tuple <c>(3, 3)</c>, and <c>[3]</c> the one-element
        /// tuple <c>(3,)</c> a C# tuple cannot spell. The compiler calls it; write the brackets.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static Size Create(ReadOnlySpan<int> values) => new Size(values.ToArray(), true);

        /// <summary>The values as given (one for a single int); none when not given. Also what makes the brackets a collection expression.</summary>
        public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)(values ?? Array.Empty<int>())).GetEnumerator();

        /// <summary>One int: the same value on every axis, <c>3</c>.</summary>
        public static implicit operator Size(int n) => new Size(new[] { n }, false);
        /// <summary>A tuple of 2: one value per axis.</summary>
        public static implicit operator Size((int, int) t) => new Size(new[] { t.Item1, t.Item2 }, true);
        /// <summary>A tuple of 3: one value per axis.</summary>
        public static implicit operator Size((int, int, int) t) => new Size(new[] { t.Item1, t.Item2, t.Item3 }, true);
        /// <summary>A tuple of 4: one value per axis.</summary>
        public static implicit operator Size((int, int, int, int) t) => new Size(new[] { t.Item1, t.Item2, t.Item3, t.Item4 }, true);
        /// <summary>A tuple of 5: one value per axis.</summary>
        public static implicit operator Size((int, int, int, int, int) t) => new Size(new[] { t.Item1, t.Item2, t.Item3, t.Item4, t.Item5 }, true);

        internal ArgValue ToArg() =>
            values == null ? ArgValue.Null
            : !isTuple ? ArgValue.Of((long)values[0])
            : ArgValue.Tuple(values.Select(v => ArgValue.Of((long)v)).ToArray());

        /// <summary>Python's spelling, as Keras messages show it: <c>(28, 28, 1)</c>, <c>(None,)</c>, <c>None</c> when not given.</summary>
        public override string ToString() => ToArg().ToString();
    }
}
