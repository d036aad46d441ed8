namespace KerasDsl.Core
{
    /// <summary>keras.layers.MaxPooling2D (keras/src/layers/pooling/max_pooling2d.py).</summary>
    internal sealed class MaxPooling2D : BasePooling
    {
        public static readonly LayerType Type = new LayerType("MaxPooling2D", a => new MaxPooling2D(a));

        private MaxPooling2D(LayerArgs args) : base(args, 2, poolSizeDefaults: true)
        {
        }
    }
}
