namespace KerasDsl.Core
{
    /// <summary>keras.layers.AveragePooling1D (keras/src/layers/pooling/average_pooling1d.py): pool_size is required (no default in Keras 3).</summary>
    internal sealed class AveragePooling1D : BasePooling
    {
        public static readonly LayerType Type = new LayerType("AveragePooling1D", a => new AveragePooling1D(a));

        private AveragePooling1D(LayerArgs args) : base(args, 1, poolSizeDefaults: false)
        {
        }
    }
}
