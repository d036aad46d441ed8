namespace KerasDsl.Core
{
    /// <summary>keras.layers.GlobalAveragePooling3D (keras/src/layers/pooling/global_average_pooling3d.py).</summary>
    internal sealed class GlobalAveragePooling3D : BaseGlobalPooling
    {
        public static readonly LayerType Type = new LayerType("GlobalAveragePooling3D", a => new GlobalAveragePooling3D(a));

        private GlobalAveragePooling3D(LayerArgs args) : base(args, 3)
        {
        }
    }
}
