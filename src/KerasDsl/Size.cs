using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A size argument as Keras takes it: one int for every axis (<c>3</c>) or a tuple
    /// (<c>(3, 3)</c>, or as a C# 12 collection expression <c>[3, 3]</c>; <c>[3]</c> is the one-element tuple <c>(3,)</c>).
    /// Used for kernel sizes, strides, pool sizes, dilation rates, and the dims of Reshape and Permute.
    /// <c>default</c> means "Keras's default".
    /// </summary>
    [CollectionBuilder(typeof(Size), nameof(Create))]
    public readonly struct Size
    {
        // Up to five values held in the struct itself, not in an array: a size is written at nearly every layer call,
        // and an array would be one more object made for each. Only a collection expression of six or more values
        // (a Reshape to many dims) needs the array.
        private readonly int v0, v1, v2, v3, v4;
        private readonly int[]? many;
        private readonly int count;
        private readonly bool isTuple;

        private Size(int count, bool isTuple, int v0, int v1 = 0, int v2 = 0, int v3 = 0, int v4 = 0)
        {
            this.count = count;
            this.isTuple = isTuple;
            this.v0 = v0;
            this.v1 = v1;
            this.v2 = v2;
            this.v3 = v3;
            this.v4 = v4;
            many = null;
        }

        private Size(int[] many)
        {
            this = default;
            this.many = many;
            count = many.Length;
            isTuple = true;
        }

        /// <summary>False for <c>default</c>: Keras's default. An empty <c>[]</c> is given (and refused where Keras refuses it).</summary>
        public bool IsSpecified => count != 0 || isTuple;

        /// <summary>
        /// The builder of C# 12's collection expressions: <c>[3, 3]</c> is the tuple <c>(3, 3)</c>, and <c>[3]</c> the one-element
        /// tuple <c>(3,)</c> a C# tuple cannot spell. The compiler calls it; write the brackets.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static Size Create(ReadOnlySpan<int> values)
        {
            switch (values.Length)
            {
                case 0: return new Size(Array.Empty<int>());
                case 1: return new Size(1, true, values[0]);
                case 2: return new Size(2, true, values[0], values[1]);
                case 3: return new Size(3, true, values[0], values[1], values[2]);
                case 4: return new Size(4, true, values[0], values[1], values[2], values[3]);
                case 5: return new Size(5, true, values[0], values[1], values[2], values[3], values[4]);
                default: return new Size(values.ToArray());
            }
        }

        /// <summary>The values as given (one for a single int); none when not given. Also what makes the brackets a collection expression.</summary>
        public IEnumerator<int> GetEnumerator()
        {
            for (int i = 0; i < count; i++) yield return this[i];
        }

        /// <summary>One int: the same value on every axis, <c>3</c>.</summary>
        public static implicit operator Size(int n) => new Size(1, false, n);
        /// <summary>A tuple of 2: one value per axis.</summary>
        public static implicit operator Size((int, int) t) => new Size(2, true, t.Item1, t.Item2);
        /// <summary>A tuple of 3: one value per axis.</summary>
        public static implicit operator Size((int, int, int) t) => new Size(3, true, t.Item1, t.Item2, t.Item3);
        /// <summary>A tuple of 4: one value per axis.</summary>
        public static implicit operator Size((int, int, int, int) t) => new Size(4, true, t.Item1, t.Item2, t.Item3, t.Item4);
        /// <summary>A tuple of 5: one value per axis.</summary>
        public static implicit operator Size((int, int, int, int, int) t) => new Size(5, true, t.Item1, t.Item2, t.Item3, t.Item4, t.Item5);

        /// <summary>How many values: 0 when not given, 1 for an int, the tuple's length otherwise.</summary>
        internal int Count => count;

        /// <summary>True for a tuple, even of one value; false for a single int.</summary>
        internal bool IsTuple => isTuple;

        internal int this[int index] =>
            many != null ? many[index] : index == 0 ? v0 : index == 1 ? v1 : index == 2 ? v2 : index == 3 ? v3 : v4;

        internal ArgValue ToArg()
        {
            if (!isTuple) return count == 0 ? ArgValue.Null : ArgValue.Of((long)v0);
            var items = new ArgValue[count];
            for (int i = 0; i < items.Length; i++) items[i] = ArgValue.Of((long)this[i]);
            return ArgValue.Tuple(items);
        }

        /// <summary>Python's spelling, as Keras messages show it: <c>(28, 28, 1)</c>, <c>(None,)</c>, <c>None</c> when not given.</summary>
        public override string ToString() => ToArg().ToString();
    }
}
