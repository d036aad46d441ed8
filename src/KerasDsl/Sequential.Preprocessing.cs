namespace KerasDsl
{
    // keras.layers preprocessing family: Rescaling.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Rescaling: x * scale + offset, e.g. Rescaling(1.0 / 255). No weights.</summary>
        public Sequential Rescaling(double scale, double offset = 0.0, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Rescaling(scale, offset, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Rescaling, for wrappers such as TimeDistributed.</summary>
        public static LayerSpec Rescaling(double scale, double offset = 0.0, bool trainable = true, string? name = null) =>
            Args.Spec("Rescaling", Args.A("scale", scale), Args.A("offset", offset), Args.A("trainable", trainable), Args.A("name", name));
    }
}
