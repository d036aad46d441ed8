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
