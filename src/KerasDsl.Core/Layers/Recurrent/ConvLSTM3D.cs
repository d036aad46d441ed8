namespace KerasDsl.Core
{
    /// <summary>keras.layers.ConvLSTM3D (keras/src/layers/rnn/conv_lstm3d.py): input (batch, time, depth, rows, cols, channels).</summary>
    internal sealed class ConvLSTM3D : ConvLSTM
    {
        public static readonly LayerType Type = new LayerType("ConvLSTM3D", a => new ConvLSTM3D(a));

        private ConvLSTM3D(LayerArgs args) : base(args, 3)
        {
        }
    }
}
