using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace KerasDsl.Core
{
    /// <summary>
    /// One layer's whole semantics, in Keras's shape: the constructor reads and checks the
    /// arguments, <see cref="ComputeOutputShape"/> checks the input and computes the output
    /// shape from shapes alone, <see cref="Build(Shape, WeightList)"/> declares the weights. Counts come from
    /// the weights. As a Keras layer, it is built by its first application and keeps those weights; applying it
    /// again (a shared layer) re-checks the new input against them.
    /// </summary>
    internal abstract class Layer
    {
        private readonly int hash = Identity.Next();

        /// <summary>Equal only to itself, with a hash taken at construction (see <see cref="Identity"/>).</summary>
        public sealed override int GetHashCode() => hash;

        public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

        protected Layer(LayerArgs args)
        {
            Args = args;
            Name = args.LayerName;
            ClassName = args.Call.ClassName;
            // Keras's base Layer.__init__ (keras/src/layers/layer.py): name, trainable, dtype, activity_regularizer.
            args.Record("name", ArgValue.Of(Name));
            Trainable = args.Bool("trainable", true);
            args.DType();
            args.Regularizer("activityRegularizer");
        }

        protected LayerArgs Args { get; }

        /// <summary>The layer as written: class name and arguments.</summary>
        public LayerCall Call => Args.Call;

        private IReadOnlyList<Arg>? config;

        /// <summary>
        /// The layer's resolved configuration, as Keras's <c>get_config</c> holds it: every argument the layer reads, by
        /// its camelCase name, with the value given or Keras's default (<c>kernelInitializer='glorot_uniform'</c>,
        /// <c>strides=(1, 1)</c>). Read again from <see cref="Call"/> on first use, so that making a layer does not pay for it.
        /// </summary>
        public IReadOnlyList<Arg> Config => Volatile.Read(ref config) ?? Interlocked.CompareExchange(ref config, ReadConfig(), null) ?? config!;

        /// <summary>
        /// Reads the call again with a recording <see cref="LayerArgs"/>. A layer outside the catalog (the CLI's op layers)
        /// has its call's arguments as given; a nested model overrides it.
        /// </summary>
        protected virtual IReadOnlyList<Arg> ReadConfig()
        {
            if (Args.IsRecording) return Args.Config;
            if (!LayerCatalog.TryGet(ClassName, out var type)) return Call.Args;
            var recording = LayerArgs.Recording(Call, Name);
            type.Create(recording);
            return recording.Config;
        }

        /// <summary>KD0025: the deprecated arguments the layer was given (Keras 3 takes them with a warning), in words for a <see cref="ModelWarning"/>.</summary>
        public IReadOnlyList<string> Deprecations => Args.Deprecations;

        public string Name { get; }

        /// <summary>The Keras class name shown in summaries, e.g. <c>Dense</c>.</summary>
        public string ClassName { get; }

        /// <summary><c>trainable=False</c> makes every weight of the layer (and its inner layers) non-trainable.</summary>
        public bool Trainable { get; }

        /// <summary>
        /// Where this layer's input comes from, for messages ("dense", "the input"). A layer writes it into a
        /// refusal's words; <see cref="Apply(IReadOnlyList{Shape}, string)"/> puts in the application's source.
        /// It is a placeholder, not a field set per application: a layer holds no state between computing a
        /// shape and building (a shared layer may be applied from several places).
        /// </summary>
        protected static string InputSource => SourcePlaceholder;

        private const string SourcePlaceholder = "\u0001source\u0001";

        /// <summary>
        /// What the applications so far fixed: the first build's weights, inputs and outputs, whether later outputs
        /// differed, how many applications. Immutable, replaced by compare-and-swap: no lock on the hot path.
        /// </summary>
        private sealed class BuildState
        {
            public BuildState(Weight[] weights, IReadOnlyList<Shape> inputs, IReadOnlyList<Shape> outputs, bool outputsDiffer, int applications)
            {
                Weights = weights;
                Inputs = inputs;
                Outputs = outputs;
                OutputsDiffer = outputsDiffer;
                Applications = applications;
            }

            public readonly Weight[] Weights;
            public readonly IReadOnlyList<Shape> Inputs;
            public readonly IReadOnlyList<Shape> Outputs;
            public readonly bool OutputsDiffer;
            public readonly int Applications;
        }

        private BuildState? state;

        /// <summary>True once the layer has been applied (Keras's <c>built</c>): its weights are fixed from then on.</summary>
        public bool IsBuilt => Volatile.Read(ref state) != null;

        /// <summary>The weights of the first build (empty before it), non-trainable when the layer is not trainable.</summary>
        public IReadOnlyList<Weight> Weights => WeightArray;

        /// <summary>
        /// <see cref="Weights"/> as the array it is, for the loops over every weight of a model (totals): indexing an
        /// array through IReadOnlyList is an interface call per weight, which cost more than the sum itself.
        /// </summary>
        internal Weight[] WeightArray => Volatile.Read(ref state)?.Weights ?? System.Array.Empty<Weight>();

        /// <summary>
        /// The node index of the layer's first application. 0, except for a model used as a layer: tf.keras 2 gives a
        /// functional model (and a Sequential with an input shape) a node of its own when it is made, so its first
        /// call is node 1 and "Connected to" prints <c>encoder[1][0]</c> (tf_keras/engine/functional.py).
        /// </summary>
        public virtual int FirstNodeIndex => 0;

        /// <summary>The output shapes of that construction node (a model's own outputs), or null when there is none.</summary>
        protected virtual IReadOnlyList<Shape>? ConstructionOutputs => null;

        /// <summary>How many times the layer has been applied (Keras's <c>_inbound_nodes</c>).</summary>
        public int Applications => Volatile.Read(ref state)?.Applications ?? 0;

        /// <summary>
        /// The output shapes of every application when they are all the same; null when they differ (Keras 2
        /// prints "multiple") or the layer was never applied.
        /// </summary>
        public IReadOnlyList<Shape>? CommonOutputShapes => Volatile.Read(ref state) is { OutputsDiffer: false } s ? s.Outputs : null;

        /// <summary>Applies the layer to an input shape: output shape first (bad geometry fails first, as in Keras), then weights.</summary>
        public LayerOutput Apply(Shape input, string inputSource) => Apply(input.AsList(), inputSource, out _);

        /// <summary>
        /// Applies the layer to its inputs: one shape for most layers, several for merges and attention, or the
        /// previous layer's several outputs (which most layers refuse). The first application builds the weights;
        /// a later one (a shared layer) keeps them and is refused when its input would need other weights, as
        /// Keras refuses a shared Dense applied to another feature size.
        /// </summary>
        public LayerOutput Apply(IReadOnlyList<Shape> inputs, string inputSource) => Apply(inputs, inputSource, out _);

        /// <summary>As <see cref="Apply(IReadOnlyList{Shape}, string)"/>; <paramref name="nodeIndex"/> is which application this was (0 for the first).</summary>
        public LayerOutput Apply(IReadOnlyList<Shape> inputs, string inputSource, out int nodeIndex)
        {
            try
            {
                var outputs = ComputeOutputShapes(inputs);
                var list = new WeightList();
                Build(inputs, list);
                while (true)
                {
                    var current = Volatile.Read(ref state);
                    BuildState next;
                    if (current == null)
                    {
                        var built = list.ToArray(Trainable);
                        var made = ConstructionOutputs;
                        next = new BuildState(built, inputs, made ?? outputs, made != null && !SameShapes(made, outputs), 1);
                    }
                    else
                    {
                        var wanted = list.Items;
                        if (!SameShapes(current.Weights, wanted)) throw RebuildRefusal(current.Inputs, inputs, current.Weights, wanted);
                        next = new BuildState(current.Weights, current.Inputs, current.Outputs,
                            current.OutputsDiffer || !SameShapes(current.Outputs, outputs), current.Applications + 1);
                    }
                    if (Interlocked.CompareExchange(ref state, next, current) == current)
                    {
                        nodeIndex = FirstNodeIndex + next.Applications - 1;
                        return new LayerOutput(outputs, next.Weights);
                    }
                }
            }
            catch (KerasModelException e) when (e.Detail.IndexOf(SourcePlaceholder, System.StringComparison.Ordinal) >= 0)
            {
                throw e.WithDetail(e.Detail.Replace(SourcePlaceholder, inputSource));
            }
        }

        /// <summary>
        /// The output shapes of applying the layer to these inputs, with the same checks, but without recording an
        /// application: what a built model's layers do when the model is called on new tensors (tf.keras 2 runs them
        /// without adding nodes to them). A layer not built yet is built, as Keras builds it on that call.
        /// </summary>
        public IReadOnlyList<Shape> Simulate(IReadOnlyList<Shape> inputs, string inputSource)
        {
            var current = Volatile.Read(ref state);
            if (current == null) return Apply(inputs, inputSource, out _).Shapes;
            try
            {
                var outputs = ComputeOutputShapes(inputs);
                var list = new WeightList();
                Build(inputs, list);
                var wanted = list.Items;
                if (!SameShapes(current.Weights, wanted)) throw RebuildRefusal(current.Inputs, inputs, current.Weights, wanted);
                return outputs;
            }
            catch (KerasModelException e) when (e.Detail.IndexOf(SourcePlaceholder, System.StringComparison.Ordinal) >= 0)
            {
                throw e.WithDetail(e.Detail.Replace(SourcePlaceholder, inputSource));
            }
        }

        private KerasModelException RebuildRefusal(IReadOnlyList<Shape> first, IReadOnlyList<Shape> now, IReadOnlyList<Weight> built, IReadOnlyList<Weight> wanted) =>
            new KerasModelException(Diagnostics.IncompatibleShape, Name,
                $"is shared, and was built for input {LayerOutput.Format(first)} (weights {Describe(built)}), but {InputSource} gives {LayerOutput.Format(now)}, " +
                $"which would need weights {Describe(wanted)}: a layer applied twice keeps its first weights. " +
                "Apply it to inputs of the same feature sizes, or use a new layer for this input.");

        private static string Describe(IReadOnlyList<Weight> list) =>
            list.Count == 0 ? "none" : string.Join(", ", list.Select(w => "(" + string.Join(", ", w.Shape) + ")"));

        private static bool SameShapes(IReadOnlyList<Weight> a, IReadOnlyList<Weight> b)
        {
            if (a.Count != b.Count) return false;
            for (int i = 0; i < a.Count; i++)
                if (!a[i].Shape.SequenceEqual(b[i].Shape)) return false;
            return true;
        }

        private static bool SameShapes(IReadOnlyList<Shape> a, IReadOnlyList<Shape> b)
        {
            if (a.Count != b.Count) return false;
            for (int i = 0; i < a.Count; i++)
                if (!a[i].Equals(b[i])) return false;
            return true;
        }

        /// <summary>Checks the input shape (batch dim included) and returns the output shape.</summary>
        public abstract Shape ComputeOutputShape(Shape input);

        /// <summary>
        /// The output shapes for one input: a single one unless the layer has several outputs
        /// (Keras's compute_output_shape returning a list), which such layers override.
        /// </summary>
        public virtual IReadOnlyList<Shape> ComputeOutputShapes(Shape input) => ComputeOutputShape(input).AsList();

        /// <summary>
        /// The output shapes for the layer's inputs. Most layers take one input: several are a KD0008 refusal, as
        /// Keras's input check refuses them. A layer that takes several inputs (merges, attention) overrides this.
        /// </summary>
        public virtual IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count != 1)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"takes one input but {InputSource} gives {inputs.Count} outputs {LayerOutput.Format(inputs)}. Give it one tensor: " +
                    SourceAdvice.ForUnmergedBidirectional($"mergeMode \"concat\", \"sum\", \"mul\" or \"ave\" on {InputSource} merges its two outputs into one, or ") +
                    "merge them first (Concatenate, Add), or apply it to each.");
            return ComputeOutputShapes(inputs[0]);
        }

        /// <summary>Declares the weights for these inputs; a layer of one input overrides <see cref="Build(Shape, WeightList)"/>.</summary>
        protected virtual void Build(IReadOnlyList<Shape> inputs, WeightList weights)
        {
            if (inputs.Count > 0) Build(inputs[0], weights);
        }

        /// <summary>Declares the weights for this input shape; most layers have none.</summary>
        protected virtual void Build(Shape input, WeightList weights)
        {
        }

        // ---- checks shared by layers; the wording is the diagnostics' wording ----

        /// <summary>
        /// KD0001 unless the input has exactly this rank (batch dim included). A layer whose layout or fix costs
        /// something to write checks <c>input.Rank</c> itself and throws <see cref="RankMismatch"/>, so that the
        /// words are composed only on failure.
        /// </summary>
        protected void RequireRank(Shape input, int rank, string layout, string? fix = null)
        {
            if (input.Rank != rank)
                throw RankMismatch(input, rank, layout, fix);
        }

        /// <summary>The KD0001 refusal of <see cref="RequireRank"/>: the input should have had exactly <paramref name="rank"/>.</summary>
        protected KerasModelException RankMismatch(Shape input, int rank, string layout, string? fix) =>
            RankError(input, $"rank {rank} {layout}", fix);

        protected void RequireMinRank(Shape input, int minRank, string layout, string? fix = null)
        {
            if (input.Rank < minRank)
                throw RankError(input, $"rank {minRank} or more {layout}", fix);
        }

        protected KerasModelException RankError(Shape input, string expected, string? fix) =>
            new KerasModelException(Diagnostics.IncompatibleInputRank, Name,
                $"expects input of {expected} but {Describe(InputSource)} gives {input} (rank {input.Rank})" +
                (fix == null ? "." : ": " + fix));

        /// <summary>KD0007 when a dim the weights depend on is unknown (e.g. Dense after Flatten of a None dim).</summary>
        protected long RequireKnown(Shape input, int axis, string what) => input[axis] ?? throw UnknownDim(input, what);

        /// <summary>The KD0007 refusal of <see cref="RequireKnown"/>, for a layer that composes <paramref name="what"/> only on failure.</summary>
        protected KerasModelException UnknownDim(Shape input, string what) =>
            new KerasModelException(Diagnostics.UndefinedDim, Name,
                $"needs the {what} of its input to be known, but {Describe(InputSource)} gives {input}: the parameter count cannot be known. " +
                "Give the input shape a size there (input: (..., n)), or reshape to a known size first.");

        /// <summary>
        /// Keras's canonicalize_axis (keras/src/backend/common/backend_utils.py): an axis of the input
        /// (batch dim included) in [-rank, rank), returned in [0, rank); KD0002 on the argument otherwise.
        /// </summary>
        protected int CanonicalAxis(Shape input, long axis, string argument)
        {
            int rank = input.Rank;
            if (axis < -rank || axis >= rank)
                throw Args.Invalid(argument, $"an axis in [-{rank}, {rank}) of its input {input} (rank {rank}, batch dim included)",
                    axis.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"pass an axis of that shape, e.g. -1 for the last; axis 0 is the batch dim");
            return (int)(axis < 0 ? axis + rank : axis);
        }

        protected KerasModelException ShapeError(Shape input, string detail) =>
            new KerasModelException(Diagnostics.IncompatibleShape, Name, detail.Replace("{input}", input.ToString()).Replace("{source}", Describe(InputSource)));

        private static string Describe(string source) => source;

        /// <summary>
        /// When the layer was made, relative to the others (a process-wide or per-evaluation counter): Keras names
        /// unnamed layers in the order they are made, so a model names its layers by this order.
        /// </summary>
        public long CreationOrder { get; private set; }

        /// <summary>True when the layer was given name:; false when its name is Keras's automatic one.</summary>
        public bool HasExplicitName { get; private set; } = true;

        /// <summary>Records how the layer was made, for the model that names it.</summary>
        internal void SetOrigin(long creationOrder, bool hasExplicitName)
        {
            CreationOrder = creationOrder;
            HasExplicitName = hasExplicitName;
        }

        /// <summary>Keras's snake_case automatic-name prefix of this layer's class (dense, max_pooling2d).</summary>
        public string AutoNamePrefix => LayerCatalog.AutoNamePrefix(ClassName);
    }

    /// <summary>What applying a layer yields: the output shape (or shapes) and the weights.</summary>
    internal sealed class LayerOutput
    {
        public LayerOutput(Shape shape, IReadOnlyList<Weight> weights)
            : this(new[] { shape }, weights)
        {
        }

        public LayerOutput(IReadOnlyList<Shape> shapes, IReadOnlyList<Weight> weights)
        {
            if (shapes.Count == 0) throw new System.ArgumentException("A layer has at least one output.", nameof(shapes));
            Shapes = shapes;
            Weights = weights;
            long total = 0, trainable = 0;
            // Over the array a build keeps (every layer's), not through IReadOnlyList: no enumerator per application.
            foreach (var w in weights as Weight[] ?? weights.ToArray())
            {
                total = CheckedMath.Add(total, w.Size, "the parameter count");
                if (w.Trainable) trainable = CheckedMath.Add(trainable, w.Size, "the parameter count");
            }
            Params = total;
            TrainableParams = trainable;
        }

        /// <summary>The output shape; for a layer with several outputs, the first one's.</summary>
        public Shape Shape => Shapes[0];

        /// <summary>Every output's shape: one for most layers, two for Bidirectional with mergeMode None.</summary>
        public IReadOnlyList<Shape> Shapes { get; }

        public IReadOnlyList<Weight> Weights { get; }
        public long Params { get; }
        public long TrainableParams { get; }
        public long NonTrainableParams => Params - TrainableParams;

        /// <summary>
        /// Keras 2's spelling of a layer's output shape: <c>(None, 8)</c> for one output,
        /// the Python list <c>[(None, 5, 8), (None, 5, 8)]</c> for several.
        /// </summary>
        public static string Format(IReadOnlyList<Shape> shapes) =>
            shapes.Count == 1 ? shapes[0].ToString() : "[" + string.Join(", ", shapes.Select(s => s.ToString())) + "]";
    }
}
