namespace KerasDsl.Core
{
    /// <summary>keras.layers.SimpleRNN (keras/src/layers/rnn/simple_rnn.py): a <see cref="SimpleRNNCell"/> over time.</summary>
    internal sealed class SimpleRNN : RecurrentLayer
    {
        public static readonly LayerType Type = new LayerType("SimpleRNN", a => new SimpleRNN(a));

        private SimpleRNN(LayerArgs args) : base(args, a => new SimpleRNNCell(a))
        {
        }
    }
}
