using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.UnitNormalization (keras/src/layers/normalization/unit_normalization.py):
    /// axis an int or a list (default -1), each checked against the input's rank. No weights.
    /// </summary>
    internal sealed class UnitNormalization : Layer
    {
        public static readonly LayerType Type = new LayerType("UnitNormalization", a => new UnitNormalization(a));

        private readonly long[] axes;

        private UnitNormalization(LayerArgs args) : base(args)
        {
            axes = args.IntList("axis", OptionLists.LastAxis);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            foreach (var a in axes) CanonicalAxis(input, a, "axis");
            return input;
        }
    }
}
