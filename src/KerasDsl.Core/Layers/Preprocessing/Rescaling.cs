namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Rescaling (keras/src/layers/preprocessing/rescaling.py): x * scale + offset, where
    /// scale and offset are numbers or (broadcast) lists of numbers, unchecked by Keras. No weights;
    /// shape unchanged.
    /// </summary>
    internal sealed class Rescaling : Layer
    {
        public static readonly LayerType Type = new LayerType("Rescaling", a => new Rescaling(a));

        private Rescaling(LayerArgs args) : base(args)
        {
            ReadNumbers(args, "scale", required: true);
            ReadNumbers(args, "offset", required: false);
        }

        public override Shape ComputeOutputShape(Shape input) => input;

        private static void ReadNumbers(LayerArgs args, string name, bool required)
        {
            var v = args.Raw(name);
            if (v == null)
            {
                if (required) args.RequiredFloat(name);
                else args.Record(name, ArgValue.Of(0.0));
                return;
            }
            if (v.Kind == ArgKind.Tuple)
            {
                foreach (var item in v.Items)
                    if (item.Kind != ArgKind.Int && item.Kind != ArgKind.Float)
                        throw args.Invalid(name, "a number or a tuple of numbers", v.ToString(), $"pass {name}: e.g. 1.0 / 255");
                args.Record(name, v);
                return;
            }
            args.Float(name, 0);
        }
    }
}
