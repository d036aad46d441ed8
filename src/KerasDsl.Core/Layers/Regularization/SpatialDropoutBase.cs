namespace KerasDsl.Core
{
    /// <summary>
    /// SpatialDropout1D/2D/3D (keras/src/layers/regularization/spatial_dropout.py): Dropout's rate
    /// and seed checks, whole channels dropped; the input must have rank n + 2. Shape unchanged.
    /// </summary>
    internal abstract class SpatialDropoutBase : Layer
    {
        private readonly SpatialLayout layout;

        protected SpatialDropoutBase(LayerArgs args, int spatialRank, bool hasDataFormat) : base(args)
        {
            Dropout.ReadRate(args);
            layout = hasDataFormat ? SpatialLayout.Read(args, spatialRank) : SpatialLayout.ChannelsLast(spatialRank);
            Dropout.ReadSeed(args);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != layout.InputRank) throw RankMismatch(input, layout.InputRank, layout.Describe(), layout.RankFix(ClassName, Name, "use the layer whose rank matches the data")); // the message is built only on failure
            return input;
        }
    }
}
