using System;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// A per-thread scratch array for one call's arguments: the readers learn how many there are (an <c>input</c>
    /// left at null is dropped) only after reading them, and then copy them into an array of the exact size,
    /// one allocation per call instead of two. Reading nests (a wrapper's argument is a factory call with its own
    /// arguments): a nested call finds the scratch array taken and gets a fresh one.
    /// </summary>
    internal static class ArgBuffer
    {
        [ThreadStatic]
        private static Arg[]? scratch;

        /// <summary>An array of at least <paramref name="length"/>, the thread's scratch array when it is free.</summary>
        public static Arg[] Rent(int length)
        {
            var buffer = scratch;
            if (buffer != null && buffer.Length >= length)
            {
                scratch = null;
                return buffer;
            }
            return new Arg[Math.Max(length, 32)];
        }

        /// <summary>The first <paramref name="count"/> arguments as an exact array; <paramref name="buffer"/> becomes the free scratch array.</summary>
        public static Arg[] ToArrayAndReturn(Arg[] buffer, int count)
        {
            var result = count == 0 ? Array.Empty<Arg>() : new Arg[count];
            Array.Copy(buffer, result, count);
            Array.Clear(buffer, 0, count);
            scratch = buffer;
            return result;
        }
    }
}
