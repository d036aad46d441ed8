using System.Collections.Generic;
using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Dot (keras/src/layers/merging/dot.py): the dot product of two inputs along <c>axes</c> (one
    /// axis for both, or one per input; negative axes count from the end). The two axes must have the same size.
    /// Output: the first input's shape without its axis, then the second's without its axis and batch dim
    /// ((batch, 1) when that leaves one dim). <c>normalize</c> changes no shape. No weights.
    /// </summary>
    internal sealed class Dot : Layer
    {
        public static readonly LayerType Type = new LayerType("Dot", a => new Dot(a));

        private readonly long[] axes;

        private Dot(LayerArgs args) : base(args)
        {
            axes = args.IntList("axes");
            if (axes.Length != 1 && axes.Length != 2)
                throw args.Invalid("axes", "one axis, or a pair (axis of the first input, axis of the second)", args.Raw("axes")!.ToString(), "pass axes: 1 or axes: (1, 2)");
            args.Bool("normalize", false);
        }

        public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(new[] { input })[0];

        public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count != 2)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"should be called on a list of 2 inputs, but {InputSource} gives {inputs.Count}: {LayerOutput.Format(inputs)}. Pass two tensors, e.g. Dot([a, b], axes: 1).");
            Shape s1 = inputs[0], s2 = inputs[1];
            int a1 = Axis(s1, axes[0]), a2 = Axis(s2, axes.Length == 2 ? axes[1] : axes[0]);
            if (s1[a1] != s2[a2])
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"has incompatible input shapes: axis {a1} of {s1} is {Dim(s1[a1])} but axis {a2} of {s2} is {Dim(s2[a2])}. " +
                    "Dot multiplies along those axes, so their sizes must be equal: choose other axes:, or give the inputs the same size there.");
            var output = new List<long?>();
            for (int i = 0; i < s1.Rank; i++) if (i != a1) output.Add(s1[i]);
            for (int i = 1; i < s2.Rank; i++) if (i != a2) output.Add(s2[i]);
            if (output.Count == 1) output.Add(1);
            return new[] { Shape.FromOwned(output.ToArray()) };
        }

        /// <summary>An axis of one input: a negative one counts from the end (Python's modulo); the batch axis cannot be one.</summary>
        private int Axis(Shape s, long axis)
        {
            long a = axis < 0 ? axis + s.Rank : axis;
            if (a < 1 || a >= s.Rank)
                throw Args.Invalid("axes", $"an axis in [1, {s.Rank}) or [-{s.Rank - 1}, -1] of the input {s} (batch dim included; it cannot be the batch axis)",
                    axis.ToString(CultureInfo.InvariantCulture), "pass an axis of that input, e.g. -1 for the last");
            return (int)a;
        }

        private static string Dim(long? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "None";
    }
}
