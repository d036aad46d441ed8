using System;
using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// A Sequential model as Core evaluates it: an immutable chain of nodes, each applied to the previous node's
    /// output tensors, as Keras builds a Sequential into a graph. <see cref="Add(LayerCall)"/> checks the new layer's arguments
    /// at once and, when the input shape is known, applies it (Keras builds a Sequential eagerly once its input is
    /// known), so the refusal points at the offending layer.
    /// Appending costs O(1) amortized: the models of one chain share an append-only store of nodes, names and name
    /// counters, which the newest model extends in place; extending an older model (a branch) copies its prefix first.
    /// </summary>
    internal sealed class SequentialModel : IKerasModel
    {
        public const string InputArg = "input";
        public const string DefaultName = "sequential";

        private readonly ChainStore store;
        private readonly int count;
        private readonly int warningCount;

        private SequentialModel(string name, bool hasExplicitName, bool trainable, long creationOrder, Shape? inputShape,
            KerasTensor? input, ChainStore store, int count, int warningCount, string? inputLayerName = null)
        {
            InputLayerName = inputLayerName;
            Name = name;
            HasExplicitName = hasExplicitName;
            Trainable = trainable;
            CreationOrder = creationOrder;
            InputShape = inputShape;
            Input = input;
            this.store = store;
            this.count = count;
            this.warningCount = warningCount;
        }

        public static SequentialModel Empty(string? name = null) => Empty(name, true, long.MaxValue);

        /// <summary>An empty model; <paramref name="creationOrder"/> places it among the layers of a model it is nested in.</summary>
        public static SequentialModel Empty(string? name, bool trainable, long creationOrder) =>
            new SequentialModel(name ?? DefaultName, name != null, trainable, creationOrder, null, null, new ChainStore(), 0, 0);

        /// <summary>Evaluates a whole chain; throws the first refusal, with its layer index.</summary>
        public static SequentialModel FromCalls(IEnumerable<LayerCall> calls, string? name = null)
        {
            var model = Empty(name);
            foreach (var call in calls) model = model.Add(call);
            return model;
        }

        public string Name { get; }
        public bool HasExplicitName { get; }
        public string ClassName => "Sequential";
        public bool Trainable { get; }
        public long CreationOrder { get; }

        /// <summary>The input shape with its batch dim, or null when the first layer had no <c>input:</c>.</summary>
        public Shape? InputShape { get; }

        /// <summary>The input tensor the first layer was applied to (its InputLayer is not one of the model's layers), or null.</summary>
        public KerasTensor? Input { get; }

        public bool IsBuilt => InputShape != null;

        /// <summary>
        /// The name of the InputLayer given as the model's first element (<c>Input(shape)</c>, Keras 3's style), or null
        /// when the input shape came from the first layer's <c>input:</c>, from a nested model, or is not known.
        /// </summary>
        public string? InputLayerName { get; }

        public IReadOnlyList<Node> Nodes => new Prefix<Node>(store.Nodes, count);

        public IReadOnlyList<Layer> Layers => new LayerView(store.Nodes, count);

        public IReadOnlyList<ModelWarning> Warnings => new Prefix<ModelWarning>(store.Warnings, warningCount);

        public Shape? OutputShape => count == 0 ? InputShape : store.Nodes[count - 1].Output?.Shape;

        /// <summary>Every output's shape (several when the last layer has several outputs), or null when not built.</summary>
        public IReadOnlyList<Shape>? OutputShapes =>
            count == 0 ? (InputShape == null ? null : new[] { InputShape }) : store.Nodes[count - 1].Output?.Shapes;

        public SequentialModel Add(LayerCall call) => Add(call, long.MaxValue);

        /// <summary>
        /// Appends a layer; <paramref name="creationOrder"/> records when it was made (for a model it is nested in). An
        /// InputLayer call (<c>Input(shape)</c> as the first element, keras/src/models/sequential.py <c>add</c>) gives
        /// the model its input instead of a layer: Keras's Sequential does not list it among its layers.
        /// </summary>
        public SequentialModel Add(LayerCall call, long creationOrder)
        {
            if (call.ClassName == InputLayer.Type.ClassName) return AddInput(call, creationOrder);
            LayerType type = LayerCatalog.Get(call.ClassName);
            string? explicitName = GraphBuilder.ExplicitName(call, type);
            LayerCall.CheckNesting(call, explicitName ?? type.AutoNamePrefix);
            return Append(explicitName, type.AutoNamePrefix, new List<string>(LayerNaming.InnerPrefixes(call)), args =>
            {
                var layer = type.Create(args);
                layer.SetOrigin(creationOrder, explicitName != null);
                return layer;
            }, call);
        }

        /// <summary>
        /// Appends a model as a layer (Keras's <c>Sequential([data_augmentation, ...])</c>): one row, its weights its
        /// layers' (<see cref="ModelLayer"/>). It keeps its own name; an unnamed one is numbered here among this chain's
        /// models (its layers were made before it, so their automatic names count first), and this model, when unnamed,
        /// is numbered after the unnamed models of its class made before it, as Keras's counter numbers them. A built
        /// model added first gives this model its input shape, as Keras's <c>_maybe_rebuild</c> takes the first layer's
        /// <c>input_shape</c>.
        /// </summary>
        public SequentialModel Add(IKerasModel nested)
        {
            if (nested == null) throw new ArgumentNullException(nameof(nested));
            string prefix = Naming.ToSnakeCase(nested.ClassName);
            var inner = new List<string>(LayerNaming.PrefixesInside(nested));
            var added = Append(nested.HasExplicitName ? nested.Name : null, prefix, inner,
                args => ModelLayer.For(nested, args.LayerName, nested.HasExplicitName), ModelLayer.CallOf(nested), FirstInputOf(nested));
            if (HasExplicitName) return added;
            string name = LayerNaming.NameAmong(added.Layers, Naming.ToSnakeCase(ClassName), CreationOrder);
            return name == added.Name ? added : added.Renamed(name);
        }

        private SequentialModel Renamed(string name) =>
            new SequentialModel(name, HasExplicitName, Trainable, CreationOrder, InputShape, Input, store, count, warningCount, InputLayerName);

        /// <summary>The single input shape of a built model (a Sequential's, a one-input functional model's), or null.</summary>
        private static Shape? FirstInputOf(IKerasModel model) =>
            model is SequentialModel s ? s.InputShape : model is FunctionalModel { Inputs.Count: 1 } f ? f.Inputs[0].Shape : null;

        /// <summary>
        /// <c>Input(shape)</c> as the model's first element: the model's input, not one of its layers. Keras refuses a
        /// second one ("has already been configured to use input shape ..."), and cannot build a model with one after
        /// other layers (an InputLayer takes no input tensor): both are refused here. A refusal carries the Input's position
        /// among the model's elements (0 when it is first).
        /// </summary>
        private SequentialModel AddInput(LayerCall call, long creationOrder)
        {
            Layer layer;
            try
            {
                layer = GraphBuilder.Create(call, creationOrder);
            }
            catch (KerasModelException e)
            {
                throw e.WithLayer(null, count);
            }
            string name = layer.Name;
            try
            {
                if (count > 0)
                    throw new KerasModelException(Diagnostics.InvalidArgument, name,
                        $"is an Input after the model's first layer ({store.Nodes[0].Layer.Name}): an Input can only be the first element of a Sequential " +
                        "(Keras cannot build the model: an InputLayer takes no input tensor). Move it to the start of the model, or remove it.");
                if (InputShape != null)
                    throw new KerasModelException(Diagnostics.InvalidArgument, name,
                        $"is a second Input: {Name} has already been configured to use input shape {InputShape} (Keras: \"You cannot add a different Input " +
                        "layer to it\"). Keep one Input.");
                var input = GraphBuilder.Apply(layer, call, Array.Empty<KerasTensor>())[0];
                var warnings = new List<ModelWarning>();
                AddZeroDimWarning(warnings, "input", input.Shape, name, 0, isInput: true);
                lock (store.Gate)
                {
                    var target = store.Nodes.Count == count && store.Warnings.Count == warningCount ? store : store.CopyPrefix(count, warningCount);
                    target.Warnings.AddRange(warnings);
                    return new SequentialModel(Name, HasExplicitName, Trainable, CreationOrder, input.Shape, input, target, count, target.Warnings.Count, name);
                }
            }
            catch (KerasModelException e)
            {
                throw e.WithLayer(name, count);
            }
        }

        /// <summary>
        /// The append both kinds of layer share: the name (explicit, or the chain's next automatic one), the checks of
        /// <c>input:</c> and of the name, the application to the previous output when the input shape is known, the node.
        /// <paramref name="inheritedInput"/> is the input shape a nested model added first brings.
        /// </summary>
        private SequentialModel Append(string? explicitName, string prefix, List<string> innerPrefixes, Func<LayerArgs, Layer> create, LayerCall call,
            Shape? inheritedInput = null)
        {
            int index = count;
            lock (store.Gate)
            {
                // Only the newest model of a chain extends its store; an Input's warning is in the store without a node.
                var target = store.Nodes.Count == count && store.Warnings.Count == warningCount ? store : store.CopyPrefix(count, warningCount);
                string name = explicitName ?? target.AutoName(prefix, innerPrefixes);
                Layer? refused = null;
                IReadOnlyList<Shape>? given = null;
                bool ownInput = false;
                try
                {
                    var args = new LayerArgs(call, name);
                    Shape? inputShape = InputShape;
                    KerasTensor? input = Input;
                    var inputDims = args.InputShape(InputArg);
                    if (inputDims != null)
                    {
                        if (InputLayerName != null)
                            throw args.Invalid(InputArg, $"no input shape: the model's input is already Input {InputShape!.Slice(1, InputShape.Rank)} ({InputLayerName})",
                                "input: " + args.Raw(InputArg), "remove input: from this layer (Keras 3 ignores input_shape on any layer but the first, with a warning), or remove the Input");
                        if (index > 0)
                            throw args.Invalid(InputArg, "no input shape (only the first layer of a Sequential takes one)",
                                "input: " + args.Raw(InputArg), "remove input: from this layer, or move it to the first layer");
                        inputShape = Shape.WithBatch(inputDims);
                        input = SequentialInput(inputShape);
                        ownInput = true;
                    }
                    else if (index == 0 && inputShape == null && inheritedInput != null)
                    {
                        inputShape = inheritedInput;
                        input = SequentialInput(inputShape);
                        ownInput = true;
                    }

                    if (target.NameIndex.TryGetValue(name, out int other))
                        throw new KerasModelException(Diagnostics.DuplicateLayerName, name,
                            $"is the name of layer {other} ({target.Nodes[other].Layer.ClassName}) already: layer names must be unique in a model. " +
                            "Pass a different name:, or leave name: out for an automatic one.", -1, null, RenameFix(target, name, explicitName));
                    if (name == InputLayerName)
                        throw new KerasModelException(Diagnostics.DuplicateLayerName, name,
                            $"is the name of the model's Input already: layer names must be unique in a model (Keras's Sequential counts its InputLayer). " +
                            "Pass a different name:, or leave name: out for an automatic one.", -1, null, RenameFix(target, name, explicitName));

                    Layer layer = refused = create(args);
                    LayerOutput? output = null;
                    IReadOnlyList<KerasTensor> inbound = Array.Empty<KerasTensor>();
                    var newWarnings = new List<ModelWarning>();
                    AddDeprecationWarnings(newWarnings, layer, name, index);
                    if (input != null)
                    {
                        inbound = index == 0 ? new[] { input } : target.Nodes[index - 1].Outputs;
                        string source = index == 0 ? "the input" : target.Nodes[index - 1].Layer.Name;
                        given = inbound.Select(t => t.Shape).ToArray();
                        output = layer.Apply(given, source);
                        if (index == 0 && InputLayerName == null) AddZeroDimWarning(newWarnings, "input", inputShape!, name, index, isInput: true);
                        foreach (var shape in output.Shapes)
                            AddZeroDimWarning(newWarnings, name, shape, name, index, isInput: false);
                    }

                    if (explicitName == null) innerPrefixes.Add(prefix);
                    var node = new Node(index, layer, layer.Call, inbound, output, innerPrefixes, 0);
                    target.Append(node, name, innerPrefixes, newWarnings);
                    return new SequentialModel(Name, HasExplicitName, Trainable, CreationOrder, inputShape, input, target, index + 1, target.Warnings.Count, InputLayerName);
                }
                catch (KerasModelException e)
                {
                    // The layer marked advice by source (SourceAdvice); the model knows the source: its input or the previous layer.
                    var previous = index == 0 ? null : target.Nodes[index - 1].Layer;
                    var source = previous == null ? InputSourceKind.ModelInput : SourceAdvice.KindOf(previous);
                    var fix = RankFixes.For(e, refused, given, previous, canInsert: !ownInput);
                    throw SourceAdvice.Resolve(e, source).WithLayer(name, index).WithFix(fix);
                }
            }
        }

        /// <summary>The KD0005 fix: a name: written on the refused layer becomes the next name free in the model so far.</summary>
        private RefusalFix? RenameFix(ChainStore target, string name, string? explicitName) =>
            explicitName == null ? null : RefusalFix.Rename(name, LayerNaming.NextFreeName(name, n => target.NameIndex.ContainsKey(n) || n == InputLayerName), null);

        private static KerasTensor SequentialInput(Shape shape)
        {
            var dims = new ArgValue[shape.Rank - 1];
            for (int i = 1; i < shape.Rank; i++) dims[i - 1] = ArgValue.Of(shape[i]);
            var call = new LayerCall(InputLayer.Type.ClassName, new Arg(InputLayer.ShapeArg, ArgValue.Tuple(dims)), new Arg("batchSize", ArgValue.Of(shape[0])));
            return GraphBuilder.Input(call, long.MinValue);
        }

        /// <summary>The summary's data: rows and totals. KD0010 when the model has no input shape.</summary>
        public ModelSummary Summarize()
        {
            if (!IsBuilt)
                throw new KerasModelException(Diagnostics.MissingInputShape, null,
                    $"{Name} has no input shape, so its shapes and parameter counts are unknown (Keras builds it when it first sees data). " +
                    "Pass input: to the first layer, e.g. .Dense(4, input: 3).", layerIndex: count == 0 ? -1 : 0);
            return ModelSummary.FromNodes(Name, InputShape!, Nodes, Trainable);
        }

        public IReadOnlyList<Shape> Reapply(IReadOnlyList<Shape> inputs, string inputSource)
        {
            if (InputShape != null && (inputs.Count != 1 || !InputShape.Accepts(inputs[0])))
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"expects input of shape {InputShape}, but {inputSource} gives {LayerOutput.Format(inputs)}. " +
                    "Give the model an input of the shape its first layer declares (None matches any size).");
            IReadOnlyList<Shape> shapes = inputs;
            string source = inputSource;
            for (int i = 0; i < count; i++)
            {
                var layer = store.Nodes[i].Layer;
                try
                {
                    shapes = layer.Simulate(shapes, source);
                }
                catch (KerasModelException e)
                {
                    // The first layer's input comes from outside this model, from a source it does not know: layer advice only.
                    throw SourceAdvice.Resolve(e, i == 0 ? InputSourceKind.Layer : SourceAdvice.KindOf(store.Nodes[i - 1].Layer));
                }
                source = layer.Name + " inside " + Name;
            }
            return shapes;
        }


        /// <summary>KD0025 for each deprecated argument the layer was given, at the layer.</summary>
        internal static void AddDeprecationWarnings(List<ModelWarning> warnings, Layer layer, string layerName, int index)
        {
            foreach (var detail in layer.Deprecations)
                warnings.Add(new ModelWarning(Diagnostics.DeprecatedArgument, layerName, index, detail));
        }

        internal static void AddZeroDimWarning(List<ModelWarning> warnings, string what, Shape shape, string layerName, int index, bool isInput)
        {
            bool hasZero = false;
            for (int i = 0; i < shape.Rank && !hasZero; i++) hasZero = shape[i] == 0;
            if (!hasZero) return;
            string detail = isInput
                ? $"has an input shape {shape} with a dim of size 0: Keras 2 and TensorFlow.js accept it, but the tensor holds no values and newer Keras 3 versions refuse it. Check the input sizes."
                : $"gives output {shape}, with a dim of size 0: Keras 2 and TensorFlow.js accept it, but the tensor holds no values and newer Keras 3 versions refuse it. Use a smaller kernel or pool, padding: \"same\", or a larger input.";
            warnings.Add(new ModelWarning(Diagnostics.ZeroSizeDim, layerName, index, detail));
        }

        /// <summary>
        /// The append-only store the models of one chain share: nodes, each name's index, each automatic-name prefix's
        /// count, warnings. Only the model whose length equals the store's extends it; others copy their prefix.
        /// </summary>
        private sealed class ChainStore
        {
            public readonly object Gate = new object();
            public readonly List<Node> Nodes = new List<Node>();
            public readonly List<ModelWarning> Warnings = new List<ModelWarning>();
            public readonly Dictionary<string, int> NameIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly Dictionary<string, int> prefixCounts = new Dictionary<string, int>(StringComparer.Ordinal);

            /// <summary>
            /// Keras numbers automatic names per class prefix: dense, dense_1, dense_2. Explicit names do not count.
            /// Layers written inside wrappers count too, and before their wrapper (Python builds them first).
            /// </summary>
            public string AutoName(string prefix, List<string> innerPrefixes)
            {
                prefixCounts.TryGetValue(prefix, out int n);
                foreach (var p in innerPrefixes) if (p == prefix) n++;
                return n == 0 ? prefix : prefix + "_" + n;
            }

            public void Append(Node node, string name, List<string> prefixes, List<ModelWarning> warnings)
            {
                Nodes.Add(node);
                NameIndex[name] = node.Index;
                foreach (var p in prefixes)
                    prefixCounts[p] = prefixCounts.TryGetValue(p, out int n) ? n + 1 : 1;
                Warnings.AddRange(warnings);
            }

            public ChainStore CopyPrefix(int nodes, int warnings)
            {
                var copy = new ChainStore();
                for (int i = 0; i < nodes; i++)
                    copy.Append(Nodes[i], Nodes[i].Layer.Name, new List<string>(Nodes[i].AutoNamePrefixes), new List<ModelWarning>());
                copy.Warnings.AddRange(Warnings.Take(warnings));
                return copy;
            }
        }

        /// <summary>A read-only view of the first <c>count</c> items of an append-only list.</summary>
        private sealed class Prefix<T> : IReadOnlyList<T>
        {
            private readonly List<T> list;
            private readonly int count;

            public Prefix(List<T> list, int count)
            {
                this.list = list;
                this.count = count;
            }

            public T this[int index] => (uint)index < (uint)count ? list[index] : throw new ArgumentOutOfRangeException(nameof(index));
            public int Count => count;

            public IEnumerator<T> GetEnumerator()
            {
                for (int i = 0; i < count; i++) yield return list[i];
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        private sealed class LayerView : IReadOnlyList<Layer>
        {
            private readonly List<Node> nodes;
            private readonly int count;

            public LayerView(List<Node> nodes, int count)
            {
                this.nodes = nodes;
                this.count = count;
            }

            public Layer this[int index] => (uint)index < (uint)count ? nodes[index].Layer : throw new ArgumentOutOfRangeException(nameof(index));
            public int Count => count;

            public IEnumerator<Layer> GetEnumerator()
            {
                for (int i = 0; i < count; i++) yield return nodes[i].Layer;
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
