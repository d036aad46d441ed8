using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's BaseConvTranspose (keras/src/layers/convolutional/base_conv_transpose.py) for
    /// Conv1DTranspose/2D/3D: kernel (kernel_size..., filters, in_channels), bias (filters,).
    /// No groups, no 'causal'; output_padding, when given, must be below strides on every axis.
    /// </summary>
    internal abstract class BaseConvTranspose : ConvLayerBase
    {
        private readonly long filters;
        private readonly long[]? outputPadding;

        private protected BaseConvTranspose(LayerArgs args, int rank) : base(args, rank, allowCausal: false)
        {
            outputPadding = args.Has("outputPadding") ? args.IntTuple("outputPadding", rank, allowZero: true) : null;
            if (outputPadding == null) args.Record("outputPadding", ArgValue.Null);
            filters = args.PositiveInt("filters");
            args.WeightOptions("kernel", "glorot_uniform", "bias", "zeros");
            if (outputPadding != null)
                for (int i = 0; i < rank; i++)
                    if (outputPadding[i] >= Strides[i])
                        throw args.Invalid("outputPadding",
                            $"values below strides {SpatialLayout.Tuple(Strides)} on every axis (Keras: \"`output_padding` must be strictly less than `strides`\")",
                            args.Raw("outputPadding")!.ToString(),
                            "pass outputPadding: smaller than strides, or leave it out for Keras's default");
            CheckStridesAndDilation();
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            CheckInputAndChannels(input);
            var spatial = new long?[Rank];
            for (int i = 0; i < Rank; i++)
            {
                var n = Layout.Spatial(input, i);
                long? op = outputPadding?[i];
                spatial[i] = ConvArithmetic.TransposeLength(n, KernelSize[i], Strides[i], Padding, op, DilationRate[i]);
                if (spatial[i] < 0)
                {
                    // Only an input of size 0 gets here: (0 - 1) * strides plus a kernel or padding too small to make up for it.
                    string formula = Padding == "valid"
                        ? "(size - 1) * strides + kernel span + outputPadding"
                        : "(size - 1) * strides + kernel span % 2 + outputPadding";
                    throw SpatialLayout.NegativeDim(Name, input, InputSource, Layout.SpatialAxis(i), spatial[i]!.Value,
                        $"with padding '{Padding}' the transposed size {formula} is {spatial[i]!.Value.ToString(CultureInfo.InvariantCulture)} for its size {n}",
                        "give that dim a size of 1 or more" + (op == null ? "" : ", or leave outputPadding out"));
                }
            }
            return Layout.Compose(input[0], spatial, filters);
        }

        protected override void Build(Shape input, WeightList weights)
        {
            long channels = input[Layout.ChannelAxis]!.Value;
            weights.Add("kernel", BaseConv.Append(KernelSize, filters, channels));
            if (UseBias) weights.Add("bias", filters);
        }
    }
}
