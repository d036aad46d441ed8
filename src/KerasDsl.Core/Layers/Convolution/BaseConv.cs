namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's BaseConv (keras/src/layers/convolutional/base_conv.py) for Conv1D/2D/3D:
    /// kernel (kernel_size..., in_channels / groups, filters), bias (filters,).
    /// filters and the input channels must both be divisible by groups. With Keras 3's lora_rank r (which Conv1D/2D/3D
    /// pass on to BaseConv) the kernel is non-trainable and lora_kernel_a (kernel[:-1]..., r), lora_kernel_b (r, filters)
    /// follow the bias, as enable_lora adds them at the end of build (<see cref="LoraRank"/>).
    /// </summary>
    internal abstract class BaseConv : ConvLayerBase
    {
        private readonly long filters;
        private readonly long groups;
        private readonly long loraRank;

        private protected BaseConv(LayerArgs args, int rank) : base(args, rank, allowCausal: rank == 1)
        {
            filters = args.PositiveInt("filters");
            groups = args.PositiveInt("groups", 1);
            if (filters % groups != 0)
                throw args.Invalid("groups", $"a divisor of filters ({filters})", groups.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "pass groups: a number that divides filters (filters and the input channels must both be divisible by groups)");
            args.WeightOptions("kernel", "glorot_uniform", "bias", "zeros");
            loraRank = LoraRank.Read(args, "kernelConstraint", "kernel");
            CheckStridesAndDilation();
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            long channels = CheckInputAndChannels(input);
            // build() checks the groups before it computes the output shape.
            if (channels % groups != 0)
                throw ShapeError(input,
                    $"has groups={groups}, but {{source}} gives {{input}} with {channels} channels: the input channels must be divisible by groups. " +
                    $"Pass groups: a divisor of {channels}, or change the number of channels.");
            return Layout.Compose(input[0], ConvSpatial(input), filters);
        }

        protected override void Build(Shape input, WeightList weights)
        {
            long channels = input[Layout.ChannelAxis]!.Value;
            var kernel = Append(KernelSize, channels / groups, filters);
            weights.Add("kernel", loraRank == 0, kernel);
            if (UseBias) weights.Add("bias", filters);
            LoraRank.AddAdapters(weights, "kernel", loraRank, kernel);
        }

        internal static long[] Append(long[] kernel, long a, long b)
        {
            var shape = new long[kernel.Length + 2];
            kernel.CopyTo(shape, 0);
            shape[kernel.Length] = a;
            shape[kernel.Length + 1] = b;
            return shape;
        }
    }
}
