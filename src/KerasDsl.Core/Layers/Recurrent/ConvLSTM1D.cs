namespace KerasDsl.Core
{
    /// <summary>keras.layers.ConvLSTM1D (keras/src/layers/rnn/conv_lstm1d.py): input (batch, time, steps, channels).</summary>
    internal sealed class ConvLSTM1D : ConvLSTM
    {
        public static readonly LayerType Type = new LayerType("ConvLSTM1D", a => new ConvLSTM1D(a));

        private ConvLSTM1D(LayerArgs args) : base(args, 1)
        {
        }
    }
}
