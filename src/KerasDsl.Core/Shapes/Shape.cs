using System;
using System.Collections.Generic;
using System.Text;

namespace KerasDsl
{
    /// <summary>
    /// A tensor shape as Keras sees it, batch dim included: each dim is a size or unknown
    /// (<c>null</c>, printed <c>None</c>). Immutable, with value equality (<see cref="Equals(Shape)"/>; <c>==</c> compares references).
    /// </summary>
    public sealed class Shape : IEquatable<Shape>
    {
        private readonly long?[] dims;

        /// <summary>A shape of these dims, batch dim first: <c>new Shape(null, 28, 28, 1)</c> is <c>(None, 28, 28, 1)</c>.</summary>
        /// <param name="dims">Each dim's size, or null for an unknown one; copied.</param>
        public Shape(params long?[] dims)
        {
            this.dims = (long?[])dims.Clone();
        }

        private Shape(long?[] dims, bool noCopy) => this.dims = dims;

        /// <summary>A shape over an array its caller made for it and will not change (no defensive copy).</summary>
        internal static Shape FromOwned(long?[] dims) => new Shape(dims, noCopy: true);

        /// <summary>A shape from the dims after the batch dim, with an unknown batch dim prepended.</summary>
        internal static Shape WithBatch(IReadOnlyList<long?> dimsWithoutBatch)
        {
            var all = new long?[dimsWithoutBatch.Count + 1];
            for (int i = 0; i < dimsWithoutBatch.Count; i++) all[i + 1] = dimsWithoutBatch[i];
            return new Shape(all, noCopy: true);
        }

        /// <summary>
        /// This shape as a list of one, made once per shape object: what a layer of one output yields and what its
        /// consumer is applied to. A layer that passes its input through (BatchNormalization, activations, Dropout)
        /// yields the same shape object, so one list serves a whole run of such layers instead of two new arrays each.
        /// Read-only by contract, as every IReadOnlyList of shapes is; a benign race makes two equal lists.
        /// </summary>
        internal IReadOnlyList<Shape> AsList() => System.Threading.Volatile.Read(ref asList) ?? MakeList();

        private Shape[]? asList;

        private Shape[] MakeList()
        {
            var list = new[] { this };
            System.Threading.Volatile.Write(ref asList, list);
            return list;
        }

        /// <summary>The number of dims, batch dim included: 2 for <c>(None, 64)</c>.</summary>
        public int Rank => dims.Length;

        /// <summary>The dim at <paramref name="index"/> (0 is the batch dim; a negative index counts from the end, as Python's); null when unknown.</summary>
        /// <param name="index">From 0 to <see cref="Rank"/> - 1, or from -<see cref="Rank"/> to -1.</param>
        public long? this[int index] => dims[index < 0 ? dims.Length + index : index];

        /// <summary>Every dim, batch dim first; null where unknown.</summary>
        public IReadOnlyList<long?> Dims => dims;

        /// <summary>The last dim, the one Dense, RNNs and convolutions call channels or features.</summary>
        public long? Last => dims[dims.Length - 1];

        internal Shape Replace(int index, long? value)
        {
            var copy = (long?[])dims.Clone();
            copy[index < 0 ? copy.Length + index : index] = value;
            return new Shape(copy, noCopy: true);
        }

        /// <summary>Dims [start, end) as a new shape.</summary>
        internal Shape Slice(int start, int end)
        {
            var copy = new long?[end - start];
            Array.Copy(dims, start, copy, 0, copy.Length);
            return new Shape(copy, noCopy: true);
        }

        internal Shape Append(params long?[] more)
        {
            var copy = new long?[dims.Length + more.Length];
            dims.CopyTo(copy, 0);
            more.CopyTo(copy, dims.Length);
            return new Shape(copy, noCopy: true);
        }

        internal static Shape Concat(Shape a, Shape b) => a.Append(b.dims);

        /// <summary>
        /// Whether a tensor of shape <paramref name="given"/> fits an input declared as this shape, as Keras's input
        /// spec checks a called model's input: the same rank, and the same size wherever both know it (None matches any).
        /// </summary>
        internal bool Accepts(Shape given)
        {
            if (Rank != given.Rank) return false;
            for (int i = 1; i < Rank; i++)
                if (dims[i] != null && given.dims[i] != null && dims[i] != given.dims[i]) return false;
            return true;
        }

        internal bool IsFullyKnownAfterBatch()
        {
            for (int i = 1; i < dims.Length; i++) if (dims[i] == null) return false;
            return true;
        }

        /// <summary>Python's tuple spelling, as Keras prints shapes: <c>(None, 4)</c>, <c>(None,)</c>.</summary>
        public override string ToString()
        {
            var sb = new StringBuilder("(");
            for (int i = 0; i < dims.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(dims[i]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None");
            }
            if (dims.Length == 1) sb.Append(',');
            return sb.Append(')').ToString();
        }

        /// <summary>True when both have the same rank and the same dims, unknown ones at the same places.</summary>
        public bool Equals(Shape? other)
        {
            if (other is null || other.dims.Length != dims.Length) return false;
            for (int i = 0; i < dims.Length; i++) if (dims[i] != other.dims[i]) return false;
            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Shape);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            int h = 17;
            foreach (var d in dims) h = h * 31 + (d?.GetHashCode() ?? -1);
            return h;
        }
    }
}
