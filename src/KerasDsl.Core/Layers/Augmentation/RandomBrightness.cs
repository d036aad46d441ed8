namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.RandomBrightness (keras/src/layers/preprocessing/image_preprocessing/random_brightness.py): adds a
    /// random brightness delta. <c>factor</c> (required) is checked by _set_factor within [-1, 1]; <c>value_range</c>
    /// (default (0, 255)) must be a list of two numbers (its _set_value_range). Shape unchanged, no weights.
    /// </summary>
    internal sealed class RandomBrightness : AugmentationLayer
    {
        public static readonly LayerType Type = new LayerType("RandomBrightness", a => new RandomBrightness(a));

        private RandomBrightness(LayerArgs args) : base(args)
        {
            AugmentationFactor.Bounded(args, "factor", -1, 1);
            ReadValueRange(args, checkedByKeras: true);
        }

        /// <summary>
        /// <c>value_range</c>: two numbers. RandomBrightness refuses anything else in its constructor; RandomContrast
        /// does not check it, but uses it as two numbers when called, so a value that is not two numbers is refused for
        /// both (the words say which Keras checks).
        /// </summary>
        internal static void ReadValueRange(LayerArgs args, bool checkedByKeras)
        {
            var v = args.Kept("valueRange");
            if (v == null) return;
            if (v.Kind == ArgKind.Tuple && v.Items.Count == 2 && IsNumber(v.Items[0]) && IsNumber(v.Items[1])) return;
            throw args.Invalid("valueRange", "a pair of numbers (low, high), the range of the pixel values", v.ToString(),
                "pass valueRange: e.g. (0, 255) or (0, 1)" + (checkedByKeras ? "" : " (Keras uses it as two numbers when the layer runs)"));
        }

        private static bool IsNumber(ArgValue v) => v.Kind == ArgKind.Int || v.Kind == ArgKind.Float;
    }
}
