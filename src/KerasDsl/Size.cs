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
        // Up to five values held in the struct itself, not in an array: a size is written at nearly every layer call,
        // and an array would be one more object made for each.
        private readonly int v0, v1, v2, v3, v4;
        private readonly byte count;
        private readonly bool isTuple;

        private Size(int count, bool isTuple, int v0, int v1 = 0, int v2 = 0, int v3 = 0, int v4 = 0)
        {
            this.count = (byte)count;
            this.isTuple = isTuple;
            this.v0 = v0;
            this.v1 = v1;
            this.v2 = v2;
            this.v3 = v3;
            this.v4 = v4;
        }

        public bool IsSpecified => count != 0;

        public static implicit operator Size(int n) => new Size(1, false, n);
        public static implicit operator Size((int, int) t) => new Size(2, true, t.Item1, t.Item2);
        public static implicit operator Size((int, int, int) t) => new Size(3, true, t.Item1, t.Item2, t.Item3);
        public static implicit operator Size((int, int, int, int) t) => new Size(4, true, t.Item1, t.Item2, t.Item3, t.Item4);
        public static implicit operator Size((int, int, int, int, int) t) => new Size(5, true, t.Item1, t.Item2, t.Item3, t.Item4, t.Item5);

        /// <summary>How many values: 0 when not given, 1 for an int, the tuple's length otherwise.</summary>
        internal int Count => count;

        /// <summary>True for a tuple, even of one value; false for a single int.</summary>
        internal bool IsTuple => isTuple;

        internal int this[int index] =>
            index == 0 ? v0 : index == 1 ? v1 : index == 2 ? v2 : index == 3 ? v3 : v4;

        internal ArgValue ToArg()
        {
            if (count == 0) return ArgValue.Null;
            if (!isTuple) return ArgValue.Of((long)v0);
            var items = new ArgValue[count];
            for (int i = 0; i < items.Length; i++) items[i] = ArgValue.Of((long)this[i]);
            return ArgValue.Tuple(items);
        }

        public override string ToString() => ToArg().ToString();
    }
}
