using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.PReLU (keras/src/layers/activations/prelu.py): one trainable weight, alpha, of
    /// the input's shape without the batch dim, with each of shared_axes (1-based, an int or a
    /// list) set to 1. Shape unchanged.
    /// </summary>
    internal sealed class PReLU : Layer
    {
        public static readonly LayerType Type = new LayerType("PReLU", a => new PReLU(a));

        private readonly long[] sharedAxes;

        private PReLU(LayerArgs args) : base(args)
        {
            args.WeightOptions("alpha", "Zeros");
            sharedAxes = args.OptionalIntList("sharedAxes") ?? new long[0];
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            // Keras indexes param_shape[i - 1] with Python's list indexing, so 0 or a negative axis
            // would silently share some other axis (and TensorFlow.js would share none); refused here.
            foreach (var axis in sharedAxes)
                if (axis < 1 || axis >= input.Rank)
                    throw Args.Invalid("sharedAxes", $"axes in 1..{input.Rank - 1} (1-based, the batch dim excluded) for input {input}",
                        axis.ToString(CultureInfo.InvariantCulture), "list the axes after the batch dim whose alpha is shared, e.g. sharedAxes: (1, 2) for images");
            return input;
        }

        protected override void Build(Shape input, WeightList weights)
        {
            var shape = new long[input.Rank - 1];
            for (int i = 1; i < input.Rank; i++)
            {
                if (System.Array.IndexOf(sharedAxes, (long)i) >= 0) shape[i - 1] = 1;
                else shape[i - 1] = input[i] ?? throw UnknownDim(input, $"dim {i} (not in sharedAxes)");
            }
            weights.Add("alpha", shape);
        }
    }
}
