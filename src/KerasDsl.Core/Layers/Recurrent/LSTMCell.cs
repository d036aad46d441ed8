namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.LSTMCell (keras/src/layers/rnn/lstm.py): four gates (i, f, c, o) stacked, so
    /// kernel (features, 4·units), recurrent_kernel (units, 4·units), bias (4·units,).
    /// unit_forget_bias changes the bias's initial values, not its shape.
    /// </summary>
    internal sealed class LSTMCell : RnnCell
    {
        public LSTMCell(LayerArgs args) : base(args)
        {
            Units = args.PositiveInt("units");
            args.Activation("activation", "tanh");
            args.Activation("recurrentActivation", "sigmoid");
            UseBias = args.Bool("useBias", true);
            args.Bool("unitForgetBias", true);
            ReadDropouts(args);
        }

        public long Units { get; }
        public bool UseBias { get; }

        /// <summary>h and c.</summary>
        public override int StateCount => 2;

        public override Shape ComputeOutputShape(Shape stepInput) => new Shape(stepInput[0], Units);

        public override void Build(Shape stepInput, WeightList weights)
        {
            long gates = Gates(4, Units);
            weights.Add("kernel", stepInput.Last!.Value, gates);
            weights.Add("recurrent_kernel", Units, gates);
            if (UseBias) weights.Add("bias", gates);
        }
    }
}
