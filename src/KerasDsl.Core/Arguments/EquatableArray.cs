using System;
using System.Collections;
using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// An immutable array with value equality, so records holding it can be compared by the
    /// incremental generator's cache (arrays compare by reference).
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? items;

        public EquatableArray(T[] items) => this.items = items;

        public static EquatableArray<T> Empty => new EquatableArray<T>(Array.Empty<T>());

        public int Count => items?.Length ?? 0;

        public T this[int index] => items![index];

        public bool Equals(EquatableArray<T> other)
        {
            var a = items ?? Array.Empty<T>();
            var b = other.items ?? Array.Empty<T>();
            if (ReferenceEquals(a, b)) return true;
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                // Shared records (an argument left at its default, a small int) are the same object: no call needed.
                if (!typeof(T).IsValueType && ReferenceEquals(a[i], b[i])) continue;
                if (!EqualityComparer<T>.Default.Equals(a[i], b[i])) return false;
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int h = 19;
            if (items != null) foreach (var item in items) h = h * 31 + (item?.GetHashCode() ?? 0);
            return h;
        }

        public static bool operator ==(EquatableArray<T> a, EquatableArray<T> b) => a.Equals(b);
        public static bool operator !=(EquatableArray<T> a, EquatableArray<T> b) => !a.Equals(b);

        /// <summary>A struct enumerator, so that <c>foreach</c> allocates nothing (the evaluation loops run it for every argument lookup).</summary>
        public Enumerator GetEnumerator() => new Enumerator(items ?? Array.Empty<T>());

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

        public struct Enumerator
        {
            private readonly T[] items;
            private int index;

            internal Enumerator(T[] items)
            {
                this.items = items;
                index = -1;
            }

            public T Current => items[index];

            public bool MoveNext() => ++index < items.Length;
        }
    }
}
