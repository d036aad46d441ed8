using System;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A Keras initializer, as a layer's <c>*Initializer</c> argument takes it: a Keras name (<c>"he_normal"</c>, converted
    /// implicitly; <see cref="Initializers"/> lists the names) or an object made by a factory of <see cref="Keras"/>
    /// (<c>HeNormal(seed: 1)</c>). <c>default</c> means the layer's own default initializer (Dense's kernel: glorot_uniform).
    /// <para>
    /// The rule every typed Keras object of the runtime follows (<see cref="Initializer"/>, <see cref="Regularizer"/>,
    /// <see cref="Constraint"/>), on which the compile-time evaluator relies, with no exception: a string converts to
    /// Core's <c>ArgValue</c> string as written; each factory of <see cref="Keras"/> that returns this type is named
    /// exactly as the Keras class it makes (<c>HeNormal</c>), its parameters are named as that class's constructor
    /// arguments in camelCase, and it records <c>ArgValue.Of(new LayerCall("HeNormal", args))</c>: the class name and
    /// one argument per parameter, in order. Core checks the name or the class and its arguments as Keras does.
    /// </para>
    /// </summary>
    public readonly struct Initializer : IEquatable<Initializer>
    {
        private readonly ArgValue? value;

        private Initializer(ArgValue value) => this.value = value;

        /// <summary>A Keras initializer by name, as Keras's <c>get()</c> takes it (case matters): <c>"glorot_uniform"</c>, <c>"he_normal"</c>, <c>"zeros"</c>, <c>"GlorotUniform"</c>. Null is <c>default</c>.</summary>
        public static implicit operator Initializer(string? name) => name == null ? default : new Initializer(ArgValue.Of(name));

        /// <summary>An object of Keras class <paramref name="className"/> with these constructor arguments (the factories' record).</summary>
        internal static Initializer Object(string className, params Arg[] args) => new Initializer(ArgValue.Of(new LayerCall(className, args)));

        /// <summary>False for <c>default</c>: the layer's own default (Dense's kernel: glorot_uniform).</summary>
        public bool IsSpecified => value != null;

        /// <summary>Core's record: the name as a string, an object as its class and arguments, <c>default</c> as null.</summary>
        internal ArgValue ToArg() => value ?? ArgValue.Null;

        /// <summary>Equal when both are the same name, or objects of the same class with equal arguments.</summary>
        public bool Equals(Initializer other) => Equals(value, other.value);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Initializer other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => value?.GetHashCode() ?? 0;

        /// <summary>The name as written, or the object as <c>HeNormal(seed=1, ...)</c>; "default" when not given.</summary>
        public override string ToString() => value == null ? "default" : value.Kind == ArgKind.String ? value.Text! : value.Layer!.ToString();

        /// <summary>Equality by value.</summary>
        public static bool operator ==(Initializer left, Initializer right) => left.Equals(right);

        /// <summary>Inequality by value.</summary>
        public static bool operator !=(Initializer left, Initializer right) => !left.Equals(right);
    }
}
