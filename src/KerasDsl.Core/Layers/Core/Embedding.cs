namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Embedding (keras/src/layers/core/embedding.py): looks up integer ids in an
    /// embeddings matrix (input_dim, output_dim). Input of any rank, output (batch, ..., output_dim).
    /// Keras 3 drops input_length ("Argument `input_length` is deprecated. Just remove it."): it is ignored.
    /// </summary>
    public sealed class Embedding : Layer
    {
        public static readonly LayerType Type = new LayerType("Embedding", a => new Embedding(a));

        private readonly long inputDim;
        private readonly long outputDim;

        private Embedding(LayerArgs args) : base(args)
        {
            inputDim = args.PositiveInt("inputDim");
            outputDim = args.PositiveInt("outputDim");
            args.Bool("maskZero", false);
        }

        public override Shape ComputeOutputShape(Shape input) => input.Append(outputDim);

        protected override void Build(Shape input, WeightList weights) => weights.Add("embeddings", inputDim, outputDim);
    }
}
