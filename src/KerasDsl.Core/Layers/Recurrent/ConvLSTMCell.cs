using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's ConvLSTMCell (keras/src/layers/rnn/conv_lstm.py): an LSTM whose input and recurrent
    /// transformations are convolutions. kernel (k1, ..., kn, channels, 4·filters),
    /// recurrent_kernel (k1, ..., kn, filters, 4·filters), bias (4·filters,); one step's output is
    /// the convolution's (compute_conv_output_shape in keras/src/ops/operation_utils.py).
    /// </summary>
    internal sealed class ConvLSTMCell : RnnCell
    {
        public ConvLSTMCell(LayerArgs args, int rank) : base(args)
        {
            Rank = rank;
            // ConvLSTMCell does not check filters (BaseConv does): 0 builds empty weights and a
            // zero-size output, which SequentialModel reports as KD0009; a negative count cannot be built.
            Filters = args.NonNegativeInt("filters");
            KernelSize = args.IntTuple("kernelSize", rank);
            // Keras passes allow_zero=True for strides, but a stride of 0 then divides by zero in
            // compute_conv_output_shape, so Keras cannot build it either.
            Strides = args.IntTuple("strides", rank, Ones(rank));
            Padding = args.Option("padding", "valid", OptionLists.ValidSame);
            ChannelsFirst = args.Option("dataFormat", "channels_last", OptionLists.DataFormats) == "channels_first";
            DilationRate = args.IntTuple("dilationRate", rank, Ones(rank));
            if (Strides.Any(s => s > 1) && DilationRate.Any(d => d > 1))
                throw args.Invalid("dilationRate", "1 when strides > 1 (Keras: \"strides > 1 is not compatible with dilation_rate > 1\")",
                    $"strides {SpatialLayout.Tuple(Strides)} and dilationRate {SpatialLayout.Tuple(DilationRate)}", "pass strides: 1 or dilationRate: 1");
            args.Activation("activation", "tanh");
            args.Activation("recurrentActivation", "sigmoid");
            UseBias = args.Bool("useBias", true);
            args.Bool("unitForgetBias", true);
            ReadDropouts(args);
        }

        public int Rank { get; }
        public long Filters { get; }
        public long[] KernelSize { get; }
        public long[] Strides { get; }
        public string Padding { get; }
        public bool ChannelsFirst { get; }
        public long[] DilationRate { get; }
        public bool UseBias { get; }

        /// <summary>h and c, each of the step output's shape (conv_lstm.py's compute_output_shape).</summary>
        public override int StateCount => 2;

        /// <summary>The channel axis of one step's input (batch, ...): last, or 1 for channels_first.</summary>
        public int ChannelAxis(int stepRank) => ChannelsFirst ? 1 : stepRank - 1;

        /// <summary>The first spatial axis of one step's input.</summary>
        public int FirstSpatialAxis => ChannelsFirst ? 2 : 1;

        public override Shape ComputeOutputShape(Shape stepInput)
        {
            var dims = new long?[Rank + 2];
            dims[0] = stepInput[0];
            int outSpatial = ChannelsFirst ? 2 : 1;
            for (int i = 0; i < Rank; i++)
                dims[outSpatial + i] = OutputLength(stepInput[FirstSpatialAxis + i], i, stepInput);
            dims[ChannelsFirst ? 1 : Rank + 1] = Filters;
            return new Shape(dims);
        }

        public override void Build(Shape stepInput, WeightList weights)
        {
            long gates = Gates(4, Filters);
            long channels = stepInput[ChannelAxis(stepInput.Rank)]!.Value;
            weights.Add("kernel", KernelSize.Concat(new[] { channels, gates }).ToArray());
            weights.Add("recurrent_kernel", KernelSize.Concat(new[] { Filters, gates }).ToArray());
            if (UseBias) weights.Add("bias", gates);
        }

        /// <summary>
        /// One spatial dim of each step's convolution output (Shapes/ConvArithmetic.cs). Negative
        /// is KD0004; zero is accepted (Keras 2 and TensorFlow.js do; SequentialModel warns with KD0009).
        /// </summary>
        private long? OutputLength(long? length, int axis, Shape stepInput)
        {
            long k = KernelSize[axis], d = DilationRate[axis];
            long? result = ConvArithmetic.ConvLength(length, k, Strides[axis], Padding, d);
            if (result < 0)
            {
                long dilated = ConvArithmetic.DilatedKernel(k, d);
                throw new KerasModelException(Diagnostics.NegativeOutputDim, LayerName,
                    $"would give a negative output size ({result.Value.ToString(CultureInfo.InvariantCulture)}) along spatial axis {axis + 1} of each time step {stepInput}: " +
                    $"the kernel {k.ToString(CultureInfo.InvariantCulture)}" + (d > 1 ? $" dilated by {d.ToString(CultureInfo.InvariantCulture)} (to {dilated.ToString(CultureInfo.InvariantCulture)})" : "") +
                    $" is longer than the input's {length!.Value.ToString(CultureInfo.InvariantCulture)}. Use padding: \"same\", a smaller kernelSize or dilationRate, or a larger input.",
                    argument: "kernelSize");
            }
            return result;
        }


        private static long[] Ones(int rank) => OptionLists.Filled(rank, 1L);
    }
}
