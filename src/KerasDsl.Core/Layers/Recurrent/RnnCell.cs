namespace KerasDsl.Core
{
    /// <summary>
    /// One time step of a recurrent layer, as Keras's *Cell classes: it reads its own arguments
    /// (units, activations, ...), computes one step's output shape and declares the weights.
    /// The <see cref="RecurrentLayer"/> around it loops over the time axis.
    /// </summary>
    internal abstract class RnnCell
    {
        protected RnnCell(LayerArgs args)
        {
            LayerName = args.LayerName;
            // Every Keras 3 cell (simple_rnn.py, lstm.py, gru.py, conv_lstm.py) takes the kernel's, the recurrent
            // kernel's and the bias's initializer, regularizer and constraint, and a seed for its dropout masks.
            args.WeightOptions("kernel", "glorot_uniform", "recurrent", "orthogonal", "bias", "zeros");
            args.Seed();
        }

        /// <summary>
        /// How many state tensors the cell carries (Keras's state_size): one (h) for SimpleRNN and GRU, two (h and c) for
        /// LSTM and ConvLSTM, each of the step output's shape. return_state makes the layer return them after its output.
        /// </summary>
        public virtual int StateCount => 1;

        /// <summary>The name of the layer that owns the cell, for its refusals.</summary>
        protected string LayerName { get; }

        /// <summary>One step's output shape, batch dim included, from one step's input shape (batch, features...).</summary>
        public abstract Shape ComputeOutputShape(Shape stepInput);

        /// <summary>Declares the cell's weights for one step's input shape (its dims are known: the layer checked them).</summary>
        public abstract void Build(Shape stepInput, WeightList weights);

        /// <summary>
        /// Keras clamps dropout and recurrent_dropout into [0, 1] (min(1.0, max(0.0, dropout)) in every
        /// cell's __init__) instead of refusing them, so only the type is checked.
        /// </summary>
        protected static void ReadDropouts(LayerArgs args)
        {
            args.Float("dropout", 0.0);
            args.Float("recurrentDropout", 0.0);
        }

        /// <summary>n × units, checked: the gates' weights are stacked along the last axis.</summary>
        protected static long Gates(long gates, long units) =>
            CheckedMath.TryMultiply(gates, units, out long product) ? product : throw CheckedMath.Overflow(gates + " gates of " + units + " units");
    }
}
