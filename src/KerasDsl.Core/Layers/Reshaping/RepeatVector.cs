namespace KerasDsl.Core
{
    /// <summary>keras.layers.RepeatVector (keras/src/layers/reshaping/repeat_vector.py): (batch, features) → (batch, n, features).</summary>
    internal sealed class RepeatVector : Layer
    {
        public static readonly LayerType Type = new LayerType("RepeatVector", a => new RepeatVector(a));

        private readonly long n;

        private RepeatVector(LayerArgs args) : base(args)
        {
            n = args.PositiveInt("n");
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            RequireRank(input, 2, "(batch, features)", "Flatten first, or use a rank-2 input");
            return new Shape(input[0], n, input[1]);
        }
    }
}
