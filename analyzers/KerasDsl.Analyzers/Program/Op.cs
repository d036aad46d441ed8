using System;
using System.Collections.Generic;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Program
{
    /// <summary>
    /// One node of a lowered model program: the C# the compiler bound, reduced to what the interpreter runs, as plain
    /// values with value equality. The generator's pipeline caches on it: two programs that are equal evaluate alike,
    /// because every input of the evaluation (constants, what each call binds to, the helper methods' bodies) is in the
    /// program, and nothing else is read. <see cref="OpKind"/> says what each field holds for each kind.
    /// </summary>
    internal sealed class Op : IEquatable<Op>
    {
        private readonly int hash;

        public Op(OpKind kind, string? name = null, object? value = null, int slot = 0, EquatableArray<Op> items = default, SourceSpan span = default)
        {
            Kind = kind;
            Name = name;
            Value = value;
            Slot = slot;
            Items = items.Count == 0 ? EquatableArray<Op>.Empty : items;
            Span = span;
            hash = HashOf(kind, name, value, slot, Items, span);
        }

        public Op(OpKind kind, string? name, object? value, int slot, SourceSpan span, params Op[] items)
            : this(kind, name, value, slot, new EquatableArray<Op>(items), span)
        {
        }

        public OpKind Kind { get; }
        public string? Name { get; }
        public object? Value { get; }
        public int Slot { get; }
        public EquatableArray<Op> Items { get; }

        /// <summary>Where the node's code is, for diagnostics; <see cref="SourceSpan.None"/> in the generator's programs.</summary>
        public SourceSpan Span { get; }

        public Op this[int index] => Items[index];

        public static Op Const(object? value, SourceSpan span = default) => new Op(OpKind.Const, null, value, 0, EquatableArray<Op>.Empty, span);

        public static Op Unsupported(string what, SourceSpan span) => new Op(OpKind.Unsupported, what, null, 0, EquatableArray<Op>.Empty, span);

        public bool Equals(Op? other) =>
            other is object && (ReferenceEquals(this, other) ||
                (hash == other.hash && Kind == other.Kind && Slot == other.Slot && Name == other.Name &&
                 Equals(Value, other.Value) && Span.Equals(other.Span) && Items.Equals(other.Items)));

        public override bool Equals(object? obj) => Equals(obj as Op);

        public override int GetHashCode() => hash;

        private static int HashOf(OpKind kind, string? name, object? value, int slot, EquatableArray<Op> items, SourceSpan span)
        {
            unchecked
            {
                int h = (int)kind * 397 ^ slot;
                h = h * 31 + (name == null ? 0 : StringComparer.Ordinal.GetHashCode(name));
                h = h * 31 + (value?.GetHashCode() ?? 0);
                h = h * 31 + span.GetHashCode();
                for (int i = 0; i < items.Count; i++) h = h * 31 + items[i].hash;
                return h;
            }
        }

        public override string ToString() => Kind + (Name == null ? "" : " " + Name) + (Value == null ? "" : " =" + Value) + (Items.Count == 0 ? "" : "(" + Items.Count + ")");
    }

    /// <summary>A method or local function the program calls: its name, how many parameters and variables it has, and its body.</summary>
    internal sealed record FunctionInfo(string Name, int ParameterCount, int SlotCount, Op Body);

    /// <summary>
    /// A lowered model: the member's own code (<see cref="Main"/>, a function of no parameters) and every method it
    /// calls, as far as the lowering followed them. Plain values: the generator's cache key for the evaluation.
    /// </summary>
    internal sealed record ModelProgram(FunctionInfo Main, EquatableArray<FunctionInfo> Functions)
    {
        public FunctionInfo Function(int index) => index < 0 ? Main : Functions[index];
    }
}
