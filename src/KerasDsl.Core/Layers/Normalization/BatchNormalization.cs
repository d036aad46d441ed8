namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.BatchNormalization (keras/src/layers/normalization/batch_normalization.py):
    /// gamma (if scale) and beta (if center) trainable, moving_mean and moving_variance
    /// non-trainable, each of the size of the input's axis dim (default -1); with renorm also
    /// moving_stddev, renorm_mean and renorm_stddev, non-trainable. Keras 3 takes one int axis;
    /// Keras 2 (tf-keras) also takes a list and writes one to its JSON, its weights then having the
    /// input's rank with 1 off the listed axes (same sizes as the product of the listed dims).
    /// </summary>
    internal sealed class BatchNormalization : Layer
    {
        public static readonly LayerType Type = new LayerType("BatchNormalization", a => new BatchNormalization(a));

        private readonly long[] axes;
        private readonly bool center;
        private readonly bool scale;
        private readonly bool renorm;

        private BatchNormalization(LayerArgs args) : base(args)
        {
            axes = args.IntList("axis", OptionLists.LastAxis);
            args.Float("momentum", 0.99);
            args.Float("epsilon", 1e-3);
            center = args.Bool("center", true);
            scale = args.Bool("scale", true);
            args.WeightOptions("beta", "zeros", "gamma", "ones");
            args.Initializer("movingMeanInitializer", "zeros");
            args.Initializer("movingVarianceInitializer", "ones");
            renorm = args.Bool("renorm", false);
            args.Float("renormMomentum", 0.99);
            args.Bool("synchronized", false);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            CanonicalAxes(input);
            return input;
        }

        /// <summary>
        /// The axes made non-negative for this input, checked. Computed again by <see cref="Build"/> rather than kept in
        /// a field: a layer holds no state between computing a shape and building (a shared layer may be applied from
        /// several threads).
        /// </summary>
        private int[] CanonicalAxes(Shape input)
        {
            var canonical = new int[axes.Length];
            for (int i = 0; i < axes.Length; i++) canonical[i] = CanonicalAxis(input, axes[i], "axis");
            NormalizationAxes.RequireDistinct(Args, canonical, input);
            return canonical;
        }

        protected override void Build(Shape input, WeightList weights)
        {
            var canonical = CanonicalAxes(input);
            long[] shape;
            if (canonical.Length == 1)
            {
                // The refusal's words are composed only when it is thrown: this runs for every BatchNormalization applied.
                shape = new[] { input[canonical[0]] ?? throw UnknownDim(input, $"axis {canonical[0]} dim (the features normalized)") };
            }
            else
            {
                shape = new long[input.Rank];
                for (int i = 0; i < input.Rank; i++)
                    shape[i] = System.Array.IndexOf(canonical, i) >= 0 ? input[i] ?? throw UnknownDim(input, $"axis {i} dim (one of the axes normalized)") : 1;
            }
            if (scale) weights.Add("gamma", shape);
            if (center) weights.Add("beta", shape);
            weights.Add("moving_mean", false, shape);
            weights.Add("moving_variance", false, shape);
            if (renorm)
            {
                weights.Add("moving_stddev", false, shape);
                weights.Add("renorm_mean", false, shape);
                weights.Add("renorm_stddev", false, shape);
            }
        }
    }
}
