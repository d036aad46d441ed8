using System;
using System.Collections.Generic;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Program;

namespace KerasDsl.Analyzers.Interpretation
{
    /// <summary>
    /// A value the analyzer's lenient evaluation of ordinary code does not know (a parameter, a call outside the compilation).
    /// Whatever is computed from it is unknown too; a model it reaches is no longer checked from there on (KD0011). Never in
    /// a [KerasModel] member's evaluation, which stops instead: constants are never computed from a guess.
    /// </summary>
    internal sealed class Unknown
    {
        public static readonly Unknown Value = new Unknown();

        /// <summary>A model, tensor or layer lost at a runtime call that already said so (KD0011): the calls after it stay silent.</summary>
        public static readonly Unknown Model = new Unknown();

        /// <summary>
        /// A parameter of the code analyzed, and what is computed from it: its callers give it a value, and each caller's own
        /// evaluation checks the model with it, so nothing is said here.
        /// </summary>
        public static readonly Unknown Parameter = new Unknown();

        private Unknown()
        {
        }
    }

    /// <summary>Where lenient evaluation lost a model: a runtime call given an unknown value (KD0011 names it).</summary>
    internal sealed record UnknownInput(SourceSpan Span, string Method, string? Argument, string What);

    internal sealed partial class Interpreter
    {
        /// <summary>Thrown by a condition, a loop's collection or a switch's value that is unknown: the statement is skipped.</summary>
        private sealed class UnknownCondition : Exception
        {
        }

        private static bool IsUnknown(object? value) => value is Unknown;

        /// <summary>The unknown among values, keeping whether it is to be reported (<see cref="Unknown.Value"/>) or silent.</summary>
        private static Unknown Either(object? a, object? b = null) =>
            ReferenceEquals(a, Unknown.Value) || ReferenceEquals(b, Unknown.Value) ? Unknown.Value : a as Unknown ?? b as Unknown ?? Unknown.Value;

        /// <summary>
        /// Skips a statement lenient evaluation cannot decide: every variable it may assign, and every list or layer it may
        /// change, becomes unknown.
        /// </summary>
        private void Taint(Op statement)
        {
            var slots = new HashSet<int>();
            Collect(statement, slots);
            foreach (int slot in slots)
                if (slot >= 0 && slot < frame.Slots.Length) frame.Slots[slot] = Unknown.Parameter;
        }

        private void Collect(Op op, HashSet<int> slots)
        {
            switch (op.Kind)
            {
                case OpKind.Read:
                    // A variable written, or one read whose object the statement may change (a list, a shared layer).
                    if (frame.Slots[op.Slot] is ListValue || frame.Slots[op.Slot] is LayerValue || frame.Slots[op.Slot] is SequentialValue || frame.Slots[op.Slot] is ModelValue)
                        slots.Add(op.Slot);
                    break;
                case OpKind.Assign:
                case OpKind.CompoundAssign:
                case OpKind.Increment:
                    AddTargets(op[0], slots);
                    break;
                case OpKind.ForEach:
                case OpKind.PatternAny:
                    slots.Add(op.Slot);
                    break;
            }
            foreach (var item in op.Items) Collect(item, slots);
        }

        private static void AddTargets(Op target, HashSet<int> slots)
        {
            if (target.Kind == OpKind.Read) slots.Add(target.Slot);
            else if (target.Kind == OpKind.Tuple)
                foreach (var item in target.Items) AddTargets(item, slots);
        }
    }
}
