namespace KerasDsl.Core
{
    /// <summary>
    /// The option lists layers check strings against, made once: a literal list at each call would be a new array
    /// for every layer made.
    /// </summary>
    internal static class OptionLists
    {
        public static readonly string[] ValidSame = { "valid", "same" };
        public static readonly string[] ValidSameCausal = { "valid", "same", "causal" };
        public static readonly string[] DataFormats = { "channels_last", "channels_first" };
        public static readonly string[] UpSamplingInterpolations = { "nearest", "bilinear", "bicubic", "lanczos3", "lanczos5", "area" };

        /// <summary>
        /// (-1,): the last axis, the default axis of the normalization layers and Softmax. Shared: the layers that take
        /// it as their default keep it in a read-only field and never write to it.
        /// </summary>
        public static readonly long[] LastAxis = { -1 };

        /// <summary>
        /// (1,), (1, 1), (1, 1, 1): the default strides and dilation rates of the convolutions, one shared array per rank
        /// instead of a new one for each layer made. The layers only read them.
        /// </summary>
        public static long[] Units(int rank) => rank < UnitsByRank.Length ? UnitsByRank[rank] : Filled(rank, 1L);

        private static readonly long[][] UnitsByRank = { new long[0], new long[] { 1 }, new long[] { 1, 1 }, new long[] { 1, 1, 1 } };

        public static long[] Filled(int rank, long value)
        {
            var a = new long[rank];
            for (int i = 0; i < rank; i++) a[i] = value;
            return a;
        }

        public static long?[] Ones(int rank)
        {
            var a = new long?[rank];
            for (int i = 0; i < rank; i++) a[i] = 1;
            return a;
        }
    }
}
