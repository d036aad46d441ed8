using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.GroupNormalization (keras/src/layers/normalization/group_normalization.py):
    /// groups a positive int or -1 (one group per channel, instance normalization), default 32;
    /// the axis dim (default -1, one int) must be known, at least groups, and a multiple of it.
    /// gamma (if scale) and beta (if center) have the size of the axis dim.
    /// </summary>
    internal sealed class GroupNormalization : Layer
    {
        public static readonly LayerType Type = new LayerType("GroupNormalization", a => new GroupNormalization(a));

        private readonly long groups;
        private readonly long axis;
        private readonly bool center;
        private readonly bool scale;
        private long channels;

        private GroupNormalization(LayerArgs args) : base(args)
        {
            groups = args.Int("groups", 32);
            if (groups <= 0 && groups != -1)
                throw args.Invalid("groups", "a positive integer, or -1 for one group per channel", groups.ToString(CultureInfo.InvariantCulture),
                    "pass groups: 1 or more (a divisor of the channels), or -1");
            axis = args.Int("axis", -1);
            args.Float("epsilon", 1e-3);
            center = args.Bool("center", true);
            scale = args.Bool("scale", true);
            args.WeightOptions("beta", "zeros", "gamma", "ones");
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            int a = CanonicalAxis(input, axis, "axis");
            channels = input[a] ?? throw UnknownDim(input, $"axis {a} dim (the channels grouped)");
            long g = groups == -1 ? channels : groups;
            string c = channels.ToString(CultureInfo.InvariantCulture);
            if (g == 0 || channels < g || channels % g != 0)
                throw ShapeError(input, $"splits the {c} channels of {{input}} (from {{source}}, axis {a}) into {g.ToString(CultureInfo.InvariantCulture)} groups: " +
                    "Keras requires the channels to be a non-zero multiple of groups. Pass groups: a divisor of " + c + ".");
            return input;
        }

        protected override void Build(Shape input, WeightList weights)
        {
            if (scale) weights.Add("gamma", channels);
            if (center) weights.Add("beta", channels);
        }
    }
}
