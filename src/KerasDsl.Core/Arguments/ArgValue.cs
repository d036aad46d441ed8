using System;
using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    internal enum ArgKind
    {
        Null,
        Int,
        Float,
        String,
        Bool,
        Tuple,
        Layer,
    }

    /// <summary>
    /// A layer argument's value as the three callers can all produce it: the runtime from its
    /// typed parameters, the analyzer from constant evaluation, the CLI from Keras JSON.
    /// Immutable, with value equality (it lives in the generator's cached models).
    /// </summary>
    internal sealed class ArgValue : IEquatable<ArgValue>
    {
        private ArgValue(ArgKind kind, long integer = 0, double number = 0, string? text = null,
            EquatableArray<ArgValue> items = default, LayerCall? layer = null)
        {
            Kind = kind;
            Integer = integer;
            Number = number;
            Text = text;
            Items = items;
            Layer = layer;
        }

        public static readonly ArgValue Null = new ArgValue(ArgKind.Null);
        public static readonly ArgValue True = new ArgValue(ArgKind.Bool, integer: 1);
        public static readonly ArgValue False = new ArgValue(ArgKind.Bool, integer: 0);

        public static ArgValue Of(long value) =>
            value >= SmallIntMin && value <= SmallIntMax ? SmallInts[value - SmallIntMin] : new ArgValue(ArgKind.Int, integer: value);
        public static ArgValue Of(double value) => new ArgValue(ArgKind.Float, number: value);
        public static ArgValue Of(bool value) => value ? True : False;
        public static ArgValue Of(string? value) => value == null ? Null : new ArgValue(ArgKind.String, text: value);
        public static ArgValue Of(LayerCall? value) => value == null ? Null : new ArgValue(ArgKind.Layer, layer: value);
        public static ArgValue Tuple(params ArgValue[] items) => new ArgValue(ArgKind.Tuple, items: new EquatableArray<ArgValue>(items));

        /// <summary>
        /// The ints most arguments are (units, filters, sizes, axes), one shared record each: immutable, and equal
        /// records that are the same object compare at once, which the analyzer's caches do for every argument of every
        /// chain they look up.
        /// </summary>
        private const long SmallIntMin = -16, SmallIntMax = 1024;

        private static readonly ArgValue[] SmallInts = CreateSmallInts();

        private static ArgValue[] CreateSmallInts()
        {
            var values = new ArgValue[SmallIntMax - SmallIntMin + 1];
            for (long v = SmallIntMin; v <= SmallIntMax; v++) values[v - SmallIntMin] = new ArgValue(ArgKind.Int, integer: v);
            return values;
        }
        public static ArgValue Of(long? value) => value.HasValue ? Of(value.Value) : Null;
        public static ArgValue Of(double? value) => value.HasValue ? Of(value.Value) : Null;
        public static ArgValue Of(bool? value) => value.HasValue ? Of(value.Value) : Null;

        public static ArgValue Ints(params long?[] dims) => Tuple(dims.Select(Of).ToArray());

        public ArgKind Kind { get; }
        public long Integer { get; }
        public double Number { get; }
        public string? Text { get; }
        public EquatableArray<ArgValue> Items { get; }
        public LayerCall? Layer { get; }

        public bool IsNull => Kind == ArgKind.Null;
        public bool Bool => Integer != 0;

        /// <summary>Python's spelling, as Keras messages show values: <c>None</c>, <c>(3, 3)</c>, <c>'relu'</c>.</summary>
        public override string ToString()
        {
            switch (Kind)
            {
                case ArgKind.Null: return "None";
                case ArgKind.Int: return Integer.ToString(CultureInfo.InvariantCulture);
                case ArgKind.Float: return Number.ToString("R", CultureInfo.InvariantCulture);
                case ArgKind.String: return "'" + Text + "'";
                case ArgKind.Bool: return Bool ? "True" : "False";
                case ArgKind.Tuple:
                    var inner = string.Join(", ", Items.Select(i => i.ToString()));
                    return "(" + inner + (Items.Count == 1 ? ",)" : ")");
                case ArgKind.Layer: return Layer!.ClassName + "(...)";
                default: return "?";
            }
        }

        public bool Equals(ArgValue? other) =>
            ReferenceEquals(this, other) ||
            other is object && Kind == other.Kind && Integer == other.Integer &&
            Number.Equals(other.Number) && Text == other.Text && Items.Equals(other.Items) &&
            Equals(Layer, other.Layer);

        public override bool Equals(object? obj) => Equals(obj as ArgValue);

        public override int GetHashCode() =>
            ((((int)Kind * 31 + Integer.GetHashCode()) * 31 + Number.GetHashCode()) * 31 +
             (Text?.GetHashCode() ?? 0)) * 31 + Items.GetHashCode() + (Layer?.GetHashCode() ?? 0);
    }
}
