using System;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A Keras weight constraint, as a layer's <c>*Constraint</c> argument takes it: a Keras name (<c>"non_neg"</c>, converted
    /// implicitly; <see cref="Constraints"/> lists the names) or an object made by a factory of <see cref="Keras"/>
    /// (<c>MaxNorm(3)</c>). <c>default</c> means none, Keras's default.
    /// <para>
    /// The rule every typed Keras object of the runtime follows (<see cref="Initializer"/>, <see cref="Regularizer"/>,
    /// <see cref="Constraint"/>), on which the compile-time evaluator relies, with no exception: a string converts to
    /// Core's <c>ArgValue</c> string as written; each factory of <see cref="Keras"/> that returns this type is named
    /// exactly as the Keras class it makes (<c>MaxNorm</c>), its parameters are named as that class's constructor
    /// arguments in camelCase, and it records <c>ArgValue.Of(new LayerCall("MaxNorm", args))</c>: the class name and
    /// one argument per parameter, in order. Core checks the name or the class and its arguments as Keras does.
    /// </para>
    /// </summary>
    public readonly struct Constraint : IEquatable<Constraint>
    {
        private readonly ArgValue? value;

        private Constraint(ArgValue value) => this.value = value;

        /// <summary>A Keras constraint by name, as Keras's <c>get()</c> takes it (case matters): <c>"max_norm"</c>, <c>"non_neg"</c>, <c>"unit_norm"</c>, <c>"MaxNorm"</c>. Null is <c>default</c>.</summary>
        public static implicit operator Constraint(string? name) => name == null ? default : new Constraint(ArgValue.Of(name));

        /// <summary>An object of Keras class <paramref name="className"/> with these constructor arguments (the factories' record).</summary>
        internal static Constraint Object(string className, params Arg[] args) => new Constraint(ArgValue.Of(new LayerCall(className, args)));

        /// <summary>False for <c>default</c>: the layer's own default: none.</summary>
        public bool IsSpecified => value != null;

        /// <summary>Core's record: the name as a string, an object as its class and arguments, <c>default</c> as null.</summary>
        internal ArgValue ToArg() => value ?? ArgValue.Null;

        /// <summary>Equal when both are the same name, or objects of the same class with equal arguments.</summary>
        public bool Equals(Constraint other) => Equals(value, other.value);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Constraint other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => value?.GetHashCode() ?? 0;

        /// <summary>The name as written, or the object as <c>MaxNorm(seed=1, ...)</c>; "default" when not given.</summary>
        public override string ToString() => value == null ? "default" : value.Kind == ArgKind.String ? value.Text! : value.Layer!.ToString();

        /// <summary>Equality by value.</summary>
        public static bool operator ==(Constraint left, Constraint right) => left.Equals(right);

        /// <summary>Inequality by value.</summary>
        public static bool operator !=(Constraint left, Constraint right) => !left.Equals(right);
    }
}
