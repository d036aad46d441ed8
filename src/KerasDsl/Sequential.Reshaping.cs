namespace KerasDsl
{
    // keras.layers reshaping family: Flatten, ...
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Flatten: (batch, d1, ..., dn) → (batch, d1·...·dn).</summary>
        public Sequential Flatten(string? dataFormat = null, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Flatten(dataFormat, trainable, name), input);
    }

    public static partial class Keras
    {
        public static LayerSpec Flatten(string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("Flatten", Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));
    }
}
