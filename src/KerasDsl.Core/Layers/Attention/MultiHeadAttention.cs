using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.MultiHeadAttention (Keras 3.15, keras/src/layers/attention/multi_head_attention.py), applied to
    /// (query, value) or (query, value, key). Its weights are its EinsumDense sublayers' (<see cref="AttentionProjection"/>):
    /// query (q_dim, heads, key_dim), key (k_dim, heads, key_dim), with <c>use_gate</c> gate (q_dim, heads, value_dim),
    /// value (v_dim, heads, value_dim), each with a bias of its last two dims, and attention_output (heads, value_dim,
    /// *out) with a bias (*out), where out is <c>output_shape</c> or the query's last dim. Output: the query's shape with
    /// its last dim replaced by <c>output_shape</c> (unchanged without it). As Keras, it refuses num_heads, key_dim,
    /// value_dim (None: key_dim) and sliding_window (a mask only) other than positive, a key whose dims other than the
    /// last are not the value's, and attention axes outside the projected rank (NumPy's <c>np.delete</c>);
    /// <c>output_shape</c> 0 or () is none (Python's truth test). Keras checks no other dims: the ranks of query and value
    /// may differ.
    /// </summary>
    internal sealed class MultiHeadAttention : Layer
    {
        public static readonly LayerType Type = new LayerType("MultiHeadAttention", a => new MultiHeadAttention(a));

        private readonly long numHeads;
        private readonly long keyDim;
        private readonly long valueDim;
        private readonly bool useBias;
        private readonly bool useGate;
        private readonly long[]? outputShape;
        private readonly long[]? attentionAxes;

        private MultiHeadAttention(LayerArgs args) : base(args)
        {
            numHeads = args.PositiveInt("numHeads");
            keyDim = args.PositiveInt("keyDim");
            valueDim = args.PositiveInt("valueDim", keyDim);
            // The Dropout sublayer Keras makes when building refuses a rate outside [0, 1].
            args.Float("dropout", 0, min: 0, max: 1);
            useBias = args.Bool("useBias", true);
            useGate = args.Bool("useGate", false);
            args.OptionalPositiveInt("slidingWindow");
            if (!args.Has("outputShape")) args.Record("outputShape", ArgValue.Null);
            else
            {
                var shape = args.IntList("outputShape");
                if (shape.Any(d => d < 0))
                    throw args.Invalid("outputShape", "sizes of 0 or more", args.Raw("outputShape")!.ToString(), "pass the output's last dims, e.g. outputShape: 64");
                bool falsy = shape.Length == 0 || (shape.Length == 1 && shape[0] == 0 && args.Raw("outputShape")!.Kind != ArgKind.Tuple);
                outputShape = falsy ? null : shape;
            }
            attentionAxes = args.OptionalIntList("attentionAxes");
            // flash_attention: None (use it when the backend can), True or False; which kernel runs, not the weights.
            if (args.Has("flashAttention")) args.Bool("flashAttention", false);
            else args.Record("flashAttention", ArgValue.Null);
            args.WeightOptions("kernel", "glorot_uniform", "bias", "zeros");
            args.Seed();
        }

        public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(new[] { input })[0];

        public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            var (query, value, key) = Inputs(inputs);
            RequireSameKeyAndValue(value, key);
            return new[] { outputShape == null ? query : query.Slice(0, query.Rank - 1).Append(outputShape.Select(d => (long?)d).ToArray()) };
        }

        protected override void Build(IReadOnlyList<Shape> inputs, WeightList weights)
        {
            var (query, value, key) = Inputs(inputs);
            var queryDense = Project(weights, Projection("query", query.Rank - 1, 1, 2, query), query, new long?[] { numHeads, keyDim });
            Project(weights, Projection("key", key.Rank - 1, 1, 2, key), key, new long?[] { numHeads, keyDim });
            if (useGate) Project(weights, Projection("gate", query.Rank - 1, 1, 2, query), query, new long?[] { numHeads, valueDim });
            var valueProjection = Projection("value", value.Rank - 1, 1, 2, value);
            Project(weights, valueProjection, value, new long?[] { numHeads, valueDim });
            CheckAttentionAxes(valueProjection.OutputRank, value);

            long?[] outputDims = outputShape?.Select(d => (long?)d).ToArray() ?? new[] { query.Last };
            var output = Projection("attention_output", query.Rank - 1, 2, outputDims.Length, query);
            Project(weights, output, new Shape(queryDense).Replace(-1, valueDim), outputDims);
        }

        private (Shape Query, Shape Value, Shape Key) Inputs(IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count < 2 || inputs.Count > 3)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"is called on query and value, and optionally key, but {InputSource} gives {inputs.Count} input{(inputs.Count == 1 ? "" : "s")}: {LayerOutput.Format(inputs)}. " +
                    "Apply it to two or three tensors, e.g. MultiHeadAttention(8, 64).Apply(query, value).");
            return (inputs[0], inputs[1], inputs.Count == 3 ? inputs[2] : inputs[1]);
        }

        /// <summary>Keras's "All dimensions of `value` and `key`, except the last one, must be equal" (build and compute_output_shape).</summary>
        private void RequireSameKeyAndValue(Shape value, Shape key)
        {
            if (Middle(value).SequenceEqual(Middle(key))) return;
            throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                $"needs a key whose dims other than the batch dim and the last are the value's, but {InputSource} gives value {value} and key {key}. " +
                "Give key and value the same sequence dims (the same length).");
        }

        /// <summary>Python's <c>shape[1:-1]</c>: empty for a rank below 3.</summary>
        private static IEnumerable<long?> Middle(Shape s) => s.Dims.Skip(1).Take(System.Math.Max(0, s.Rank - 2));

        private AttentionProjection Projection(string name, int freeDims, int boundDims, int outputDims, Shape input) =>
            AttentionProjection.Build(name, freeDims, boundDims, outputDims) ?? throw RankError(input,
                $"a rank that lets its {name} projection name its axes with the 26 letters a-z (Keras's einsum letters), at most {AttentionProjection.Letters - boundDims - outputDims + 1}",
                "give the tensor fewer dims");

        /// <summary>Declares one sublayer's kernel and bias as EinsumDense would build them; returns its output shape.</summary>
        private long?[] Project(WeightList weights, AttentionProjection projection, Shape input, IReadOnlyList<long?> knownLastDims)
        {
            var partial = AttentionProjection.PartialOutput(projection.OutputRank - 1, knownLastDims);
            var shapes = projection.Equation.Analyze(input.Dims, partial, useBias ? projection.BiasAxes : null);
            if (shapes.Failure != EinsumShapes.Problem.None)
                throw ShapeError(input, $"cannot build its {projection.Name} projection of {{input}} from {{source}}: {shapes.Detail}.");
            weights.Add(projection.Name + "/kernel", Known(input, shapes.Kernel, projection.Name));
            if (shapes.Bias != null) weights.Add(projection.Name + "/bias", Known(input, shapes.Bias, projection.Name));
            return shapes.Output;
        }

        private long[] Known(Shape input, long?[] shape, string projection)
        {
            if (shape.All(d => d != null)) return shape.Select(d => d!.Value).ToArray();
            throw new KerasModelException(Diagnostics.UndefinedDim, Name,
                $"needs the last dim (features) of its inputs to be known, but its {projection} projection of {input} from {InputSource} " +
                $"would have weights of shape {new Shape(shape)}: the parameter count cannot be known. " +
                "Give the inputs a known last dim (input: (..., n)), or a Dense to a known size first.");
        }

        /// <summary>
        /// Keras's <c>_build_attention(rank)</c> with the value projection's rank R (default axes: 1 to R - 3); each axis a becomes a (a &gt;= 0) or
        /// R - 1 + a, which NumPy's <c>np.delete(range(R), ...)</c> refuses outside [-R, R); the attention equation then
        /// needs R letters and one more per attention axis that is not the last.
        /// </summary>
        private void CheckAttentionAxes(int rank, Shape value)
        {
            var removed = new HashSet<long> { rank - 1 };
            // None: every axis but the batch dim, the heads and the features, range(1, rank - 2).
            foreach (long axis in attentionAxes ?? Enumerable.Range(1, System.Math.Max(0, rank - 3)).Select(a => (long)a))
            {
                long normalized = axis >= 0 ? axis : rank - 1 + axis;
                if (normalized < -rank || normalized >= rank)
                    throw Args.Invalid("attentionAxes", $"axes of the projected tensors, of rank {rank} for value {value} (an axis a >= 0 is a, a < 0 is {rank - 1} + a, and must be in [-{rank}, {rank}))",
                        axis.ToString(CultureInfo.InvariantCulture), "pass axes of the query's and value's sequence dims, e.g. attentionAxes: 1");
                removed.Add(((normalized % rank) + rank) % rank);
            }
            if (rank + removed.Count - 1 > AttentionProjection.Letters)
                throw RankError(value, "a rank that lets its attention equation name its axes with the 26 letters a-z (Keras's einsum letters)", "use fewer attention axes or dims");
        }
    }
}
