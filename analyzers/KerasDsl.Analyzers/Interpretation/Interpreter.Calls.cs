using System;
using System.Collections.Generic;
using KerasDsl.Analyzers.Program;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Interpretation
{
    internal sealed partial class Interpreter
    {
        /// <summary>A helper method or local function: arguments in the order C# evaluates them, then the body in a new frame.</summary>
        private object? CallFunction(Op op)
        {
            var function = program.Function(op.Slot);
            var values = new object?[op.Items.Count];
            var ordinals = new int[op.Items.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Eval(op[i][0]);
                ordinals[i] = op[i].Slot;
            }
            if (frame.Depth + 1 > MaxCallDepth)
                throw Stopped(StopKind.CallDepth, $"calls nested more than {MaxCallDepth} deep (a recursion that does not end soon enough)", op);
            var callee = new Frame(function, frame, op);
            for (int i = 0; i < values.Length; i++) callee.Slots[ordinals[i]] = values[i];
            var caller = frame;
            frame = callee;
            Run(function.Body);
            frame = caller;
            return callee.Returned;
        }

        /// <summary>Runs Core's work for a runtime call; Core's refusal stops the evaluation where the runtime would throw it.</summary>
        private T Runtime<T>(Func<T> work, Op at)
        {
            try
            {
                return work();
            }
            catch (KerasModelException e)
            {
                throw Stopped(StopKind.Refusal, e.Message, at, e);
            }
        }

        /// <summary>
        /// The arguments of a runtime call, evaluated in the order C# evaluates them and kept in parameter order (an op's Slot
        /// is its parameter's ordinal). Arrays, not a dictionary: a layer call has a dozen or so parameters, read a few times each.
        /// </summary>
        private sealed class RuntimeArgs
        {
            private readonly Op[] ops;
            private readonly object?[] values;

            public RuntimeArgs(object? receiver, Op[] ops, object?[] values)
            {
                Receiver = receiver;
                this.ops = ops;
                this.values = values;
            }

            public object? Receiver { get; }

            /// <summary>The argument ops in parameter order.</summary>
            public IReadOnlyList<Op> Order => ops;

            /// <summary>The value of the <paramref name="index"/>-th argument in <see cref="Order"/>.</summary>
            public object? ValueAt(int index) => values[index];

            private int IndexOf(string name)
            {
                for (int i = 0; i < ops.Length; i++)
                    if (string.Equals(ops[i].Name, name, StringComparison.Ordinal)) return i;
                return -1;
            }

            public object? this[string name] => IndexOf(name) is var i && i >= 0 ? values[i] : null;

            public bool Has(string name) => IndexOf(name) >= 0;

            public Op OpOf(string name) => IndexOf(name) is var i && i >= 0 ? ops[i] : throw new KeyNotFoundException(name);
        }

        private RuntimeArgs ReadArgs(Op op)
        {
            var receiver = Eval(op[0]);
            int count = op.Items.Count - 1;
            var ops = new Op[count];
            var values = new object?[count];
            for (int i = 0; i < count; i++)
            {
                ops[i] = op[i + 1];
                values[i] = Eval(ops[i][0]);
            }
            // Evaluated in source order (named arguments may come in any order); read in parameter order. An insertion sort:
            // the arguments are nearly always in order already, and it allocates nothing.
            for (int i = 1; i < count; i++)
            {
                var o = ops[i];
                var v = values[i];
                int j = i - 1;
                for (; j >= 0 && ops[j].Slot > o.Slot; j--)
                {
                    ops[j + 1] = ops[j];
                    values[j + 1] = values[j];
                }
                ops[j + 1] = o;
                values[j + 1] = v;
            }
            return new RuntimeArgs(receiver, ops, values);
        }

        /// <summary>Core's arguments of a layer call: every parameter but those named, converted as the runtime's <c>Args.A</c> does.</summary>
        private EquatableArray<Arg> LayerArgs(RuntimeArgs args, params string[] skip)
        {
            int kept = 0;
            for (int i = 0; i < args.Order.Count; i++)
                if (Array.IndexOf(skip, args.Order[i].Name) < 0) kept++;
            var list = new Arg[kept];
            for (int i = 0, k = 0; i < args.Order.Count; i++)
            {
                var arg = args.Order[i];
                if (Array.IndexOf(skip, arg.Name) >= 0) continue;
                list[k++] = new Arg(arg.Name!, ToArg(args.ValueAt(i), (string)arg.Value!, arg));
            }
            return new EquatableArray<Arg>(list);
        }

        /// <summary>A value as Core's argument, as the runtime's argument structs' <c>ToArg()</c> and <c>Args.A</c> make it.</summary>
        private ArgValue ToArg(object? value, string parameterType, Op at)
        {
            switch (value)
            {
                // MergeMode, TextSplit: default is Keras's default; a null string is refused where the runtime's ToArg() refuses it.
                case null when KeywordOption.ForType(parameterType) is { } option: return option.Default;
                case NullString _ when KeywordOption.ForType(parameterType) is { } option:
                    throw Stopped(StopKind.Refusal, "a null " + option.Argument, at, option.NullRefusal());
                case null: return ArgValue.Null;
                case NullString _: return ArgValue.Null;
                case ArgRecordValue record: return record.Record;
                case bool b: return ArgValue.Of(b);
                case int i: return ArgValue.Of((long)i);
                case long l: return ArgValue.Of(l);
                case double d: return ArgValue.Of(d);
                case string s: return ArgValue.Of(s);
                case LayerValue layer: return ArgValue.Of(layer.Call);
                case KerasObjectValue kerasObject: return ArgValue.Of(kerasObject.Call);
                case TupleValue tuple:
                    {
                        var items = new ArgValue[tuple.Items.Length];
                        for (int i = 0; i < items.Length; i++) items[i] = ToArg(tuple.Items[i], "", at);
                        return ArgValue.Tuple(items);
                    }
                case ListValue list:
                    {
                        // InputShape and PartialShape keep one known dim as an int (their ToArg()); every other list is a tuple.
                        if (parameterType is "InputShape" or "PartialShape" && list.Items.Count == 1 && list.Items[0] is int single) return ArgValue.Of((long)single);
                        var items = new ArgValue[list.Items.Count];
                        for (int i = 0; i < items.Length; i++) items[i] = ToArg(list.Items[i], "", at);
                        return ArgValue.Tuple(items);
                    }
            }
            throw Stopped(StopKind.Unsupported, $"{Describe(value)} passed as {at.Name}", at);
        }

        /// <summary>The tensors a runtime call is given: a Tensor, or an array or list of them (flattened, as Tensor.Flatten does).</summary>
        private IReadOnlyList<KerasTensor> Tensors(object? value, string who, string argument, Op at)
        {
            switch (value)
            {
                case TensorValue tensor:
                    return tensor.Tensors;
                case ListValue list:
                    {
                        if (list.Items.Count == 1 && list.Items[0] is TensorValue only) return only.Tensors;
                        var flat = new List<KerasTensor>();
                        foreach (var item in list.Items)
                        {
                            if (!(item is TensorValue t)) throw Stopped(StopKind.Refusal, "null tensor", at, ApiSemantics.NullArgument(who, argument));
                            flat.AddRange(t.Tensors);
                        }
                        return flat;
                    }
                case null:
                    throw Stopped(StopKind.Refusal, "null", at, ApiSemantics.NullArgument(who, argument));
            }
            throw Stopped(StopKind.Unsupported, $"{Describe(value)} passed as {argument}", at);
        }

        private long NextCreationOrder() => ++creationOrder;

        /// <summary>Applies a layer object, as <c>LayerSpec.Apply</c>: its Core layer made on first use, its refusals named as the graph will name it.</summary>
        private TensorValue Apply(LayerValue layer, IReadOnlyList<KerasTensor> inputs, Op at) =>
            Runtime(() =>
            {
                Layer core;
                try
                {
                    core = layer.Core ??= GraphBuilder.Create(layer.Call, layer.CreationOrder);
                }
                catch (KerasModelException e)
                {
                    throw GraphBuilder.InContext(e, layer.Call, layer.CreationOrder, inputs);
                }
                var outputs = GraphBuilder.Apply(core, layer.Call, inputs);
                Record(at, outputs);
                return new TensorValue(outputs);
            }, at);

        /// <summary>A layer added by a call of the member's own code, for its tooltip (a helper's calls are not in the member's file).</summary>
        private void Record(Op at, IReadOnlyList<KerasTensor> outputs)
        {
            if (frame.Caller == null && !at.Span.IsNone && outputs.Count > 0) layers.Add((at.Span, outputs[0].Node));
        }
    }
}
