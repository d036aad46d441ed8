namespace KerasDsl.Core
{
    /// <summary>keras.layers.AveragePooling2D (keras/src/layers/pooling/average_pooling2d.py): pool_size is required (no default in Keras 3).</summary>
    internal sealed class AveragePooling2D : BasePooling
    {
        public static readonly LayerType Type = new LayerType("AveragePooling2D", a => new AveragePooling2D(a));

        private AveragePooling2D(LayerArgs args) : base(args, 2, poolSizeDefaults: false)
        {
        }
    }
}
