namespace KerasDsl.Core
{
    /// <summary>keras.layers.MaxPooling1D (keras/src/layers/pooling/max_pooling1d.py).</summary>
    internal sealed class MaxPooling1D : BasePooling
    {
        public static readonly LayerType Type = new LayerType("MaxPooling1D", a => new MaxPooling1D(a));

        private MaxPooling1D(LayerArgs args) : base(args, 1, poolSizeDefaults: true)
        {
        }
    }
}
