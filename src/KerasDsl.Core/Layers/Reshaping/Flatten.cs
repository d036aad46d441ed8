namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Flatten (keras/src/layers/reshaping/flatten.py): (batch, d1, ..., dn) → (batch, d1*...*dn);
    /// the product is None as soon as one dim is unknown.
    /// </summary>
    internal sealed class Flatten : Layer
    {
        public static readonly LayerType Type = new LayerType("Flatten", a => new Flatten(a));

        private Flatten(LayerArgs args) : base(args)
        {
            args.Option("dataFormat", "channels_last", OptionLists.DataFormats);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            // Keras 3 flattens a (batch,) input to (batch, 1).
            long? size = 1;
            for (int i = 1; i < input.Rank; i++)
            {
                if (size == null || input[i] == null) size = null;
                else if (CheckedMath.TryMultiply(size.Value, input[i]!.Value, out long product)) size = product;
                else throw CheckedMath.Overflow("the flattened size of " + input);
            }
            return new Shape(input[0], size);
        }
    }
}
