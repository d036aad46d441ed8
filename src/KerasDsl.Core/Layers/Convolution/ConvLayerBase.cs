using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// What every convolution shares, for a given <c>rank</c> (number of spatial axes): the
    /// arguments Keras's four bases read alike (kernel_size, strides, padding, data_format,
    /// dilation_rate, activation, use_bias; keras/src/layers/convolutional/base_conv.py,
    /// base_conv_transpose.py, base_separable_conv.py, base_depthwise_conv.py) and the input
    /// checks of their build(): exact rank rank+2, a known channels dim.
    /// </summary>
    internal abstract class ConvLayerBase : Layer
    {
        private protected ConvLayerBase(LayerArgs args, int rank, bool allowCausal) : base(args)
        {
            Rank = rank;
            // Keras's order: standardize_tuple(kernel_size, strides, dilation_rate), padding, data_format, activation.
            KernelSize = args.IntTuple("kernelSize", rank);
            Strides = args.IntTuple("strides", rank, Ones(rank));
            DilationRate = args.IntTuple("dilationRate", rank, Ones(rank));
            Padding = ReadPadding(args, allowCausal);
            Layout = SpatialLayout.Read(args, rank);
            args.Activation();
            UseBias = args.Bool("useBias", true);
        }

        /// <summary>The number of spatial axes: 1, 2 or 3.</summary>
        protected int Rank { get; }

        protected long[] KernelSize { get; }
        protected long[] Strides { get; }
        protected long[] DilationRate { get; }

        /// <summary>'valid', 'same', or (Conv1D only) 'causal'.</summary>
        protected string Padding { get; }

        private protected SpatialLayout Layout { get; }
        protected bool UseBias { get; }

        /// <summary>
        /// Keras refuses <c>strides &gt; 1</c> together with <c>dilation_rate &gt; 1</c>, last in
        /// each base's __init__ (base_conv.py: "`strides > 1` not supported in conjunction with
        /// `dilation_rate > 1`"). The subclasses call it after reading their own arguments.
        /// </summary>
        protected void CheckStridesAndDilation()
        {
            if (Strides.Max() > 1 && DilationRate.Max() > 1)
                throw Args.Invalid("dilationRate",
                    $"1 when strides > 1 (Keras does not support strides > 1 together with dilation_rate > 1; strides is {SpatialLayout.Tuple(Strides)})",
                    Args.Raw("dilationRate")!.ToString(),
                    "pass strides: 1 for a dilated convolution, or leave dilationRate out for a strided one");
        }

        /// <summary>KD0001 unless the input is (batch, spatial..., channels) (or channels first); then KD0007 unless channels are known.</summary>
        protected long CheckInputAndChannels(Shape input)
        {
            // The messages are built only on failure: this runs for every convolution the compiler checks.
            if (input.Rank != Layout.InputRank)
                throw RankMismatch(input, Layout.InputRank, Layout.Describe(), Layout.RankFix(ClassName, Name, "use the layer whose rank matches the data"));
            // Every convolution's build() sizes its kernel from the channels.
            return input[Layout.ChannelAxis] ?? throw UnknownDim(input, $"channels dim (axis {Layout.ChannelAxis})");
        }

        /// <summary>The spatial output lengths of a convolution (compute_conv_output_shape); KD0004 below zero.</summary>
        protected long?[] ConvSpatial(Shape input)
        {
            var output = new long?[Rank];
            for (int i = 0; i < Rank; i++)
            {
                var n = Layout.Spatial(input, i);
                output[i] = ConvArithmetic.ConvLength(n, KernelSize[i], Strides[i], Padding, DilationRate[i]);
                if (output[i] < 0)
                {
                    long span = ConvArithmetic.DilatedKernel(KernelSize[i], DilationRate[i]);
                    string kernel = DilationRate[i] == 1
                        ? $"a kernel of {KernelSize[i]}"
                        : $"a kernel spanning {span} (kernelSize {KernelSize[i]}, dilationRate {DilationRate[i]})";
                    throw SpatialLayout.NegativeDim(Name, input, InputSource, Layout.SpatialAxis(i), output[i]!.Value,
                        $"with padding 'valid' {kernel} does not fit in its size {n}",
                        "use padding: \"same\", a smaller kernelSize" + (DilationRate[i] == 1 ? "" : " or dilationRate") + ", or a larger input");
                }
            }
            return output;
        }

        /// <summary>(1, ..., 1) of this rank, shared by every layer (read, never written).</summary>
        protected static long[] Ones(int rank) => OptionLists.Units(rank);

        private static string ReadPadding(LayerArgs args, bool allowCausal)
        {
            // standardize_padding(padding, allow_causal=rank == 1): only Conv1D takes 'causal' in Keras 3.
            var raw = args.String("padding", "valid")!;
            if (!allowCausal && raw.ToLowerInvariant() == "causal")
                throw new KerasModelException(Diagnostics.UnknownOption, args.LayerName,
                    $"has an unknown padding '{raw}': expected one of 'valid', 'same' ('causal' is for Conv1D only). " +
                    "Pass padding: \"valid\" or \"same\", or use Conv1D for a causal convolution.", argument: "padding");
            return allowCausal
                ? args.Option("padding", "valid", OptionLists.ValidSameCausal)
                : args.Option("padding", "valid", OptionLists.ValidSame);
        }
    }
}
