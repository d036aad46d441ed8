using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Where the spatial and channel axes of a 1D/2D/3D layer's input are, from <c>data_format</c>
    /// ('channels_last' by default, as Keras's standardize_data_format with the default
    /// image_data_format), and how messages name them. Shared by the convolution, pooling,
    /// padding, cropping and upsampling layers.
    /// </summary>
    internal sealed class SpatialLayout
    {
        private SpatialLayout(int rank, bool channelsFirst)
        {
            Rank = rank;
            ChannelsFirst = channelsFirst;
        }

        /// <summary>Reads <c>dataFormat</c> (case-insensitive, as Keras lowercases it).</summary>
        public static SpatialLayout Read(LayerArgs args, int rank) =>
            Of(rank, args.Option("dataFormat", "channels_last", OptionLists.DataFormats) == "channels_first");

        /// <summary>Channels last, for layers without a data_format (Cropping1D).</summary>
        public static SpatialLayout ChannelsLast(int rank) => Of(rank, false);

        /// <summary>
        /// The layouts of ranks 1 to 3, made once: a layout is immutable, and every convolution, pooling and padding
        /// layer made would otherwise allocate one.
        /// </summary>
        private static readonly SpatialLayout[] Shared =
        {
            new SpatialLayout(1, false), new SpatialLayout(1, true),
            new SpatialLayout(2, false), new SpatialLayout(2, true),
            new SpatialLayout(3, false), new SpatialLayout(3, true),
        };

        private static SpatialLayout Of(int rank, bool channelsFirst) =>
            rank >= 1 && rank <= 3 ? Shared[(rank - 1) * 2 + (channelsFirst ? 1 : 0)] : new SpatialLayout(rank, channelsFirst);

        /// <summary>The number of spatial axes (1 for Conv1D, 2 for Conv2D, ...).</summary>
        public int Rank { get; }

        public bool ChannelsFirst { get; }

        /// <summary>The input's rank with the batch dim: spatial axes + batch + channels.</summary>
        public int InputRank => Rank + 2;

        /// <summary>The channels axis of a shape of <see cref="InputRank"/>.</summary>
        public int ChannelAxis => ChannelsFirst ? 1 : Rank + 1;

        /// <summary>The index, batch dim included, of spatial axis <paramref name="i"/> (0-based).</summary>
        public int SpatialAxis(int i) => ChannelsFirst ? 2 + i : 1 + i;

        public long? Spatial(Shape input, int i) => input[SpatialAxis(i)];

        /// <summary>The output shape from the batch dim, the spatial lengths and the channels.</summary>
        public Shape Compose(long? batch, long?[] spatial, long? channels)
        {
            var dims = new long?[Rank + 2];
            dims[0] = batch;
            dims[ChannelAxis] = channels;
            for (int i = 0; i < Rank; i++) dims[SpatialAxis(i)] = spatial[i];
            return Shape.FromOwned(dims);
        }

        /// <summary>The layout for rank messages: <c>(batch, rows, cols, channels)</c>.</summary>
        public string Describe()
        {
            string spatial = Rank == 1 ? "steps" : Rank == 2 ? "rows, cols" : string.Join(", ", Enumerable.Range(1, Rank).Select(i => "dim" + i));
            return ChannelsFirst ? $"(batch, channels, {spatial})" : $"(batch, {spatial}, channels)";
        }

        /// <summary>Keras's names of the spatial axes in messages: steps; rows, cols; dim1..dim3.</summary>
        public string AxisName(int i) => Rank == 1 ? "steps" : Rank == 2 ? (i == 0 ? "rows" : "cols") : "dim" + (i + 1);

        /// <summary>
        /// The fix for a rank error, by where the input comes from (<see cref="SourceAdvice"/>): the model's input is
        /// given this layout's shape; a layer's output is reshaped to it before <paramref name="layerName"/>. Then
        /// <paramref name="otherwise"/>, which holds for any source.
        /// </summary>
        public string RankFix(string className, string layerName, string otherwise) =>
            $"{className} takes {Rank} spatial dim{(Rank == 1 ? "" : "s")} and a channels dim, {Describe().Replace("(batch, ", "(")}: "
            + SourceAdvice.ForModelInput($"give the model's input that shape, e.g. {Example()}")
            + SourceAdvice.ForLayer($"Reshape to it before {layerName}")
            + ", or " + otherwise;

        /// <summary>An example <c>input:</c> of the right rank, for fixes.</summary>
        public string Example()
        {
            string spatial = Rank == 1 ? "100" : Rank == 2 ? "28, 28" : string.Join(", ", Enumerable.Repeat("16", Rank));
            return ChannelsFirst ? $"input: (3, {spatial})" : $"input: ({spatial}, 3)";
        }

        /// <summary>KD0004: a spatial output length below zero, with why and how to fix it.</summary>
        public static KerasModelException NegativeDim(string layerName, Shape input, string source, int axis, long value, string why, string fix) =>
            new KerasModelException(Diagnostics.NegativeOutputDim, layerName,
                $"would give a negative output size ({value.ToString(CultureInfo.InvariantCulture)}) on axis {axis}: {source} gives {input}, and {why}. Fix: {fix}.");

        /// <summary>Python's spelling of a tuple of sizes: <c>(3, 3)</c>, <c>(3,)</c>.</summary>
        public static string Tuple(long[] values) => ArgValue.Ints(values.Select(v => (long?)v).ToArray()).ToString();
    }
}
