namespace KerasDsl.Core
{
    /// <summary>keras.layers.GlobalMaxPooling3D (keras/src/layers/pooling/global_max_pooling3d.py).</summary>
    internal sealed class GlobalMaxPooling3D : BaseGlobalPooling
    {
        public static readonly LayerType Type = new LayerType("GlobalMaxPooling3D", a => new GlobalMaxPooling3D(a));

        private GlobalMaxPooling3D(LayerArgs args) : base(args, 3)
        {
        }
    }
}
