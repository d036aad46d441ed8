using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's BaseGlobalPooling (keras/src/layers/pooling/base_global_pooling.py) for
    /// GlobalMaxPooling1D/2D/3D and GlobalAveragePooling1D/2D/3D: on an input of exactly rank+2,
    /// (batch, channels), or with keepdims (batch, 1, ..., channels). No weights.
    /// </summary>
    internal abstract class BaseGlobalPooling : Layer
    {
        private readonly bool keepdims;
        private readonly SpatialLayout layout;

        private protected BaseGlobalPooling(LayerArgs args, int rank) : base(args)
        {
            layout = SpatialLayout.Read(args, rank);
            keepdims = args.Bool("keepdims", false);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != layout.InputRank) // the message is built only on failure
                throw RankMismatch(input, layout.InputRank, layout.Describe(), layout.RankFix(ClassName, Name, "use the global pooling whose rank matches the data"));
            var channels = input[layout.ChannelAxis];
            if (!keepdims) return new Shape(input[0], channels);
            return layout.Compose(input[0], Enumerable.Repeat((long?)1, layout.Rank).ToArray(), channels);
        }
    }
}
