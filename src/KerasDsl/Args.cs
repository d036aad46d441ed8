using System;
using System.Collections.Concurrent;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// Turns the builder's typed parameters into Core's argument records. A record whose value is null, true or false
    /// (most parameters left at their defaults: a Conv2D call has a dozen) is made once per name and shared: records
    /// are immutable, and every layer of every model would otherwise allocate them.
    /// </summary>
    internal static class Args
    {
        public static Arg A(string name, int value) => new Arg(name, ArgValue.Of((long)value));
        public static Arg A(string name, int? value) => value.HasValue ? A(name, value.Value) : Shared(name, ArgValue.Null);
        public static Arg A(string name, long value) => new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, double value) => new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, double? value) => value.HasValue ? A(name, value.Value) : Shared(name, ArgValue.Null);
        public static Arg A(string name, bool value) => Shared(name, ArgValue.Of(value));
        public static Arg A(string name, bool? value) => Shared(name, ArgValue.Of(value));
        public static Arg A(string name, string? value) => value == null ? Shared(name, ArgValue.Null) : new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, Size value) => Shared(name, value.ToArg());
        public static Arg A(string name, InputShape value) => Shared(name, value.ToArg());
        public static Arg A(string name, PartialShape value) => Shared(name, value.ToArg());
        public static Arg A(string name, Margins value) => Shared(name, value.ToArg());
        public static Arg A(string name, double[]? value) =>
            value == null ? Shared(name, ArgValue.Null) : new Arg(name, ArgValue.Tuple(System.Array.ConvertAll(value, v => ArgValue.Of(v))));
        public static Arg A(string name, LayerSpec? value) => value == null ? Shared(name, ArgValue.Null) : new Arg(name, ArgValue.Of(value.Call));
        public static Arg A(string name, Initializer value) => Shared(name, value.ToArg());
        public static Arg A(string name, Regularizer value) => Shared(name, value.ToArg());
        public static Arg A(string name, Constraint value) => Shared(name, value.ToArg());

        /// <summary>The record of <paramref name="value"/>: shared per name when it is null, true or false, new otherwise.</summary>
        private static Arg Shared(string name, ArgValue value)
        {
            var cache = ReferenceEquals(value, ArgValue.Null) ? NullArgs
                : ReferenceEquals(value, ArgValue.True) ? TrueArgs
                : ReferenceEquals(value, ArgValue.False) ? FalseArgs
                : null;
            if (cache == null) return new Arg(name, value);
            if (cache.TryGetValue(name, out var shared)) return shared;
            return cache.GetOrAdd(name, new Arg(name, value));
        }

        // Keyed by the parameter names, which are string literals: compared by reference, hashed by identity.
        private static readonly ConcurrentDictionary<string, Arg> NullArgs = new ConcurrentDictionary<string, Arg>(ByReference.Instance);
        private static readonly ConcurrentDictionary<string, Arg> TrueArgs = new ConcurrentDictionary<string, Arg>(ByReference.Instance);
        private static readonly ConcurrentDictionary<string, Arg> FalseArgs = new ConcurrentDictionary<string, Arg>(ByReference.Instance);

        private sealed class ByReference : System.Collections.Generic.IEqualityComparer<string>
        {
            public static readonly ByReference Instance = new ByReference();

            public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

            public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        public static LayerSpec Spec(string className, params Arg[] args) => new LayerSpec(new LayerCall(className, args));
    }
}
