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

        /// <summary>The arguments of a runtime call by parameter name, evaluated in the order C# evaluates them.</summary>
        private sealed class RuntimeArgs
        {
            private readonly Dictionary<string, (object? Value, Op Op)> byName = new Dictionary<string, (object?, Op)>(StringComparer.Ordinal);

            public RuntimeArgs(object? receiver, List<Op> order)
            {
                Receiver = receiver;
                Order = order;
            }

            public object? Receiver { get; }

            /// <summary>The argument ops in parameter order (Slot = ordinal).</summary>
            public List<Op> Order { get; }

            public void Set(string name, object? value, Op op) => byName[name] = (value, op);

            public object? this[string name] => byName.TryGetValue(name, out var v) ? v.Value : null;

            public bool Has(string name) => byName.ContainsKey(name);

            public Op OpOf(string name) => byName[name].Op;
        }

        private RuntimeArgs ReadArgs(Op op)
        {
            var receiver = Eval(op[0]);
            var order = new List<Op>(op.Items.Count - 1);
            for (int i = 1; i < op.Items.Count; i++) order.Add(op[i]);
            var args = new RuntimeArgs(receiver, order);
            foreach (var arg in order) args.Set(arg.Name!, Eval(arg[0]), arg);
            order.Sort((a, b) => a.Slot.CompareTo(b.Slot));
            return args;
        }

        /// <summary>Core's arguments of a layer call: every parameter but those named, converted as the runtime's <c>Args.A</c> does.</summary>
        private EquatableArray<Arg> LayerArgs(RuntimeArgs args, params string[] skip)
        {
            var list = new List<Arg>(args.Order.Count);
            foreach (var arg in args.Order)
            {
                if (Array.IndexOf(skip, arg.Name) >= 0) continue;
                list.Add(new Arg(arg.Name!, ToArg(args[arg.Name!], (string)arg.Value!, arg)));
            }
            return new EquatableArray<Arg>(list.ToArray());
        }

        /// <summary>A value as Core's argument, as the runtime's argument structs' <c>ToArg()</c> and <c>Args.A</c> make it.</summary>
        private ArgValue ToArg(object? value, string parameterType, Op at)
        {
            switch (value)
            {
                // MergeMode: default is Keras's default, "concat"; a null string is refused where the runtime's ToArg() refuses it.
                case null when parameterType == "MergeMode": return ApiSemantics.MergeModeConcat;
                case NullString _ when parameterType == "MergeMode": throw Stopped(StopKind.Refusal, "a null mergeMode", at, ApiSemantics.NullMergeMode());
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
