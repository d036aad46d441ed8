using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Normalization (keras/src/layers/preprocessing/normalization.py): (x - mean) / sqrt(variance) over
    /// the kept <c>axis</c> (an axis or axes, default -1; () keeps none), shape unchanged. Built without mean and
    /// variance (to be adapted or loaded), it has non-trainable weights mean and variance, of the kept axes' sizes
    /// (sorted, repeated as often as given, as Keras keeps them), and count, a scalar: EfficientNet's Normalization
    /// over 3 channels has 7. Given mean and variance (numbers or nested lists of one shape, of rank at most the number of
    /// axes), Keras makes constants, no weights: they must broadcast to the kept axes' sizes, aligned from the right.
    /// The kept axes must be in [-rank, rank) and their sizes known. <c>invert</c> changes nothing here.
    /// </summary>
    internal sealed class Normalization : Layer
    {
        public static readonly LayerType Type = new LayerType("Normalization", a => new Normalization(a));

        private readonly long[] axis;
        private readonly long[]? meanShape;

        private Normalization(LayerArgs args) : base(args)
        {
            axis = args.IntList("axis", new[] { -1L });
            var mean = ValuesShape(args, "mean");
            var variance = ValuesShape(args, "variance");
            args.Bool("invert", false);
            if ((mean == null) != (variance == null))
                throw args.Invalid(mean == null ? "mean" : "variance", "both mean and variance, or neither",
                    mean == null ? "variance only" : "mean only", "pass both (the values to normalize with), or neither (to adapt or load them)");
            if (mean == null) return;
            if (!mean.SequenceEqual(variance!))
                throw args.Invalid("variance", $"the shape of mean, {Fmt(mean)}", Fmt(variance!), "give mean and variance the same shape");
            if (mean.Length > axis.Length)
                throw args.Invalid("mean", $"a rank of at most the number of axes ({axis.Length})", $"shape {Fmt(mean)}",
                    "give one value per kept axis size, or one number");
            meanShape = mean;
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            var keep = KeptAxes(input);
            if (meanShape != null) RequireBroadcast(input, keep);
            return input;
        }

        protected override void Build(Shape input, WeightList weights)
        {
            if (meanShape != null) return;
            long[] shape = KeptAxes(input).Select(d => input[d]!.Value).ToArray();
            weights.Add("mean", false, shape);
            weights.Add("variance", false, shape);
            weights.Add("count", false);
        }

        /// <summary>Keras's <c>_keep_axis</c>: the axes made non-negative and sorted (duplicates kept), each of known size.</summary>
        private int[] KeptAxes(Shape input)
        {
            int rank = input.Rank;
            var keep = new int[axis.Length];
            for (int i = 0; i < axis.Length; i++)
            {
                if (axis[i] < -rank || axis[i] >= rank)
                    throw Args.Invalid("axis", $"axes in [-{rank}, {rank}) of its input {input} (rank {rank}, batch dim included)",
                        Fmt(axis), "pass axes of that shape, e.g. -1 for the last");
                keep[i] = (int)(axis[i] < 0 ? axis[i] + rank : axis[i]);
            }
            System.Array.Sort(keep);
            foreach (int d in keep)
                if (input[d] == null)
                    throw new KerasModelException(Diagnostics.UndefinedDim, Name,
                        $"needs the kept axes' sizes to be known, but axis {d} of {input} from {InputSource} is unknown (Keras: \"All `axis` values to be kept must " +
                        "have a known shape\"). Give the input a size there, or keep other axes.");
            return keep;
        }

        /// <summary>
        /// Keras reshapes the given mean to the input's rank, its dims on the kept axes from the right, then broadcasts
        /// it to the kept axes' sizes (1 elsewhere): each of its dims must be 1 or that size.
        /// </summary>
        private void RequireBroadcast(Shape input, int[] keep)
        {
            var expanded = Enumerable.Repeat(1L, input.Rank).ToArray();
            for (int i = 1; i <= meanShape!.Length; i++) expanded[keep[keep.Length - i]] = meanShape[meanShape.Length - i];
            bool reshapes = CheckedMath.Product(expanded, "the size of mean") == CheckedMath.Product(meanShape, "the size of mean");
            bool broadcasts = Enumerable.Range(0, input.Rank).All(d => expanded[d] == 1 || (keep.Contains(d) && expanded[d] == input[d]));
            if (reshapes && broadcasts) return;
            throw ShapeError(input, $"cannot use mean and variance of shape {Fmt(meanShape)} for {{input}} from {{source}}: over the kept axes " +
                $"({string.Join(", ", keep.Select(a => a.ToString(CultureInfo.InvariantCulture)))}), of sizes ({string.Join(", ", keep.Select(a => input[a]!.Value.ToString(CultureInfo.InvariantCulture)))}), " +
                "each of their dims, from the right, must be 1 or that axis's size. Give one value per channel, or one number.");
        }

        /// <summary>NumPy's <c>np.shape</c> of a number or (nested) list of numbers; null when absent. A ragged list is refused.</summary>
        private static long[]? ValuesShape(LayerArgs args, string name)
        {
            var v = args.Raw(name);
            args.Record(name, v ?? ArgValue.Null);
            if (v == null) return null;
            return ShapeOf(v) ?? throw args.Invalid(name, "a number, or a (nested) list of numbers of one shape", v.ToString(),
                $"pass {name}: as a number or a list with one value per kept axis size");
        }

        private static long[]? ShapeOf(ArgValue v)
        {
            if (v.Kind == ArgKind.Int || v.Kind == ArgKind.Float) return System.Array.Empty<long>();
            if (v.Kind != ArgKind.Tuple) return null;
            long[]? inner = null;
            foreach (var item in v.Items)
            {
                var shape = ShapeOf(item);
                if (shape == null || (inner != null && !inner.SequenceEqual(shape))) return null;
                inner = shape;
            }
            return new[] { (long)v.Items.Count }.Concat(inner ?? System.Array.Empty<long>()).ToArray();
        }

        private static string Fmt(IReadOnlyList<long> dims) => ArgValue.Ints(dims.Select(d => (long?)d).ToArray()).ToString();
    }
}
