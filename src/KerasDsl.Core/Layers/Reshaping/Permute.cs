using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Permute (keras/src/layers/reshaping/permute.py): dims is a permutation of
    /// 1..n (1-based, the batch dim stays first), and the input must have rank n + 1.
    /// </summary>
    internal sealed class Permute : Layer
    {
        public static readonly LayerType Type = new LayerType("Permute", a => new Permute(a));

        private readonly long[] dims;

        private Permute(LayerArgs args) : base(args)
        {
            dims = args.IntList("dims");
            var sorted = dims.OrderBy(d => d).ToArray();
            for (int i = 0; i < sorted.Length; i++)
                if (sorted[i] != i + 1)
                    throw args.Invalid("dims", $"a permutation of 1..{dims.Length} (1-based; the batch dim is not part of it)",
                        args.Raw("dims")!.ToString(),
                        $"list each of 1..{dims.Length} once, e.g. dims: (2, 1) to swap the two axes after the batch dim");
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            RequireRank(input, dims.Length + 1, $"(batch, {dims.Length} dims to permute)",
                $"dims: needs one entry per dim after the batch dim, {input.Rank - 1} here");
            var output = new long?[dims.Length + 1];
            output[0] = input[0];
            for (int i = 0; i < dims.Length; i++) output[i + 1] = input[(int)dims[i]];
            return Shape.FromOwned(output);
        }
    }
}
