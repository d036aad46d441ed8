namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.ActivityRegularization (keras/src/layers/regularization/activity_regularization.py):
    /// l1 and l2 go to regularizers.L1L2, whose validate_float_arg wants finite numbers of 0 or more
    /// (None meaning 0). No weights; shape unchanged.
    /// </summary>
    internal sealed class ActivityRegularization : Layer
    {
        public static readonly LayerType Type = new LayerType("ActivityRegularization", a => new ActivityRegularization(a));

        private ActivityRegularization(LayerArgs args) : base(args)
        {
            args.Float("l1", 0, 0, double.PositiveInfinity, maxInclusive: false);
            args.Float("l2", 0, 0, double.PositiveInfinity, maxInclusive: false);
        }

        public override Shape ComputeOutputShape(Shape input) => input;
    }
}
