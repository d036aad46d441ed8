using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's BasePooling (keras/src/layers/pooling/base_pooling.py) for MaxPooling1D/2D/3D and
    /// AveragePooling1D/2D/3D: pool_size (MaxPooling's defaults to 2 on every axis; Keras 3's
    /// AveragePooling has no default), strides (default: pool_size),
    /// padding 'valid' or 'same', on an input of exactly rank+2. No weights; the channels pass through.
    /// </summary>
    internal abstract class BasePooling : Layer
    {
        private readonly long[] poolSize;
        private readonly long[] strides;
        private readonly string padding;
        private readonly SpatialLayout layout;

        private protected BasePooling(LayerArgs args, int rank, bool poolSizeDefaults) : base(args)
        {
            poolSize = args.IntTuple("poolSize", rank, poolSizeDefaults ? OptionLists.Filled(rank, 2L) : null);
            // strides=None means pool_size. Keras standardizes strides with allow_zero=True but a
            // stride of 0 then divides by zero in compute_pooling_output_shape: refused here.
            strides = args.IntTuple("strides", rank, poolSize);
            padding = args.Option("padding", "valid", OptionLists.ValidSame);
            layout = SpatialLayout.Read(args, rank);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != layout.InputRank) // the message is built only on failure
                throw RankMismatch(input, layout.InputRank, layout.Describe(), layout.RankFix(ClassName, Name, "use the pooling whose rank matches the data"));
            var spatial = new long?[layout.Rank];
            for (int i = 0; i < layout.Rank; i++)
            {
                var n = layout.Spatial(input, i);
                spatial[i] = ConvArithmetic.PoolLength(n, poolSize[i], strides[i], padding);
                // A zero is accepted (Keras 2 and TensorFlow.js give it; the model adds a KD0009 warning);
                // Keras 3 refuses zero too, and everyone refuses a negative size.
                if (spatial[i] < 0)
                    throw SpatialLayout.NegativeDim(Name, input, InputSource, layout.SpatialAxis(i), spatial[i]!.Value,
                        $"with padding 'valid' a pool of {poolSize[i]} does not fit in its size {n}",
                        "use padding: \"same\", a smaller poolSize, or a larger input");
            }
            return layout.Compose(input[0], spatial, input[layout.ChannelAxis]);
        }
    }
}
