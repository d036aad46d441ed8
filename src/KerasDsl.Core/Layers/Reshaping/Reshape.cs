using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Reshape (keras/src/layers/reshaping/reshape.py, with operation_utils'
    /// validate_reshape_shape and compute_reshape_output_shape): (batch, ...) → (batch, *target_shape).
    /// One entry may be -1, inferred from the input's size. When an input dim is unknown, Keras
    /// checks nothing and the -1 becomes None.
    /// </summary>
    internal sealed class Reshape : Layer
    {
        public static readonly LayerType Type = new LayerType("Reshape", a => new Reshape(a));

        private readonly long[] targetShape;

        private Reshape(LayerArgs args) : base(args)
        {
            // Keras takes a tuple only (tuple(5) raises); one int is read as a shape of one here,
            // which is what the C# Size argument produces for Reshape(12).
            targetShape = args.IntList("targetShape");
            string written = args.Raw("targetShape")!.ToString();
            if (targetShape.Any(d => d < -1))
                throw args.Invalid("targetShape", "sizes of 0 or more, or -1 for the one size to infer", written,
                    "write the sizes after the batch dim, e.g. targetShape: (3, -1)");
            if (targetShape.Count(d => d == -1) > 1)
                throw args.Invalid("targetShape", "at most one -1 (the one size to infer)", written,
                    "give every size but one, e.g. targetShape: (3, -1)");
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (!input.IsFullyKnownAfterBatch())
                return Shape.WithBatch(targetShape.Select(d => d == -1 ? null : (long?)d).ToArray()).Replace(0, input[0]);

            var inputDims = input.Dims.Skip(1).Select(d => d!.Value).ToArray();
            long inputSize = CheckedMath.Product(inputDims, "the size of " + input);
            int unknown = System.Array.IndexOf(targetShape, -1L);
            var output = targetShape.Select(d => (long?)d).ToArray();
            if (unknown < 0)
            {
                long targetSize = CheckedMath.Product(targetShape, "the size of target shape " + Fmt());
                if (targetSize != inputSize)
                    throw ShapeError(input, $"cannot reshape {{input}} from {{source}}, {inputSize} values per sample, to {Fmt()}, " +
                        $"{targetSize} values: the total size must be unchanged. Fix targetShape:, or use -1 for one size to infer it.");
            }
            else
            {
                long known = CheckedMath.Product(targetShape.Where(d => d != -1).ToArray(), "the size of target shape " + Fmt());
                if (known == 0 || inputSize % known != 0)
                    throw ShapeError(input, $"cannot reshape {{input}} from {{source}}, {inputSize} values per sample, to {Fmt()}: " +
                        $"{inputSize} is not a multiple of the other sizes' product {known}, so the -1 cannot be inferred. Fix targetShape:.");
                output[unknown] = inputSize / known;
            }
            return Shape.WithBatch(output).Replace(0, input[0]);
        }

        private string Fmt() => ArgValue.Ints(targetShape.Select(d => (long?)d).ToArray()).ToString();
    }
}
