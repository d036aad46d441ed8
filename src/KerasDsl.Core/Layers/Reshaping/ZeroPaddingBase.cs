namespace KerasDsl.Core
{
    /// <summary>
    /// ZeroPadding1D/2D/3D (keras/src/layers/reshaping/zero_padding*.py): each spatial dim grows by
    /// its (before, after) padding; unknown dims stay unknown. The input must have rank n + 2.
    /// </summary>
    internal abstract class ZeroPaddingBase : Layer
    {
        private readonly long[][] padding;
        private readonly SpatialLayout layout;

        protected ZeroPaddingBase(LayerArgs args, int spatialRank, long defaultPadding) : base(args)
        {
            var pairs = new long[spatialRank][];
            for (int i = 0; i < spatialRank; i++) pairs[i] = new[] { defaultPadding, defaultPadding };
            padding = args.IntPairs("padding", spatialRank, pairs);
            // ZeroPadding1D takes a data_format too, unlike Cropping1D.
            layout = SpatialLayout.Read(args, spatialRank);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != layout.InputRank) throw RankMismatch(input, layout.InputRank, layout.Describe(), layout.RankFix(ClassName, Name, "use the layer whose rank matches the data")); // the message is built only on failure
            var output = input;
            for (int i = 0; i < layout.Rank; i++)
            {
                int axis = layout.SpatialAxis(i);
                if (input[axis] == null) continue;
                long grown = CheckedMath.Add(CheckedMath.Add(input[axis]!.Value, padding[i][0], "a padded size"), padding[i][1], "a padded size");
                output = output.Replace(axis, grown);
            }
            return output;
        }
    }
}
