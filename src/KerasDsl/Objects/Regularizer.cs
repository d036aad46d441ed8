using System;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A Keras regularizer, as a layer's <c>*Regularizer</c> argument takes it: a Keras name (<c>"l2"</c>, converted implicitly,
    /// which makes the class with its defaults; <see cref="Regularizers"/> lists the names) or an object made by a
    /// factory of <see cref="Keras"/> (<c>L2(1e-4)</c>). <c>default</c> means none, Keras's default.
    /// <para>
    /// The rule every typed Keras object of the runtime follows (<see cref="Initializer"/>, <see cref="Regularizer"/>,
    /// <see cref="Constraint"/>), on which the compile-time evaluator relies, with no exception: a string converts to
    /// Core's <c>ArgValue</c> string as written; each factory of <see cref="Keras"/> that returns this type is named
    /// exactly as the Keras class it makes (<c>L2</c>), its parameters are named as that class's constructor
    /// arguments in camelCase, and it records <c>ArgValue.Of(new LayerCall("L2", args))</c>: the class name and
    /// one argument per parameter, in order. Core checks the name or the class and its arguments as Keras does.
    /// </para>
    /// </summary>
    public readonly struct Regularizer : IEquatable<Regularizer>
    {
        private readonly ArgValue? value;

        private Regularizer(ArgValue value) => this.value = value;

        /// <summary>A Keras regularizer by name, as Keras's <c>get()</c> takes it (case matters): <c>"l1"</c>, <c>"l2"</c>, <c>"l1l2"</c>, <c>"L2"</c>. Null is <c>default</c>.</summary>
        public static implicit operator Regularizer(string? name) => name == null ? default : new Regularizer(ArgValue.Of(name));

        /// <summary>An object of Keras class <paramref name="className"/> with these constructor arguments (the factories' record).</summary>
        internal static Regularizer Object(string className, params Arg[] args) => new Regularizer(ArgValue.Of(new LayerCall(className, args)));

        /// <summary>False for <c>default</c>: the layer's own default: none.</summary>
        public bool IsSpecified => value != null;

        /// <summary>Core's record: the name as a string, an object as its class and arguments, <c>default</c> as null.</summary>
        internal ArgValue ToArg() => value ?? ArgValue.Null;

        /// <summary>Equal when both are the same name, or objects of the same class with equal arguments.</summary>
        public bool Equals(Regularizer other) => Equals(value, other.value);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Regularizer other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => value?.GetHashCode() ?? 0;

        /// <summary>The name as written, or the object as <c>L2(seed=1, ...)</c>; "default" when not given.</summary>
        public override string ToString() => value == null ? "default" : value.Kind == ArgKind.String ? value.Text! : value.Layer!.ToString();

        /// <summary>Equality by value.</summary>
        public static bool operator ==(Regularizer left, Regularizer right) => left.Equals(right);

        /// <summary>Inequality by value.</summary>
        public static bool operator !=(Regularizer left, Regularizer right) => !left.Equals(right);
    }
}
