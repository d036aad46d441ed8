namespace KerasDsl.Core
{
    /// <summary>keras.layers.AveragePooling3D (keras/src/layers/pooling/average_pooling3d.py): pool_size is required (no default in Keras 3).</summary>
    internal sealed class AveragePooling3D : BasePooling
    {
        public static readonly LayerType Type = new LayerType("AveragePooling3D", a => new AveragePooling3D(a));

        private AveragePooling3D(LayerArgs args) : base(args, 3, poolSizeDefaults: false)
        {
        }
    }
}
