namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's BaseDepthwiseConv (keras/src/layers/convolutional/base_depthwise_conv.py) for
    /// DepthwiseConv1D/2D: kernel (kernel_size..., in_channels, depth_multiplier) (Keras 3 names
    /// it 'kernel'; Keras 2 'depthwise_kernel'), bias (in_channels * depth_multiplier,).
    /// The output has in_channels * depth_multiplier channels.
    /// </summary>
    internal abstract class BaseDepthwiseConv : ConvLayerBase
    {
        private readonly long depthMultiplier;

        private protected BaseDepthwiseConv(LayerArgs args, int rank) : base(args, rank, allowCausal: false)
        {
            depthMultiplier = args.PositiveInt("depthMultiplier", 1);
            args.WeightOptions("depthwise", "glorot_uniform", "bias", "zeros");
            CheckStridesAndDilation();
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            long channels = CheckInputAndChannels(input);
            return Layout.Compose(input[0], ConvSpatial(input), OutputChannels(channels));
        }

        protected override void Build(Shape input, WeightList weights)
        {
            long channels = input[Layout.ChannelAxis]!.Value;
            weights.Add("kernel", BaseConv.Append(KernelSize, channels, depthMultiplier));
            if (UseBias) weights.Add("bias", OutputChannels(channels));
        }

        private long OutputChannels(long channels) => CheckedMath.Multiply(channels, depthMultiplier, "the output channels (channels * depthMultiplier)");
    }
}
