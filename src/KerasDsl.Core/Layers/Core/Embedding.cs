namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Embedding (keras/src/layers/core/embedding.py): looks up integer ids in an
    /// embeddings matrix (input_dim, output_dim). Input of any rank, output (batch, ..., output_dim).
    /// Keras 3 drops input_length with a warning ("Argument `input_length` is deprecated. Just remove it."): it is
    /// ignored, with a KD0025 warning.
    /// With Keras 3's loraRank r the embeddings are non-trainable and lora_embeddings_a (input_dim, r),
    /// lora_embeddings_b (r, output_dim) follow (<see cref="LoraRank"/>).
    /// </summary>
    internal sealed class Embedding : Layer
    {
        public static readonly LayerType Type = new LayerType("Embedding", a => new Embedding(a));

        private readonly long inputDim;
        private readonly long outputDim;
        private readonly long loraRank;

        private Embedding(LayerArgs args) : base(args)
        {
            inputDim = args.PositiveInt("inputDim");
            outputDim = args.PositiveInt("outputDim");
            args.WeightOptions("embeddings", "uniform");
            args.Bool("maskZero", false);
            loraRank = LoraRank.Read(args, "embeddingsConstraint", "embedding");
            // keras/src/layers/core/embedding.py pops input_length and warns when it is not None.
            args.DeprecatedIgnored("inputLength", "Argument `input_length` is deprecated. Just remove it.");
        }

        public override Shape ComputeOutputShape(Shape input) => input.Append(outputDim);

        protected override void Build(Shape input, WeightList weights)
        {
            weights.Add("embeddings", loraRank == 0, inputDim, outputDim);
            LoraRank.AddAdapters(weights, "embeddings", loraRank, inputDim, outputDim);
        }
    }
}
