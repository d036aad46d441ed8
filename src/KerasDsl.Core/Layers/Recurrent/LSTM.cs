namespace KerasDsl.Core
{
    /// <summary>keras.layers.LSTM (keras/src/layers/rnn/lstm.py): an <see cref="LSTMCell"/> over time.</summary>
    internal sealed class LSTM : RecurrentLayer
    {
        public static readonly LayerType Type = new LayerType("LSTM", a => new LSTM(a));

        private LSTM(LayerArgs args) : base(args, a => new LSTMCell(a))
        {
            ReadImplementation(args);
        }
    }
}
