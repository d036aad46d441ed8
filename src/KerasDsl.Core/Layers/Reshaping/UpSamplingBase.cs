namespace KerasDsl.Core
{
    /// <summary>
    /// UpSampling1D/2D/3D (keras/src/layers/reshaping/up_sampling*.py): each spatial dim is
    /// multiplied by its size factor; unknown dims stay unknown. The input must have rank n + 2.
    /// </summary>
    internal abstract class UpSamplingBase : Layer
    {
        private readonly long[] size;
        private readonly SpatialLayout layout;

        protected UpSamplingBase(LayerArgs args, long[] size, SpatialLayout layout) : base(args)
        {
            this.size = size;
            this.layout = layout;
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != layout.InputRank) throw RankMismatch(input, layout.InputRank, layout.Describe(), layout.RankFix(ClassName, Name, "use the layer whose rank matches the data")); // the message is built only on failure
            var output = input;
            for (int i = 0; i < layout.Rank; i++)
            {
                int axis = layout.SpatialAxis(i);
                if (input[axis] == null) continue;
                output = output.Replace(axis, CheckedMath.Multiply(input[axis]!.Value, size[i], "an upsampled size"));
            }
            return output;
        }
    }
}
