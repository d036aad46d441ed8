namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's BaseSeparableConv (keras/src/layers/convolutional/base_separable_conv.py) for
    /// SeparableConv1D/2D: depthwise_kernel (kernel_size..., in_channels, depth_multiplier),
    /// pointwise_kernel (1..., in_channels * depth_multiplier, filters), bias (filters,).
    /// No groups, no 'causal' (Keras 3 calls standardize_padding without allow_causal).
    /// </summary>
    internal abstract class BaseSeparableConv : ConvLayerBase
    {
        private readonly long filters;
        private readonly long depthMultiplier;

        private protected BaseSeparableConv(LayerArgs args, int rank) : base(args, rank, allowCausal: false)
        {
            depthMultiplier = args.PositiveInt("depthMultiplier", 1);
            filters = args.PositiveInt("filters");
            args.WeightOptions("depthwise", "glorot_uniform", "pointwise", "glorot_uniform", "bias", "zeros");
            CheckStridesAndDilation();
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            CheckInputAndChannels(input);
            return Layout.Compose(input[0], ConvSpatial(input), filters);
        }

        protected override void Build(Shape input, WeightList weights)
        {
            long channels = input[Layout.ChannelAxis]!.Value;
            weights.Add("depthwise_kernel", BaseConv.Append(KernelSize, channels, depthMultiplier));
            long mixed = CheckedMath.Multiply(channels, depthMultiplier, "the depthwise output channels");
            weights.Add("pointwise_kernel", BaseConv.Append(Ones(Rank), mixed, filters));
            if (UseBias) weights.Add("bias", filters);
        }
    }
}
