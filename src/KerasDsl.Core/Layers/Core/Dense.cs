namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Dense (keras/src/layers/core/dense.py): kernel (in, units), bias (units,); with Keras 3's
    /// loraRank r the kernel is non-trainable and lora_kernel_a (in, r), lora_kernel_b (r, units) follow (<see cref="LoraRank"/>).
    /// Applies to the last axis of an input of rank 2 or more.
    /// </summary>
    internal sealed class Dense : Layer
    {
        public static readonly LayerType Type = new LayerType("Dense", a => new Dense(a));

        private readonly long units;
        private readonly bool useBias;
        private readonly long loraRank;

        private Dense(LayerArgs args) : base(args)
        {
            units = args.PositiveInt("units");
            args.Activation();
            useBias = args.Bool("useBias", true);
            args.WeightOptions("kernel", "glorot_uniform", "bias", "zeros");
            loraRank = LoraRank.Read(args, "kernelConstraint", "kernel");
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank < 2) // the fix is built only on failure
                throw RankError(input, "rank 2 or more (batch, ..., features)",
                    SourceAdvice.ForModelInput("give the model's input a features dim, e.g. input: 1 for one value per sample")
                    + SourceAdvice.ForLayer($"Flatten before {Name} gives each sample a features dim"));
            RequireKnown(input, -1, "last dim (features)");
            return input.Replace(-1, units);
        }

        protected override void Build(Shape input, WeightList weights)
        {
            weights.Add("kernel", loraRank == 0, input.Last!.Value, units);
            if (useBias) weights.Add("bias", units);
            LoraRank.AddAdapters(weights, "kernel", loraRank, input.Last!.Value, units);
        }
    }
}
