namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Softmax (keras/src/layers/activations/softmax.py): axis an int or a list, default -1.
    /// Keras does not check the axis until the first call; an axis the input lacks is refused here.
    /// No weights; shape unchanged.
    /// </summary>
    internal sealed class Softmax : Layer
    {
        public static readonly LayerType Type = new LayerType("Softmax", a => new Softmax(a));

        private readonly long[] axes;

        private Softmax(LayerArgs args) : base(args)
        {
            axes = args.IntList("axis", OptionLists.LastAxis);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            foreach (var axis in axes) CanonicalAxis(input, axis, "axis");
            return input;
        }
    }
}
