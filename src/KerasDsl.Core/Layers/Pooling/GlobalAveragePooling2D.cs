namespace KerasDsl.Core
{
    /// <summary>keras.layers.GlobalAveragePooling2D (keras/src/layers/pooling/global_average_pooling2d.py).</summary>
    internal sealed class GlobalAveragePooling2D : BaseGlobalPooling
    {
        public static readonly LayerType Type = new LayerType("GlobalAveragePooling2D", a => new GlobalAveragePooling2D(a));

        private GlobalAveragePooling2D(LayerArgs args) : base(args, 2)
        {
        }
    }
}
