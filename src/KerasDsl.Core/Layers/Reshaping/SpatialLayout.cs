namespace KerasDsl.Core
{
    /// <summary>
    /// Where the spatial axes of a 1D/2D/3D layer's input are (channels_last: right after the
    /// batch dim; channels_first: after the channels), and how to name them in messages.
    /// </summary>
    public sealed class SpatialLayout
    {
        private static readonly string[][] AxisNames =
        {
            new[] { "steps" },
            new[] { "rows", "cols" },
            new[] { "dim1", "dim2", "dim3" },
        };

        public SpatialLayout(int spatialRank, bool channelsFirst)
        {
            SpatialRank = spatialRank;
            ChannelsFirst = channelsFirst;
        }

        /// <summary>Reads Keras's data_format (channels_last unless given).</summary>
        public static SpatialLayout Read(LayerArgs args, int spatialRank) =>
            new SpatialLayout(spatialRank, args.Option("dataFormat", "channels_last", "channels_last", "channels_first") == "channels_first");

        public int SpatialRank { get; }
        public bool ChannelsFirst { get; }

        /// <summary>The input's rank, batch dim included.</summary>
        public int Rank => SpatialRank + 2;

        /// <summary>The index (batch dim included) of spatial axis <paramref name="i"/>.</summary>
        public int Axis(int i) => (ChannelsFirst ? 2 : 1) + i;

        public string AxisName(int i) => AxisNames[SpatialRank - 1][i];

        /// <summary>E.g. <c>(batch, rows, cols, channels)</c>.</summary>
        public string Description
        {
            get
            {
                string spatial = string.Join(", ", AxisNames[SpatialRank - 1]);
                return ChannelsFirst ? $"(batch, channels, {spatial})" : $"(batch, {spatial}, channels)";
            }
        }

        public string Fix =>
            SpatialRank == 1 ? "give the input shape as (steps, channels)"
            : SpatialRank == 2 ? "give the input shape as (rows, cols, channels)"
            : "give the input shape as (dim1, dim2, dim3, channels)";
    }
}
