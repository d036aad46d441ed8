namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's ConvLSTM base (keras/src/layers/rnn/conv_lstm.py): a <see cref="ConvLSTMCell"/> over
    /// time, on (batch, time, ...spatial, channels) inputs (channels after time with channels_first).
    /// The spatial dims and the channels must be known, as Keras's ConvLSTMCell.build requires.
    /// </summary>
    internal abstract class ConvLSTM : RecurrentLayer
    {
        private readonly int rank;

        protected ConvLSTM(LayerArgs args, int rank) : base(args, a => new ConvLSTMCell(a, rank))
        {
            this.rank = rank;
        }

        private ConvLSTMCell ConvCell => (ConvLSTMCell)Cell;

        protected override int InputRank => rank + 3;

        protected override string InputLayout
        {
            get
            {
                string spatial = rank == 1 ? "steps" : rank == 2 ? "rows, cols" : "depth, rows, cols";
                return ConvCell.ChannelsFirst ? $"(batch, time, channels, {spatial})" : $"(batch, time, {spatial}, channels)";
            }
        }

        protected override string RankFix(Shape input) =>
            input.Rank < InputRank
                ? MissingTimeAxisFix(input, $"Reshape to {WithoutBatch(InputLayout)} before it")
                : $"reshape to {InputLayout} first, e.g. with Reshape";

        protected override void RequireKnownStepDims(Shape input)
        {
            // keras/src/layers/rnn/conv_lstm.py ConvLSTMCell.build: "ConvLSTM layers only support static
            // input shapes for the spatial dimension", then "The channel dimension ... should be defined".
            int first = ConvCell.FirstSpatialAxis + 1;
            for (int i = 0; i < rank; i++)
                RequireKnown(input, first + i, "spatial dim " + (i + 1));
            RequireKnown(input, ConvCell.ChannelsFirst ? 2 : -1, "channel dim");
        }
    }
}
