namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.SimpleRNNCell (keras/src/layers/rnn/simple_rnn.py): kernel (features, units),
    /// recurrent_kernel (units, units), bias (units,).
    /// </summary>
    internal sealed class SimpleRNNCell : RnnCell
    {
        public SimpleRNNCell(LayerArgs args) : base(args)
        {
            Units = args.PositiveInt("units");
            args.Activation("activation", "tanh");
            UseBias = args.Bool("useBias", true);
            ReadDropouts(args);
        }

        public long Units { get; }
        public bool UseBias { get; }

        public override Shape ComputeOutputShape(Shape stepInput) => new Shape(stepInput[0], Units);

        public override void Build(Shape stepInput, WeightList weights)
        {
            weights.Add("kernel", stepInput.Last!.Value, Units);
            weights.Add("recurrent_kernel", Units, Units);
            if (UseBias) weights.Add("bias", Units);
        }
    }
}
