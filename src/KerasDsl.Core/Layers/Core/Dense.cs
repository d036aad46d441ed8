namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Dense (keras/src/layers/core/dense.py): kernel (in, units), bias (units,).
    /// Applies to the last axis of an input of rank 2 or more.
    /// </summary>
    public sealed class Dense : Layer
    {
        public static readonly LayerType Type = new LayerType("Dense", a => new Dense(a));

        private readonly long units;
        private readonly bool useBias;

        private Dense(LayerArgs args) : base(args)
        {
            units = args.PositiveInt("units");
            args.Activation();
            useBias = args.Bool("useBias", true);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            RequireMinRank(input, 2, "(batch, ..., features)", "add input: to the first layer, or Flatten before Dense");
            RequireKnown(input, -1, "last dim (features)");
            return input.Replace(-1, units);
        }

        protected override void Build(Shape input, WeightList weights)
        {
            weights.Add("kernel", input.Last!.Value, units);
            if (useBias) weights.Add("bias", units);
        }
    }
}
