using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The layer classes of this family, registered in <see cref="LayerCatalog"/>.</summary>
    internal static class RecurrentLayers
    {
        public static readonly IReadOnlyList<LayerType> Types = System.Array.AsReadOnly(new[]
        {
            SimpleRNN.Type,
            LSTM.Type,
            GRU.Type,
            ConvLSTM1D.Type,
            ConvLSTM2D.Type,
            ConvLSTM3D.Type,
            Bidirectional.Type,
            TimeDistributed.Type,
        });
    }
}
