namespace KerasDsl.Core
{
    /// <summary>keras.layers.ConvLSTM2D (keras/src/layers/rnn/conv_lstm2d.py): input (batch, time, rows, cols, channels).</summary>
    internal sealed class ConvLSTM2D : ConvLSTM
    {
        public static readonly LayerType Type = new LayerType("ConvLSTM2D", a => new ConvLSTM2D(a));

        private ConvLSTM2D(LayerArgs args) : base(args, 2)
        {
        }
    }
}
