using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.LayerNormalization (keras/src/layers/normalization/layer_normalization.py):
    /// axis an int or a list (default -1), canonicalized, duplicates refused and sorted; gamma (if
    /// scale) and beta (if center) have the dims of those axes. The deprecated rms_scaling keeps
    /// gamma and drops beta, with Keras 3's warning (KD0025).
    /// </summary>
    internal sealed class LayerNormalization : Layer
    {
        public static readonly LayerType Type = new LayerType("LayerNormalization", a => new LayerNormalization(a));

        private readonly long[] axes;
        private readonly bool center;
        private readonly bool scale;
        private readonly bool rmsScaling;

        private LayerNormalization(LayerArgs args) : base(args)
        {
            axes = args.IntList("axis", OptionLists.LastAxis);
            args.Float("epsilon", 1e-3);
            center = args.Bool("center", true);
            scale = args.Bool("scale", true);
            args.WeightOptions("beta", "zeros", "gamma", "ones");
            rmsScaling = args.Bool("rmsScaling", false);
            // layer_normalization.py pops rms_scaling and warns when it is True (it keeps it, and its weights).
            if (rmsScaling)
                args.Warn("rmsScaling", "You passed `rms_scaling=True`, which is deprecated. This argument incorrectly scales the input by the " +
                    "variance, not the root mean square. To correctly use RMS Normalization, please use `keras.layers.RMSNormalization` instead.",
                    "remove rmsScaling: (Keras 3's RMSNormalization layer is the root-mean-square normalization it meant)");
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            CanonicalAxes(input);
            return input;
        }

        /// <summary>
        /// The axes made non-negative for this input, checked and sorted. Computed again by <see cref="Build"/> rather
        /// than kept in a field: a layer holds no state between computing a shape and building.
        /// </summary>
        private int[] CanonicalAxes(Shape input)
        {
            var canonical = axes.Select(a => CanonicalAxis(input, a, "axis")).ToArray();
            NormalizationAxes.RequireDistinct(Args, canonical, input);
            return canonical.OrderBy(a => a).ToArray();
        }

        protected override void Build(Shape input, WeightList weights)
        {
            var canonical = CanonicalAxes(input);
            // The refusal's words are composed only when it is thrown.
            var shape = canonical.Select(a => input[a] ?? throw UnknownDim(input, $"axis {a} dim (normalized)")).ToArray();
            if (scale || rmsScaling) weights.Add("gamma", shape);
            if (center && !rmsScaling) weights.Add("beta", shape);
        }
    }
}
