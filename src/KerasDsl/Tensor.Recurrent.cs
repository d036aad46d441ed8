namespace KerasDsl
{
    // The recurrent family applied to a tensor: x.SimpleRNN(...) is Keras's SimpleRNN(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.SimpleRNN: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        public Tensor SimpleRNN(int units, string? activation = "tanh", bool useBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool unroll = false, bool trainable = true, string? name = null) =>
            Then(Keras.SimpleRNN(units, activation, useBias, dropout, recurrentDropout, returnSequences,
                goBackwards, stateful, unroll, trainable, name));

        /// <summary>keras.layers.LSTM: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        public Tensor LSTM(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, bool unitForgetBias = true, double dropout = 0.0, double recurrentDropout = 0.0,
            bool returnSequences = false, bool goBackwards = false, bool stateful = false, bool unroll = false, bool trainable = true, string? name = null) =>
            Then(Keras.LSTM(units, activation, recurrentActivation, useBias, unitForgetBias, dropout, recurrentDropout,
                returnSequences, goBackwards, stateful, unroll, trainable, name));

        /// <summary>keras.layers.GRU: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        public Tensor GRU(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, double dropout = 0.0, double recurrentDropout = 0.0,
            bool returnSequences = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool resetAfter = true, bool trainable = true, string? name = null) =>
            Then(Keras.GRU(units, activation, recurrentActivation, useBias, dropout, recurrentDropout,
                returnSequences, goBackwards, stateful, unroll, resetAfter, trainable, name));

        /// <summary>keras.layers.ConvLSTM1D: (batch, time, steps, channels) → (batch, [time,] new_steps, filters).</summary>
        public Tensor ConvLSTM1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool trainable = true, string? name = null) =>
            Then(Keras.ConvLSTM1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation,
                recurrentActivation, useBias, unitForgetBias, dropout, recurrentDropout, returnSequences,
                goBackwards, stateful, trainable, name));

        /// <summary>keras.layers.ConvLSTM2D: (batch, time, rows, cols, channels) → (batch, [time,] new_rows, new_cols, filters).</summary>
        public Tensor ConvLSTM2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool trainable = true, string? name = null) =>
            Then(Keras.ConvLSTM2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation,
                recurrentActivation, useBias, unitForgetBias, dropout, recurrentDropout, returnSequences,
                goBackwards, stateful, trainable, name));

        /// <summary>keras.layers.ConvLSTM3D: (batch, time, depth, rows, cols, channels) → (batch, [time,] new dims..., filters).</summary>
        public Tensor ConvLSTM3D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool trainable = true, string? name = null) =>
            Then(Keras.ConvLSTM3D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation,
                recurrentActivation, useBias, unitForgetBias, dropout, recurrentDropout, returnSequences,
                goBackwards, stateful, trainable, name));

        /// <summary>
        /// keras.layers.Bidirectional: runs a recurrent layer forwards and backwards and merges the two
        /// outputs: "concat" (last dim doubled), "sum", "mul", "ave", or null for two separate outputs.
        /// </summary>
        public Tensor Bidirectional(LayerSpec layer, string? mergeMode = "concat", LayerSpec? backwardLayer = null, bool trainable = true, string? name = null) =>
            Then(Keras.Bidirectional(layer, mergeMode, backwardLayer, trainable, name));

        /// <summary>keras.layers.TimeDistributed: applies a layer to every time step of (batch, time, ...), sharing its weights.</summary>
        public Tensor TimeDistributed(LayerSpec layer, bool trainable = true, string? name = null) =>
            Then(Keras.TimeDistributed(layer, trainable, name));
    }
}
