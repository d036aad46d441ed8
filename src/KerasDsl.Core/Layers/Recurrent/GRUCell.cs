namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.GRUCell (keras/src/layers/rnn/gru.py): three gates (z, r, h) stacked, so
    /// kernel (features, 3·units), recurrent_kernel (units, 3·units), and a bias of shape
    /// (2, 3·units) when reset_after (Keras 3's default: separate input and recurrent biases,
    /// cuDNN-compatible) or (3·units,) when not (Keras 2.0's GRU, and TensorFlow.js's).
    /// </summary>
    internal sealed class GRUCell : RnnCell
    {
        public GRUCell(LayerArgs args) : base(args)
        {
            Units = args.PositiveInt("units");
            args.Activation("activation", "tanh");
            args.Activation("recurrentActivation", "sigmoid");
            UseBias = args.Bool("useBias", true);
            ReadDropouts(args);
            ResetAfter = args.Bool("resetAfter", true);
        }

        public long Units { get; }
        public bool UseBias { get; }
        public bool ResetAfter { get; }

        public override Shape ComputeOutputShape(Shape stepInput) => new Shape(stepInput[0], Units);

        public override void Build(Shape stepInput, WeightList weights)
        {
            long gates = Gates(3, Units);
            weights.Add("kernel", stepInput.Last!.Value, gates);
            weights.Add("recurrent_kernel", Units, gates);
            if (!UseBias) return;
            if (ResetAfter) weights.Add("bias", 2, gates);
            else weights.Add("bias", gates);
        }
    }
}
