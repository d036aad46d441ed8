using System.Collections.Generic;
using System.Linq;
using KerasDsl.Analyzers.Program;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Interpretation
{
    /// <summary>
    /// The runtime's methods, each doing what its body in src/KerasDsl does, through the same Core calls. The layer methods
    /// follow the runtime's one rule: <c>Keras.X(...)</c> records <c>LayerCall("X", its parameters by name)</c>;
    /// <c>sequential.X(..., input)</c> is <c>Add(Keras.X(...), input)</c>; <c>tensor.X(...)</c> is <c>Keras.X(...).Apply(tensor)</c>;
    /// a static <c>Keras.X(Tensor[] inputs, ...)</c> is <c>Keras.X(...)</c> applied to the inputs. RuntimeParityTests hold
    /// every public method of the runtime to it.
    /// </summary>
    internal sealed partial class Interpreter
    {
        private object? CallRuntime(Op op)
        {
            string name = op.Name!;
            int dot = name.IndexOf('.');
            string type = name.Substring(0, dot);
            string method = name.Substring(dot + 1);
            string returns = (string)op.Value!;
            var args = ReadArgs(op);
            if (lenient && UnknownIn(args) is { } unknown)
            {
                if (!unknown.AlreadyReported) unknownInputs.Add(new UnknownInput(unknown.Arg?.Span ?? op.Span, method, unknown.Arg?.Name, type + "." + method));
                // A model from a parameter stays silent downstream too; one lost here was just reported.
                return unknown.FromParameter ? Unknown.Parameter : Unknown.Model;
            }

            switch (type, method)
            {
                case ("Keras", "Sequential"):
                    return Track(new SequentialValue(SequentialModel.Empty(args["name"] as string, args["trainable"] as bool? ?? true, NextCreationOrder()), frame.Caller == null ? op.Span : default));
                case ("Keras", "Input"):
                    {
                        var shape = ToArg(args["shape"], "InputShape", args.OpOf("shape"));
                        var call = Runtime(() => ApiSemantics.InputCall(shape, LayerArgs(args, "shape")), op);
                        return new TensorValue(new[] { GraphBuilder.Input(call, NextCreationOrder()) });
                    }
                case ("Sequential", "Input"):
                    {
                        var model = Receiver<SequentialValue>(args, op);
                        var shape = ToArg(args["shape"], "InputShape", args.OpOf("shape"));
                        var call = Runtime(() => ApiSemantics.InputCall(shape, LayerArgs(args, "shape")), op);
                        return Append(model, call, NextCreationOrder(), op);
                    }
                case ("Keras", "Model"):
                    {
                        var inputs = Tensors(args["inputs"], "Model", "inputs", op);
                        var outputs = Tensors(args["outputs"], "Model", "outputs", op);
                        var model = Runtime(() => FunctionalModel.Create(inputs, outputs, args["name"] as string, args["trainable"] as bool? ?? true, NextCreationOrder()), op);
                        foreach (var warning in model.Warnings) Warn(op, warning);
                        var value = new ModelValue(model);
                        if (frame.Caller == null && !op.Span.IsNone) modelsByRoot[op.Span] = value;
                        return value;
                    }
                case ("Sequential", "Add") when args["input"] is TensorValue tensor:
                    {
                        // Add(Input(...)): the input's layer becomes the model's first element.
                        var model = Receiver<SequentialValue>(args, op);
                        var inputLayer = Runtime(() => ApiSemantics.InputLayerOf(tensor.Tensors, model.Model.Name), op);
                        return Append(model, inputLayer.Call, inputLayer.CreationOrder, op);
                    }
                case ("Sequential", "Add") when args["layer"] is SequentialValue || args["layer"] is ModelValue:
                    {
                        // A model as a layer of this one.
                        var model = Receiver<SequentialValue>(args, op);
                        IKerasModel inner = args["layer"] is SequentialValue s ? s.Model : ((ModelValue)args["layer"]!).Model;
                        var added = Runtime(() => model.Model.Add(inner), op);
                        return Track(new SequentialValue(added, model.Root));
                    }
                case ("Sequential", "Add"):
                    {
                        var model = Receiver<SequentialValue>(args, op);
                        if (!(args["layer"] is LayerValue layer)) throw Stopped(StopKind.Refusal, "null layer", op, ApiSemantics.NullArgument(model.Model.Name, args.Has("layer") ? "layer" : "input"));
                        var input = ToArg(args["input"], "InputShape", op);
                        return Append(model, ApiSemantics.WithInput(layer.Call, input), layer.CreationOrder, layer.Origin.Span.IsNone ? op : layer.Origin);
                    }
                case ("Sequential", "Apply"):
                    {
                        var model = Receiver<SequentialValue>(args, op);
                        if (!(args["input"] is TensorValue input)) throw Stopped(StopKind.Refusal, "null input", op, ApiSemantics.NullArgument(model.Model.Name, "input"));
                        var layer = model.AsLayer ??= ModelLayer.For(model.Model);
                        return ApplyModel(layer, input.Tensors, op);
                    }
                case ("Model", "Apply"):
                    {
                        var model = Receiver<ModelValue>(args, op);
                        var inputs = Tensors(args["inputs"], model.Model.Name, "inputs", op);
                        var layer = model.AsLayer ??= ModelLayer.For(model.Model);
                        return ApplyModel(layer, inputs, op);
                    }
                case ("LayerSpec", "Apply"):
                    {
                        var layer = Receiver<LayerValue>(args, op);
                        return Apply(layer, Tensors(args["inputs"], layer.Call.ClassName, "inputs", op), op);
                    }
                case ("InputShape", "new"):
                case ("PartialShape", "new"):
                    // new InputShape(params int?[] dims): the dims as given, which ToArg() reads as the runtime's ToArg() does.
                    return args["dims"];
                case (_, _) when returns == type && args.Order.Count == 0 && KeywordOption.ForType(type) is { } option:
                    // MergeMode.None, TextSplit.Character...: the record the runtime's static member holds.
                    return option.Member(method) is { } record ? new ArgRecordValue(record)
                        : throw Stopped(StopKind.Unsupported, $"KerasDsl's {type}.{method}, which the compiler does not evaluate", op);
                case ("Tensor", "Apply"):
                    {
                        var tensor = Receiver<TensorValue>(args, op);
                        if (!(args["layer"] is LayerValue layer)) throw Stopped(StopKind.Throws, "a null layer (NullReferenceException)", op);
                        return Apply(layer, tensor.Tensors, op);
                    }
            }

            // Keras.HeNormal(seed: 1), Keras.L2(1e-4), Keras.MaxNorm(3): the runtime records the class and its parameters, in
            // order (the rule documented on the runtime's Initializer); Core checks them where a layer takes the object.
            if (type == "Keras" && returns is "Initializer" or "Regularizer" or "Constraint")
                return new KerasObjectValue(new LayerCall(method, LayerArgs(args)));

            if (LayerCatalog.TryGet(method, out _))
            {
                switch (type)
                {
                    case "Keras" when returns == "LayerSpec":
                        return new LayerValue(new LayerCall(method, LayerArgs(args)), NextCreationOrder(), op);
                    case "Keras" when returns == "Tensor" && args.Order.Count > 0 && args.Order[0].Name == "inputs":
                        {
                            var layer = new LayerValue(new LayerCall(method, LayerArgs(args, "inputs")), NextCreationOrder(), op);
                            return Apply(layer, Tensors(args["inputs"], method, "inputs", op), op);
                        }
                    case "Sequential" when returns == "Sequential":
                        {
                            var model = Receiver<SequentialValue>(args, op);
                            var call = new LayerCall(method, LayerArgs(args, SequentialModel.InputArg));
                            long order = NextCreationOrder();
                            var input = args.Has(SequentialModel.InputArg) ? ToArg(args[SequentialModel.InputArg], "InputShape", op) : ArgValue.Null;
                            return Append(model, ApiSemantics.WithInput(call, input), order, op);
                        }
                    case "Tensor" when returns == "Tensor":
                        {
                            var tensor = Receiver<TensorValue>(args, op);
                            var layer = new LayerValue(new LayerCall(method, LayerArgs(args)), NextCreationOrder(), op);
                            return Apply(layer, tensor.Tensors, op);
                        }
                }
            }
            throw Stopped(StopKind.Unsupported, $"KerasDsl's {type}.{method}, which the compiler does not evaluate", op);
        }

        /// <summary>Which input of a runtime call is unknown: an argument, or the receiver (Arg null).</summary>
        private sealed record UnknownAt(Op? Arg, bool AlreadyReported, bool FromParameter);

        private static UnknownAt? UnknownIn(RuntimeArgs args)
        {
            if (ContainsUnknown(args.Receiver)) return At(null, args.Receiver);
            for (int i = 0; i < args.Order.Count; i++)
                if (ContainsUnknown(args.ValueAt(i))) return At(args.Order[i], args.ValueAt(i));
            return null;
        }

        private static UnknownAt At(Op? arg, object? value) =>
            new UnknownAt(arg, IsReported(value), ReferenceEquals(value, Unknown.Parameter));

        /// <summary>Said already (a model lost upstream), or not to be said (a parameter's value, given by callers).</summary>
        private static bool IsReported(object? value) =>
            value switch
            {
                Unknown u => !ReferenceEquals(u, Unknown.Value),
                TupleValue t => System.Array.TrueForAll(t.Items, i => !(i is Unknown) || IsReported(i)) ,
                ListValue l => l.Items.TrueForAll(i => !(i is Unknown) || IsReported(i)),
                _ => true,
            };

        private static bool ContainsUnknown(object? value) =>
            value switch
            {
                Unknown _ => true,
                TupleValue t => System.Array.Exists(t.Items, ContainsUnknown),
                ListValue l => l.Items.Exists(ContainsUnknown),
                _ => false,
            };

        private T Receiver<T>(RuntimeArgs args, Op op) where T : class =>
            args.Receiver as T ?? throw Stopped(StopKind.Throws, "a call on null (NullReferenceException)", op);

        private SequentialValue Append(SequentialValue model, LayerCall call, long order, Op op)
        {
            SequentialModel added;
            try
            {
                added = Runtime(() => model.Model.Add(call, order), op);
            }
            catch (Stop)
            {
                // A refused model has no summary: its tooltip goes with it.
                if (!model.Root.IsNone) modelsByRoot.Remove(model.Root);
                throw;
            }
            for (int i = model.Model.Warnings.Count; i < added.Warnings.Count; i++) Warn(op, added.Warnings[i]);
            var nodes = added.Nodes;
            if (frame.Caller == null && !op.Span.IsNone && nodes.Count > 0 && nodes[nodes.Count - 1].Output != null) layers.Add((op.Span, nodes[nodes.Count - 1]));
            return Track(new SequentialValue(added, model.Root));
        }

        /// <summary>Keeps a Sequential's latest state under its root, for the model's tooltip.</summary>
        private SequentialValue Track(SequentialValue value)
        {
            if (!value.Root.IsNone) modelsByRoot[value.Root] = value;
            return value;
        }

        private TensorValue ApplyModel(ModelLayer layer, IReadOnlyList<KerasTensor> inputs, Op op) =>
            Runtime(() =>
            {
                var outputs = GraphBuilder.Apply(layer, layer.Call, inputs);
                Record(op, outputs);
                return new TensorValue(outputs);
            }, op);

        private object? Property(string name, object? instance, Op op)
        {
            if (name == "HasValue") return instance != null;
            // The runtime's argument structs are held as what they were made from: null is "not given".
            if (name.EndsWith(".IsSpecified", System.StringComparison.Ordinal)) return instance != null && !(instance is NullString);
            if (IsUnknown(instance)) return instance;
            if (instance == null && name == "Value") throw Stopped(StopKind.Throws, "the Value of a null (InvalidOperationException: Nullable object must have a value)", op);
            if (instance == null) throw Stopped(StopKind.Throws, $"{name} of null (NullReferenceException)", op);
            switch (name, instance)
            {
                case ("Tensor.Shape", TensorValue t): return t.Tensors[0].Shape;
                case ("Tensor.Shapes", TensorValue t): return t.Tensors.Select(x => x.Shape).ToList();
                case ("Tensor.Count", TensorValue t): return t.Tensors.Count;
                case ("Shape.Rank", Shape s): return s.Rank;
                case ("Shape.Last", Shape s): return s.Last;
                case ("Shape.Dims", Shape s): return s.Dims;
                case ("Sequential.Name", SequentialValue s): return s.Model.Name;
                case ("Model.Name", ModelValue m): return m.Model.Name;
                case ("Value", _): return instance;
                case ("Count", ListValue l): return l.Items.Count;
                case ("Count", IReadOnlyList<Shape> l): return l.Count;
                case ("Count", IReadOnlyList<long?> l): return l.Count;
                case ("Length", ListValue l): return l.Items.Count;
                case ("Length", string s): return s.Length;
            }
            throw Stopped(StopKind.Unsupported, $"the property {name}, which the compiler does not evaluate", op);
        }
    }
}
