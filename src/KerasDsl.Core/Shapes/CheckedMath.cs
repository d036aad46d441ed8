using System;

namespace KerasDsl.Core
{
    /// <summary>
    /// 64-bit arithmetic that refuses to wrap: a count that does not fit is a KD0006 error,
    /// never a wrong number.
    /// </summary>
    internal static class CheckedMath
    {
        public static long Multiply(long a, long b, string what)
        {
            try { return checked(a * b); }
            catch (OverflowException) { throw Overflow(what); }
        }

        public static long Add(long a, long b, string what)
        {
            try { return checked(a + b); }
            catch (OverflowException) { throw Overflow(what); }
        }

        public static long Product(long[] values, string what)
        {
            long p = 1;
            foreach (var v in values) p = Multiply(p, v, what);
            return p;
        }

        // The Try forms let a caller on a hot path build its message only when it is needed: "the size of
        // weight 'kernel' (3 x 3 x 16 x 32)" costs more to write than the multiplication it describes.

        public static bool TryMultiply(long a, long b, out long product)
        {
            try { product = checked(a * b); return true; }
            catch (OverflowException) { product = 0; return false; }
        }

        public static bool TryAdd(long a, long b, out long sum)
        {
            try { sum = checked(a + b); return true; }
            catch (OverflowException) { sum = 0; return false; }
        }

        public static bool TryProduct(long[] values, out long product)
        {
            product = 1;
            foreach (var v in values)
                if (!TryMultiply(product, v, out product)) return false;
            return true;
        }

        /// <summary>KD0006: <paramref name="what"/> does not fit in 64 bits.</summary>
        public static KerasModelException Overflow(string what) =>
            new KerasModelException(Diagnostics.ParamCountOverflow, null,
                $"{what} does not fit in 64 bits: the model is too large to count. Reduce the layer sizes.");
    }
}
