using System.Collections.Generic;
using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Concatenate (keras/src/layers/merging/concatenate.py): joins its inputs along <c>axis</c>
    /// (default -1). The inputs must have the same rank and the same sizes on every other axis (an unknown size
    /// matches any); the output's axis is the sum of theirs, unknown when one is. No weights.
    /// </summary>
    internal sealed class Concatenate : Layer
    {
        public static readonly LayerType Type = new LayerType("Concatenate", a => new Concatenate(a));

        private readonly long axis;

        private Concatenate(LayerArgs args) : base(args)
        {
            axis = args.Int("axis", -1);
        }

        public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(new[] { input })[0];

        public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count < 1)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"should be called on a list of at least 1 input, but {InputSource} gives none. Pass the tensors to join, e.g. Concatenate([a, b]).");
            var first = inputs[0];
            int a = CanonicalAxis(first, axis, "axis");
            var output = new long?[first.Rank];
            for (int i = 0; i < first.Rank; i++) output[i] = first[i];
            for (int k = 1; k < inputs.Count; k++)
            {
                var s = inputs[k];
                if (s.Rank != first.Rank)
                    throw Mismatch(inputs, $"{first} has rank {first.Rank} but {s} has rank {s.Rank}");
                for (int i = 0; i < s.Rank; i++)
                {
                    if (i == a)
                    {
                        output[i] = output[i] == null || s[i] == null ? null
                            : CheckedMath.TryAdd(output[i]!.Value, s[i]!.Value, out long sum) ? sum : throw CheckedMath.Overflow("the concatenated size");
                        continue;
                    }
                    // Keras 3 keeps the first input's dims off the axis; the others are only checked against them.
                    if (s[i] == null || output[i] == null) continue;
                    if (output[i] != s[i])
                        throw Mismatch(inputs, $"axis {i} is {output[i]!.Value.ToString(CultureInfo.InvariantCulture)} in one and {s[i]!.Value.ToString(CultureInfo.InvariantCulture)} in {s}");
                }
            }
            return new[] { Shape.FromOwned(output) };
        }

        private KerasModelException Mismatch(IReadOnlyList<Shape> inputs, string what) =>
            new KerasModelException(Diagnostics.IncompatibleShape, Name,
                $"requires inputs with matching shapes except for the concatenation axis {axis.ToString(CultureInfo.InvariantCulture)}, but {InputSource} gives {LayerOutput.Format(inputs)}: {what}. " +
                "Make the other axes equal (e.g. pool or reshape one input), or concatenate along another axis:.");
    }
}
