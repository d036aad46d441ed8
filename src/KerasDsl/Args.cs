using System;
using System.Runtime.CompilerServices;
using System.Threading;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// Turns the builder's typed parameters into Core's argument records.
    /// </summary>
    /// <remarks>
    /// Every parameter of every call is recorded, those left at their defaults too, so a model of a few hundred layers
    /// needs thousands of records, nearly all of them equal to one made before (<c>useBias: true</c>,
    /// <c>padding: "same"</c>, <c>momentum: 0.999</c>). Records are immutable with value equality, so an equal one
    /// already made serves as well as a new one: <see cref="Recent"/> keeps the last record made for each (name, value)
    /// slot, and a call whose name and value match it takes that record instead of allocating one. Measured on the
    /// Keras Applications, this took a fifth of the objects a build made, and the garbage collector's time with them.
    /// </remarks>
    internal static class Args
    {
        public static Arg A(string name, int value) => Int(name, value);
        public static Arg A(string name, int? value) => value.HasValue ? Int(name, value.Value) : Null(name);
        public static Arg A(string name, long value) => Int(name, value);
        public static Arg A(string name, double value) => Float(name, value);
        public static Arg A(string name, double? value) => value.HasValue ? Float(name, value.Value) : Null(name);
        public static Arg A(string name, bool value) => Bool(name, value);
        public static Arg A(string name, bool? value) => value.HasValue ? Bool(name, value.Value) : Null(name);
        public static Arg A(string name, string? value) => String(name, value);
        public static Arg A(string name, Size value) => value.IsTuple ? Tuple(name, value) : value.Count == 0 ? Null(name) : Int(name, value[0]);
        public static Arg A(string name, InputShape value) => new Arg(name, value.ToArg());
        public static Arg A(string name, PartialShape value) => new Arg(name, value.ToArg());
        public static Arg A(string name, Margins value) => new Arg(name, value.ToArg());
        public static Arg A(string name, double[]? value) =>
            new Arg(name, value == null ? ArgValue.Null : ArgValue.Tuple(System.Array.ConvertAll(value, v => ArgValue.Of(v))));
        public static Arg A(string name, LayerSpec? value) => new Arg(name, ArgValue.Of(value?.Call));
        public static Arg A(string name, string[]? value) =>
            new Arg(name, value == null ? ArgValue.Null : ArgValue.Tuple(System.Array.ConvertAll(value, v => ArgValue.Of(v))));
        public static Arg A(string name, long[]? value) =>
            new Arg(name, value == null ? ArgValue.Null : ArgValue.Tuple(System.Array.ConvertAll(value, v => ArgValue.Of(v))));
        public static Arg A(string name, (double, double)? value) =>
            new Arg(name, value is { } pair ? ArgValue.Tuple(ArgValue.Of(pair.Item1), ArgValue.Of(pair.Item2)) : ArgValue.Null);
        public static Arg A(string name, Factor value) => new Arg(name, value.ToArg());
        public static Arg A(string name, MaskValue value) => new Arg(name, value.ToArg());
        public static Arg A(string name, MergeMode value) => new Arg(name, value.ToArg());
        public static Arg A(string name, Initializer value) => value.IsSpecified ? new Arg(name, value.ToArg()) : Null(name);
        public static Arg A(string name, Regularizer value) => value.IsSpecified ? new Arg(name, value.ToArg()) : Null(name);
        public static Arg A(string name, TextSplit value) => new Arg(name, value.ToArg());
        public static Arg A(string name, Constraint value) => value.IsSpecified ? new Arg(name, value.ToArg()) : Null(name);

        public static LayerSpec Spec(string className, params Arg[] args) => new LayerSpec(new LayerCall(className, args));

        // ---- the shared records ----

        /// <summary>
        /// The record last made for each slot, a slot being a hash of the argument's name and value. A hit is checked
        /// against the name and the value in full, so a slot that another (name, value) took since only costs a new
        /// record. Lock-free: a slot holds an immutable record or null, read and written whole; two threads racing
        /// on a slot each get a correct record, and one of them stays.
        /// </summary>
        private static readonly Arg?[] Recent = new Arg?[1 << SlotBits];

        // 4,096 slots: the Applications use a few hundred distinct (name, value) pairs.
        private const int SlotBits = 12;

        private static Arg Int(string name, long value)
        {
            int slot = Slot(name, value.GetHashCode());
            var hit = Volatile.Read(ref Recent[slot]);
            if (hit != null && (object)hit.Name == name && hit.Value.Kind == ArgKind.Int && hit.Value.Integer == value) return hit;
            return Remember(slot, new Arg(name, ArgValue.Of(value)));
        }

        private static Arg Float(string name, double value)
        {
            // Compared bit for bit: 0.0 and -0.0 are equal numbers but print differently.
            long bits = BitConverter.DoubleToInt64Bits(value);
            int slot = Slot(name, bits.GetHashCode() ^ 0x5bd1e995);
            var hit = Volatile.Read(ref Recent[slot]);
            if (hit != null && (object)hit.Name == name && hit.Value.Kind == ArgKind.Float && BitConverter.DoubleToInt64Bits(hit.Value.Number) == bits) return hit;
            return Remember(slot, new Arg(name, ArgValue.Of(value)));
        }

        private static Arg Bool(string name, bool value)
        {
            int slot = Slot(name, value ? 0x2545f491 : 0x1b873593);
            var hit = Volatile.Read(ref Recent[slot]);
            if (hit != null && (object)hit.Name == name && hit.Value.Kind == ArgKind.Bool && hit.Value.Bool == value) return hit;
            return Remember(slot, new Arg(name, ArgValue.Of(value)));
        }

        private static Arg Null(string name)
        {
            int slot = Slot(name, 0x68e31da4);
            var hit = Volatile.Read(ref Recent[slot]);
            if (hit != null && (object)hit.Name == name && hit.Value.IsNull) return hit;
            return Remember(slot, new Arg(name, ArgValue.Null));
        }

        private static Arg String(string name, string? value)
        {
            if (value == null) return Null(name);
            // A layer's name is unique in its model: its record would never be met again, only push out one that would.
            if (name == "name") return new Arg(name, ArgValue.Of(value));
            int slot = Slot(name, value.GetHashCode());
            var hit = Volatile.Read(ref Recent[slot]);
            if (hit != null && (object)hit.Name == name && hit.Value.Kind == ArgKind.String && hit.Value.Text == value) return hit;
            return Remember(slot, new Arg(name, ArgValue.Of(value)));
        }

        private static Arg Tuple(string name, Size value)
        {
            int hash = value.Count;
            for (int i = 0; i < value.Count; i++) hash = hash * 31 + value[i];
            int slot = Slot(name, hash ^ 0x7feb352d);
            var hit = Volatile.Read(ref Recent[slot]);
            if (hit != null && (object)hit.Name == name && SameTuple(hit.Value, value)) return hit;
            return Remember(slot, new Arg(name, value.ToArg()));
        }

        private static bool SameTuple(ArgValue recorded, Size value)
        {
            if (recorded.Kind != ArgKind.Tuple || recorded.Items.Count != value.Count) return false;
            for (int i = 0; i < value.Count; i++)
                if (recorded.Items[i].Kind != ArgKind.Int || recorded.Items[i].Integer != value[i]) return false;
            return true;
        }

        /// <summary>
        /// The slot of a (name, value hash) pair. Names are the wrappers' literals, one string object each, so the
        /// name's identity hash stands for it (cheaper than hashing its characters); the hit test compares names by
        /// reference for the same reason.
        /// </summary>
        private static int Slot(string name, int valueHash)
        {
            uint h = (uint)RuntimeHelpers.GetHashCode(name) * 0x9E3779B1u ^ (uint)valueHash;
            return (int)((h * 0x9E3779B1u) >> (32 - SlotBits));
        }

        private static Arg Remember(int slot, Arg made)
        {
            Volatile.Write(ref Recent[slot], made);
            return made;
        }
    }
}
