using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// Cropping1D/2D/3D (keras/src/layers/reshaping/cropping*.py): each spatial dim shrinks by its
    /// (before, after) cropping; unknown dims stay unknown. Keras refuses a cropping that leaves
    /// nothing (sum &gt;= dim, in compute_output_shape in Keras 3 and in call in Keras 2), so a
    /// cropped size of 0 is refused too, not only a negative one.
    /// </summary>
    internal abstract class CroppingBase : Layer
    {
        private readonly long[][] cropping;
        private readonly SpatialLayout layout;

        protected CroppingBase(LayerArgs args, int spatialRank, long defaultCropping, bool hasDataFormat) : base(args)
        {
            var pairs = new long[spatialRank][];
            for (int i = 0; i < spatialRank; i++) pairs[i] = new[] { defaultCropping, defaultCropping };
            cropping = args.IntPairs("cropping", spatialRank, pairs);
            layout = hasDataFormat ? SpatialLayout.Read(args, spatialRank) : SpatialLayout.ChannelsLast(spatialRank);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != layout.InputRank) throw RankMismatch(input, layout.InputRank, layout.Describe(), layout.RankFix(ClassName, Name, "use the layer whose rank matches the data")); // the message is built only on failure
            var output = input;
            for (int i = 0; i < layout.Rank; i++)
            {
                int axis = layout.SpatialAxis(i);
                if (input[axis] == null) continue;
                long size = input[axis]!.Value;
                long removed = CheckedMath.Add(cropping[i][0], cropping[i][1], "a cropping");
                if (removed >= size)
                    throw new KerasModelException(Diagnostics.NegativeOutputDim, Name,
                        $"crops {removed.ToString(CultureInfo.InvariantCulture)} of the {size.ToString(CultureInfo.InvariantCulture)} {layout.AxisName(i)} " +
                        $"of {input} (from {InputSource}) with cropping ({cropping[i][0]}, {cropping[i][1]}), " +
                        $"leaving {(size - removed).ToString(CultureInfo.InvariantCulture)}: Keras requires the cropping to be smaller than the size. " +
                        "Crop less, or use a larger input.", argument: "cropping");
                output = output.Replace(axis, size - removed);
            }
            return output;
        }
    }
}
