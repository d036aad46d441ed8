using System;

namespace KerasDsl.Core
{
    /// <summary>
    /// 64-bit arithmetic that refuses to wrap: a count that does not fit is a KD0006 error,
    /// never a wrong number.
    /// </summary>
    public static class CheckedMath
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

        private static KerasModelException Overflow(string what) =>
            new KerasModelException(Diagnostics.ParamCountOverflow, null,
                $"{what} does not fit in 64 bits: the model is too large to count. Reduce the layer sizes.");
    }
}
