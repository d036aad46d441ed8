using System;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// One call's arguments as both readers record them, in the runtime's order: parameter order, except that
    /// <c>input</c> goes last and only when given, as the runtime's <c>Sequential.Add</c> appends it.
    /// The arguments are gathered in a per-thread scratch array and copied out at the exact size, one allocation
    /// per call: how many there are is known only once <c>input</c> has been read. Reading nests (a wrapper's
    /// argument is a factory call with its own arguments): a nested call finds the scratch array taken and gets
    /// a fresh one. Use it as a local and call <see cref="ToArray"/> once.
    /// </summary>
    internal struct CallArguments
    {
        [ThreadStatic]
        private static Arg[]? scratch;

        private readonly Arg[] buffer;
        private int count;
        private Arg? input;

        /// <param name="capacity">The method's parameter count.</param>
        public CallArguments(int capacity)
        {
            var free = scratch;
            if (free != null && free.Length >= capacity)
            {
                scratch = null;
                buffer = free;
            }
            else
            {
                buffer = new Arg[Math.Max(capacity, 32)];
            }
            count = 0;
            input = null;
        }

        public void Add(Arg arg)
        {
            if (arg.Name == SequentialModel.InputArg)
            {
                if (!arg.Value.IsNull) input = arg;
                return;
            }
            buffer[count++] = arg;
        }

        /// <summary>The arguments at their exact size; the scratch array is free again.</summary>
        public Arg[] ToArray()
        {
            if (input != null) buffer[count++] = input;
            var result = count == 0 ? Array.Empty<Arg>() : new Arg[count];
            Array.Copy(buffer, result, count);
            Array.Clear(buffer, 0, count);
            scratch = buffer;
            return result;
        }
    }
}
