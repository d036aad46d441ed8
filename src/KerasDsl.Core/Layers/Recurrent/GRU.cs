namespace KerasDsl.Core
{
    /// <summary>keras.layers.GRU (keras/src/layers/rnn/gru.py): a <see cref="GRUCell"/> over time; reset_after defaults to True.</summary>
    internal sealed class GRU : RecurrentLayer
    {
        public static readonly LayerType Type = new LayerType("GRU", a => new GRU(a));

        private GRU(LayerArgs args) : base(args, a => new GRUCell(a))
        {
            ReadImplementation(args);
        }
    }
}
