namespace KerasDsl.Core
{
    /// <summary>keras.layers.GlobalMaxPooling1D (keras/src/layers/pooling/global_max_pooling1d.py).</summary>
    internal sealed class GlobalMaxPooling1D : BaseGlobalPooling
    {
        public static readonly LayerType Type = new LayerType("GlobalMaxPooling1D", a => new GlobalMaxPooling1D(a));

        private GlobalMaxPooling1D(LayerArgs args) : base(args, 1)
        {
        }
    }
}
