using System;
using System.Collections.Concurrent;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>Turns the builder's typed parameters into Core's argument records.</summary>
    internal static class Args
    {
        public static Arg A(string name, int value) => new Arg(name, ArgValue.Of((long)value));
        public static Arg A(string name, int? value) => new Arg(name, ArgValue.Of((long?)value));
        public static Arg A(string name, long value) => new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, double value) => new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, double? value) => new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, bool value) => new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, bool? value) => new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, string? value) => new Arg(name, ArgValue.Of(value));
        public static Arg A(string name, Size value) => new Arg(name, value.ToArg());
        public static Arg A(string name, InputShape value) => new Arg(name, value.ToArg());
        public static Arg A(string name, PartialShape value) => new Arg(name, value.ToArg());
        public static Arg A(string name, Margins value) => new Arg(name, value.ToArg());
        public static Arg A(string name, double[]? value) =>
            new Arg(name, value == null ? ArgValue.Null : ArgValue.Tuple(System.Array.ConvertAll(value, v => ArgValue.Of(v))));
        public static Arg A(string name, LayerSpec? value) => new Arg(name, ArgValue.Of(value?.Call));
        public static Arg A(string name, Initializer value) => new Arg(name, value.ToArg());
        public static Arg A(string name, Regularizer value) => new Arg(name, value.ToArg());
        public static Arg A(string name, Constraint value) => new Arg(name, value.ToArg());

        public static LayerSpec Spec(string className, params Arg[] args) => new LayerSpec(new LayerCall(className, args));
    }
}
