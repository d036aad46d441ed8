namespace KerasDsl.Core
{
    /// <summary>keras.layers.GlobalMaxPooling2D (keras/src/layers/pooling/global_max_pooling2d.py).</summary>
    internal sealed class GlobalMaxPooling2D : BaseGlobalPooling
    {
        public static readonly LayerType Type = new LayerType("GlobalMaxPooling2D", a => new GlobalMaxPooling2D(a));

        private GlobalMaxPooling2D(LayerArgs args) : base(args, 2)
        {
        }
    }
}
