using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Reads a layer's arguments with Keras's defaults and checks, turning each bad value into
    /// a KD0002/KD0003 refusal that names the argument, what was expected, what was found and
    /// how to fix it. Absent and null arguments mean "Keras's default".
    /// </summary>
    public sealed class LayerArgs
    {
        public LayerArgs(LayerCall call, string layerName)
        {
            Call = call;
            LayerName = layerName;
        }

        public LayerCall Call { get; }
        public string LayerName { get; }

        public ArgValue? Raw(string name)
        {
            var v = Call.Find(name);
            return v == null || v.IsNull ? null : v;
        }

        public bool Has(string name) => Raw(name) != null;

        // ---- scalars ----

        public long Int(string name, long? defaultValue = null)
        {
            var v = Raw(name);
            if (v == null)
            {
                if (defaultValue.HasValue) return defaultValue.Value;
                throw Invalid(name, "an integer", "nothing", $"pass {name}: explicitly; it has no default");
            }
            if (v.Kind == ArgKind.Int) return v.Integer;
            // Keras JSON may spell an integer as 3.0.
            if (v.Kind == ArgKind.Float && v.Number == Math.Floor(v.Number) && Math.Abs(v.Number) < 9e15) return (long)v.Number;
            throw Invalid(name, "an integer", v.ToString(), $"pass an integer for {name}:");
        }

        public long PositiveInt(string name, long? defaultValue = null)
        {
            long value = Int(name, defaultValue);
            if (value <= 0) throw Invalid(name, "a positive integer", value.ToString(CultureInfo.InvariantCulture), $"pass {name}: 1 or more");
            return value;
        }

        public long NonNegativeInt(string name, long? defaultValue = null)
        {
            long value = Int(name, defaultValue);
            if (value < 0) throw Invalid(name, "a non-negative integer", value.ToString(CultureInfo.InvariantCulture), $"pass {name}: 0 or more");
            return value;
        }

        public bool Bool(string name, bool defaultValue)
        {
            var v = Raw(name);
            if (v == null) return defaultValue;
            if (v.Kind == ArgKind.Bool) return v.Bool;
            throw Invalid(name, "true or false", v.ToString(), $"pass {name}: true or false");
        }

        public double Float(string name, double defaultValue, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
            bool minInclusive = true, bool maxInclusive = true)
        {
            var v = Raw(name);
            double value;
            if (v == null) value = defaultValue;
            else if (v.Kind == ArgKind.Float) value = v.Number;
            else if (v.Kind == ArgKind.Int) value = v.Integer;
            else throw Invalid(name, "a number", v.ToString(), $"pass a number for {name}:");
            bool ok = !double.IsNaN(value)
                && (minInclusive ? value >= min : value > min)
                && (maxInclusive ? value <= max : value < max);
            if (!ok)
            {
                string range = (minInclusive ? "[" : "(") + Fmt(min) + ", " + Fmt(max) + (maxInclusive ? "]" : ")");
                throw Invalid(name, "a number in " + range, Fmt(value), $"pass {name}: a value in {range}");
            }
            return value;
        }

        /// <summary>A number Keras requires (Dropout's rate, GaussianNoise's stddev), checked as <see cref="Float"/> checks.</summary>
        public double RequiredFloat(string name, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
            bool minInclusive = true, bool maxInclusive = true)
        {
            if (Raw(name) == null) throw Invalid(name, "a number", "nothing", $"pass {name}: explicitly; it has no default");
            return Float(name, 0, min, max, minInclusive, maxInclusive);
        }

        /// <summary>A number whose Keras default is None (ReLU's max_value): null when absent, else checked as <see cref="Float"/> checks.</summary>
        public double? OptionalFloat(string name, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
            bool minInclusive = true, bool maxInclusive = true) =>
            Raw(name) == null ? (double?)null : Float(name, 0, min, max, minInclusive, maxInclusive);

        public string? String(string name, string? defaultValue = null)
        {
            var v = Raw(name);
            if (v == null) return defaultValue;
            if (v.Kind == ArgKind.String) return v.Text;
            throw Invalid(name, "a string", v.ToString(), $"pass a string for {name}:");
        }

        /// <summary>A string that must be one of Keras's names for it (case-insensitive, as Keras lowercases).</summary>
        public string Option(string name, string defaultValue, params string[] allowed)
        {
            string value = String(name, defaultValue)!;
            // Most values are written as Keras spells them: found as they are, without lowercasing a copy.
            int exact = Array.IndexOf(allowed, value);
            if (exact >= 0) return allowed[exact];
            string lower = value.ToLowerInvariant();
            if (Array.IndexOf(allowed, lower) < 0)
                throw new KerasModelException(Diagnostics.UnknownOption, LayerName,
                    $"has an unknown {name} '{value}': expected one of {Quote(allowed)}. Pass one of these.", argument: name);
            return lower;
        }

        /// <summary>A string that must be one of these names exactly (case-sensitive, for Keras arguments it does not lowercase).</summary>
        public string ExactOption(string name, string defaultValue, params string[] allowed)
        {
            string value = String(name, defaultValue)!;
            if (Array.IndexOf(allowed, value) < 0)
                throw new KerasModelException(Diagnostics.UnknownOption, LayerName,
                    $"has an unknown {name} '{value}': expected one of {Quote(allowed)}, as written (case matters). Pass one of these.", argument: name);
            return value;
        }

        /// <summary>An activation name; null or absent means 'linear', as in Keras.</summary>
        public string Activation(string name = "activation", string defaultValue = "linear")
        {
            string value = String(name, defaultValue)!;
            if (!Activations.IsKnown(value))
                throw new KerasModelException(Diagnostics.UnknownOption, LayerName,
                    $"has an unknown {name} '{value}': expected one of Keras's activations ({string.Join(", ", Activations.Names)}). " +
                    "Check the spelling, or use Activation layers for custom functions.", argument: name);
            return value;
        }

        // ---- tuples ----

        /// <summary>
        /// A size that is an int (repeated <paramref name="rank"/> times, as Keras's
        /// standardize_tuple does) or a tuple of exactly <paramref name="rank"/> ints.
        /// </summary>
        public long[] IntTuple(string name, int rank, long[]? defaultValue = null, bool allowZero = false)
        {
            var v = Raw(name);
            long[] values;
            if (v == null)
            {
                if (defaultValue != null) return defaultValue;
                throw Invalid(name, $"an integer or a tuple of {rank} integers", "nothing", $"pass {name}: explicitly; it has no default");
            }
            if (v.Kind == ArgKind.Int || (v.Kind == ArgKind.Float && v.Number == Math.Floor(v.Number)))
            {
                long single = v.Kind == ArgKind.Int ? v.Integer : (long)v.Number;
                values = new long[rank];
                for (int i = 0; i < rank; i++) values[i] = single;
            }
            else if (v.Kind == ArgKind.Tuple && v.Items.Count == rank && v.Items.All(i => i.Kind == ArgKind.Int))
            {
                values = v.Items.Select(i => i.Integer).ToArray();
            }
            else
            {
                throw Invalid(name, rank == 1 ? "an integer" : $"an integer or a tuple of {rank} integers", v.ToString(),
                    rank == 1 ? $"pass {name}: as one integer" : $"pass {name}: as n or ({string.Join(", ", Enumerable.Repeat("n", rank))})");
            }
            foreach (var x in values)
                if (x < 0 || (x == 0 && !allowZero))
                    throw Invalid(name, allowZero ? "non-negative integers" : "positive integers", v.ToString(),
                        $"pass {name}: with every value {(allowZero ? "0" : "1")} or more");
            return values;
        }

        /// <summary>
        /// A list of ints of any length (Reshape's target shape, Permute's dims, an axis or a list of
        /// axes); one int is a list of one. Absent: <paramref name="defaultValue"/>, or an error when there is none.
        /// </summary>
        public long[] IntList(string name, long[]? defaultValue = null)
        {
            var v = Raw(name);
            if (v == null)
            {
                if (defaultValue != null) return defaultValue;
                throw Invalid(name, "a tuple of integers", "nothing", $"pass {name}: explicitly; it has no default");
            }
            if (IsWhole(v)) return new[] { WholeValue(v) };
            if (v.Kind == ArgKind.Tuple && v.Items.All(IsWhole)) return v.Items.Select(WholeValue).ToArray();
            throw Invalid(name, "a tuple of integers", v.ToString(), $"pass {name}: as (a, b, ...)");
        }

        /// <summary>
        /// Keras's padding/cropping forms, as (before, after) pairs for each of <paramref name="rank"/>
        /// axes. Rank 1 (ZeroPadding1D, Cropping1D, via standardize_tuple): n → (n, n), or (before, after).
        /// Rank 2 and 3 (keras/src/layers/reshaping/zero_padding2d.py, cropping2d.py): n → every axis (n, n);
        /// a tuple of <paramref name="rank"/> entries, each n (symmetric) or (before, after).
        /// Every value must be 0 or more.
        /// </summary>
        public long[][] IntPairs(string name, int rank, long[][] defaultValue)
        {
            var v = Raw(name);
            if (v == null) return defaultValue;
            // The refusal's words are composed only when it is thrown: ZeroPadding2D reads this for every layer made.
            KerasModelException Refusal(string found)
            {
                string expected = rank == 1
                    ? "an integer or a tuple of 2 integers (before, after)"
                    : $"an integer, a tuple of {rank} integers, or a tuple of {rank} pairs " +
                      "(" + string.Join(", ", Enumerable.Repeat("(before, after)", rank)) + ")";
                string fix = rank == 1
                    ? $"write {name}: n or {name}: (before, after)"
                    : $"write {name}: n, {name}: (" + string.Join(", ", Enumerable.Repeat("n", rank)) + $"), or {name}: (" +
                      string.Join(", ", Enumerable.Repeat("(a, b)", rank)) + ")";
                return Invalid(name, expected, found, fix);
            }
            var result = new long[rank][];
            if (IsWhole(v))
            {
                for (int i = 0; i < rank; i++) result[i] = new[] { WholeValue(v), WholeValue(v) };
            }
            else if (rank == 1 && v.Kind == ArgKind.Tuple && v.Items.Count == 2 && v.Items.All(IsWhole))
            {
                result[0] = new[] { WholeValue(v.Items[0]), WholeValue(v.Items[1]) };
            }
            else if (rank > 1 && v.Kind == ArgKind.Tuple && v.Items.Count == rank)
            {
                for (int i = 0; i < rank; i++)
                {
                    var item = v.Items[i];
                    if (IsWhole(item)) result[i] = new[] { WholeValue(item), WholeValue(item) };
                    else if (item.Kind == ArgKind.Tuple && item.Items.Count == 2 && item.Items.All(IsWhole))
                        result[i] = new[] { WholeValue(item.Items[0]), WholeValue(item.Items[1]) };
                    else throw Refusal(v.ToString());
                }
            }
            else
            {
                throw Refusal(v.ToString());
            }
            if (result.Any(pair => pair[0] < 0 || pair[1] < 0))
                throw Invalid(name, "values of 0 or more", v.ToString(), $"pass {name}: with every value 0 or more");
            return result;
        }

        /// <summary>
        /// A shape whose entries are positive sizes or nulls (Dropout's noise_shape, batch dim included);
        /// one int is a shape of one. Null when absent.
        /// </summary>
        public long?[]? OptionalDims(string name)
        {
            var v = Raw(name);
            if (v == null) return null;
            long?[] dims;
            if (IsWhole(v)) dims = new long?[] { WholeValue(v) };
            else if (v.Kind == ArgKind.Tuple && v.Items.All(i => IsWhole(i) || i.IsNull))
                dims = v.Items.Select(i => i.IsNull ? (long?)null : WholeValue(i)).ToArray();
            else throw Invalid(name, "a tuple of integers and nulls", v.ToString(), $"write {name}: (null, 1, 64), null meaning the input's size");
            if (dims.Any(d => d <= 0))
                throw Invalid(name, "sizes of 1 or more, or null", v.ToString(), $"pass {name}: with every size 1 or more, or null for the input's size");
            return dims;
        }

        /// <summary>The input shape without the batch dim: an int or a tuple whose nulls are unknown dims.</summary>
        public long?[]? InputShape(string name = "input") => PartialShape(name);

        /// <summary>
        /// A shape without the batch dim (the input shape, EinsumDense's output_shape): an int, or a tuple of sizes of 0
        /// or more and nulls (unknown sizes). Null when absent.
        /// </summary>
        public long?[]? PartialShape(string name)
        {
            var v = Raw(name);
            if (v == null) return null;
            if (v.Kind == ArgKind.Int)
            {
                if (v.Integer < 0) throw Invalid(name, "a shape of non-negative sizes", v.ToString(), "pass sizes of 0 or more, or null for an unknown size");
                return new long?[] { v.Integer };
            }
            if (v.Kind == ArgKind.Tuple && v.Items.All(i => i.Kind == ArgKind.Int || i.Kind == ArgKind.Null))
            {
                var dims = v.Items.Select(i => i.Kind == ArgKind.Null ? (long?)null : i.Integer).ToArray();
                if (dims.Any(d => d < 0)) throw Invalid(name, "a shape of non-negative sizes", v.ToString(), "pass sizes of 0 or more, or null for an unknown size");
                return dims;
            }
            throw Invalid(name, "a shape: an integer, or a tuple of integers and nulls", v.ToString(), $"write e.g. {name}: 3 or {name}: (null, 5)");
        }

        public LayerCall? Layer(string name)
        {
            var v = Raw(name);
            if (v == null) return null;
            if (v.Kind == ArgKind.Layer) return v.Layer;
            throw Invalid(name, "a layer", v.ToString(), $"pass a layer such as LSTM(64) for {name}:");
        }

        // Keras JSON may spell an integer as 3.0.
        private static bool IsWhole(ArgValue v) =>
            v.Kind == ArgKind.Int || (v.Kind == ArgKind.Float && v.Number == Math.Floor(v.Number) && Math.Abs(v.Number) < 9e15);

        private static long WholeValue(ArgValue v) => v.Kind == ArgKind.Int ? v.Integer : (long)v.Number;

        // ---- errors ----

        public KerasModelException Invalid(string name, string expected, string found, string fix) =>
            new KerasModelException(Diagnostics.InvalidArgument, LayerName,
                $"has an invalid {name}: expected {expected}, found {found}. Fix: {fix}.", argument: name);

        private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + v + "'"));

        private static string Fmt(double d) =>
            double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf" : d.ToString("R", CultureInfo.InvariantCulture);
    }
}
