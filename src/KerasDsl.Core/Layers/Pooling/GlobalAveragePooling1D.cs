namespace KerasDsl.Core
{
    /// <summary>keras.layers.GlobalAveragePooling1D (keras/src/layers/pooling/global_average_pooling1d.py).</summary>
    internal sealed class GlobalAveragePooling1D : BaseGlobalPooling
    {
        public static readonly LayerType Type = new LayerType("GlobalAveragePooling1D", a => new GlobalAveragePooling1D(a));

        private GlobalAveragePooling1D(LayerArgs args) : base(args, 1)
        {
        }
    }
}
