using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// One layer's whole semantics, in Keras's shape: the constructor reads and checks the
    /// arguments, <see cref="ComputeOutputShape"/> checks the input and computes the output
    /// shape from shapes alone, <see cref="Build"/> declares the weights. Counts come from
    /// the weights. A layer object serves one model evaluation at a time.
    /// </summary>
    public abstract class Layer
    {
        protected Layer(LayerArgs args)
        {
            Args = args;
            Name = args.LayerName;
            ClassName = args.Call.ClassName;
            Trainable = args.Bool("trainable", true);
        }

        protected LayerArgs Args { get; }

        public string Name { get; }

        /// <summary>The Keras class name shown in summaries, e.g. <c>Dense</c>.</summary>
        public string ClassName { get; }

        /// <summary><c>trainable=False</c> makes every weight of the layer (and its inner layers) non-trainable.</summary>
        public bool Trainable { get; }

        /// <summary>
        /// Where this layer's input comes from, for messages: "dense" (the previous layer) or
        /// "the input". Set by <see cref="Apply(Shape, string)"/>.
        /// </summary>
        protected string InputSource { get; private set; } = "the input";

        /// <summary>Applies the layer to an input shape: output shape first (bad geometry fails first, as in Keras), then weights.</summary>
        public LayerOutput Apply(Shape input, string inputSource) => Apply(new[] { input }, inputSource);

        /// <summary>
        /// Applies the layer to the outputs of the previous layer: one shape in general, several
        /// when that layer has several outputs (e.g. Bidirectional with mergeMode None).
        /// </summary>
        public LayerOutput Apply(IReadOnlyList<Shape> inputs, string inputSource)
        {
            InputSource = inputSource;
            var outputs = ComputeOutputShapes(inputs);
            var list = new WeightList();
            // A layer takes one input unless it overrides ComputeOutputShapes(inputs); none with several has weights.
            Build(inputs[0], list);
            var weights = Trainable ? list.Items : list.Items.Select(w => w.AsNonTrainable()).ToList();
            return new LayerOutput(outputs, weights);
        }

        /// <summary>Checks the input shape (batch dim included) and returns the output shape.</summary>
        public abstract Shape ComputeOutputShape(Shape input);

        /// <summary>
        /// The output shapes for one input: a single one unless the layer has several outputs
        /// (Keras's compute_output_shape returning a list), which such layers override.
        /// </summary>
        public virtual IReadOnlyList<Shape> ComputeOutputShapes(Shape input) => new[] { ComputeOutputShape(input) };

        /// <summary>
        /// The output shapes for the previous layer's outputs. Layers take one input: several are a
        /// KD0008 error, as Keras's input check refuses them. A layer that takes several inputs overrides this.
        /// </summary>
        protected virtual IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count != 1)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"takes one input but {Describe(InputSource)} gives {inputs.Count} outputs {LayerOutput.Format(inputs)}. " +
                    "Make the previous layer give one output (e.g. Bidirectional with mergeMode \"concat\", \"sum\", \"mul\" or \"ave\").");
            return ComputeOutputShapes(inputs[0]);
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
    }

    /// <summary>What applying a layer yields: the output shape (or shapes) and the weights.</summary>
    public sealed class LayerOutput
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
            foreach (var w in weights)
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
