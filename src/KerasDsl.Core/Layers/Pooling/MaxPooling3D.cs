namespace KerasDsl.Core
{
    /// <summary>keras.layers.MaxPooling3D (keras/src/layers/pooling/max_pooling3d.py).</summary>
    internal sealed class MaxPooling3D : BasePooling
    {
        public static readonly LayerType Type = new LayerType("MaxPooling3D", a => new MaxPooling3D(a));

        private MaxPooling3D(LayerArgs args) : base(args, 3, poolSizeDefaults: true)
        {
        }
    }
}
