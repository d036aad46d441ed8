namespace KerasDsl
{
    // keras.layers recurrent family: SimpleRNN, LSTM, GRU, ConvLSTM1D/2D/3D, and the wrappers
    // Bidirectional and TimeDistributed. return_state is not offered: a layer of a Sequential
    // model has one output.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.SimpleRNN: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        public Sequential SimpleRNN(int units, string? activation = "tanh", bool useBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool unroll = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.SimpleRNN(units, activation, useBias, dropout, recurrentDropout, returnSequences,
                goBackwards, stateful, unroll, trainable, name), input);

        /// <summary>keras.layers.LSTM: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        public Sequential LSTM(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, bool unitForgetBias = true, double dropout = 0.0, double recurrentDropout = 0.0,
            bool returnSequences = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.LSTM(units, activation, recurrentActivation, useBias, unitForgetBias, dropout, recurrentDropout,
                returnSequences, goBackwards, stateful, unroll, trainable, name), input);

        /// <summary>keras.layers.GRU: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        public Sequential GRU(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, double dropout = 0.0, double recurrentDropout = 0.0,
            bool returnSequences = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool resetAfter = true, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.GRU(units, activation, recurrentActivation, useBias, dropout, recurrentDropout,
                returnSequences, goBackwards, stateful, unroll, resetAfter, trainable, name), input);

        /// <summary>keras.layers.ConvLSTM1D: (batch, time, steps, channels) → (batch, [time,] new_steps, filters).</summary>
        public Sequential ConvLSTM1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ConvLSTM1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation,
                recurrentActivation, useBias, unitForgetBias, dropout, recurrentDropout, returnSequences,
                goBackwards, stateful, trainable, name), input);

        /// <summary>keras.layers.ConvLSTM2D: (batch, time, rows, cols, channels) → (batch, [time,] new_rows, new_cols, filters).</summary>
        public Sequential ConvLSTM2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ConvLSTM2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation,
                recurrentActivation, useBias, unitForgetBias, dropout, recurrentDropout, returnSequences,
                goBackwards, stateful, trainable, name), input);

        /// <summary>keras.layers.ConvLSTM3D: (batch, time, depth, rows, cols, channels) → (batch, [time,] new dims..., filters).</summary>
        public Sequential ConvLSTM3D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.ConvLSTM3D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation,
                recurrentActivation, useBias, unitForgetBias, dropout, recurrentDropout, returnSequences,
                goBackwards, stateful, trainable, name), input);

        /// <summary>
        /// keras.layers.Bidirectional: runs a recurrent layer forwards and backwards and merges the two
        /// outputs: "concat" (last dim doubled), "sum", "mul", "ave", or null for two separate outputs.
        /// </summary>
        public Sequential Bidirectional(LayerSpec layer, string? mergeMode = "concat", LayerSpec? backwardLayer = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Bidirectional(layer, mergeMode, backwardLayer, trainable, name), input);

        /// <summary>keras.layers.TimeDistributed: applies a layer to every time step of (batch, time, ...), sharing its weights.</summary>
        public Sequential TimeDistributed(LayerSpec layer, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.TimeDistributed(layer, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.SimpleRNN, for wrappers such as Bidirectional.</summary>
        public static LayerSpec SimpleRNN(int units, string? activation = "tanh", bool useBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("SimpleRNN", Args.A("units", units), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("dropout", dropout), Args.A("recurrentDropout", recurrentDropout),
                Args.A("returnSequences", returnSequences), Args.A("goBackwards", goBackwards),
                Args.A("stateful", stateful), Args.A("unroll", unroll), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.LSTM, for wrappers such as Bidirectional.</summary>
        public static LayerSpec LSTM(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, bool unitForgetBias = true, double dropout = 0.0, double recurrentDropout = 0.0,
            bool returnSequences = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("LSTM", Args.A("units", units), Args.A("activation", activation),
                Args.A("recurrentActivation", recurrentActivation), Args.A("useBias", useBias),
                Args.A("unitForgetBias", unitForgetBias), Args.A("dropout", dropout), Args.A("recurrentDropout", recurrentDropout),
                Args.A("returnSequences", returnSequences), Args.A("goBackwards", goBackwards),
                Args.A("stateful", stateful), Args.A("unroll", unroll), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.GRU, for wrappers such as Bidirectional.</summary>
        public static LayerSpec GRU(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, double dropout = 0.0, double recurrentDropout = 0.0,
            bool returnSequences = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool resetAfter = true, bool trainable = true, string? name = null) =>
            Args.Spec("GRU", Args.A("units", units), Args.A("activation", activation),
                Args.A("recurrentActivation", recurrentActivation), Args.A("useBias", useBias),
                Args.A("dropout", dropout), Args.A("recurrentDropout", recurrentDropout),
                Args.A("returnSequences", returnSequences), Args.A("goBackwards", goBackwards),
                Args.A("stateful", stateful), Args.A("unroll", unroll), Args.A("resetAfter", resetAfter),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.ConvLSTM1D, for wrappers such as Bidirectional.</summary>
        public static LayerSpec ConvLSTM1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool trainable = true, string? name = null) =>
            ConvLSTM("ConvLSTM1D", filters, kernelSize, strides, padding, dataFormat, dilationRate, activation, recurrentActivation,
                useBias, unitForgetBias, dropout, recurrentDropout, returnSequences, goBackwards, stateful, trainable, name);

        /// <summary>keras.layers.ConvLSTM2D, for wrappers such as Bidirectional.</summary>
        public static LayerSpec ConvLSTM2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool trainable = true, string? name = null) =>
            ConvLSTM("ConvLSTM2D", filters, kernelSize, strides, padding, dataFormat, dilationRate, activation, recurrentActivation,
                useBias, unitForgetBias, dropout, recurrentDropout, returnSequences, goBackwards, stateful, trainable, name);

        /// <summary>keras.layers.ConvLSTM3D, for wrappers such as Bidirectional.</summary>
        public static LayerSpec ConvLSTM3D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, bool unitForgetBias = true,
            double dropout = 0.0, double recurrentDropout = 0.0, bool returnSequences = false,
            bool goBackwards = false, bool stateful = false, bool trainable = true, string? name = null) =>
            ConvLSTM("ConvLSTM3D", filters, kernelSize, strides, padding, dataFormat, dilationRate, activation, recurrentActivation,
                useBias, unitForgetBias, dropout, recurrentDropout, returnSequences, goBackwards, stateful, trainable, name);

        /// <summary>
        /// keras.layers.Bidirectional, for wrappers such as TimeDistributed. <paramref name="mergeMode"/>
        /// null is Keras's None: two outputs.
        /// </summary>
        public static LayerSpec Bidirectional(LayerSpec layer, string? mergeMode = "concat", LayerSpec? backwardLayer = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("Bidirectional", Args.A("layer", layer), Args.A("mergeMode", mergeMode),
                Args.A("backwardLayer", backwardLayer), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.TimeDistributed, for wrappers such as Bidirectional.</summary>
        public static LayerSpec TimeDistributed(LayerSpec layer, bool trainable = true, string? name = null) =>
            Args.Spec("TimeDistributed", Args.A("layer", layer), Args.A("trainable", trainable), Args.A("name", name));

        private static LayerSpec ConvLSTM(string className, int filters, Size kernelSize, Size strides, string padding,
            string? dataFormat, Size dilationRate, string? activation, string? recurrentActivation, bool useBias,
            bool unitForgetBias, double dropout, double recurrentDropout, bool returnSequences, bool goBackwards,
            bool stateful, bool trainable, string? name) =>
            Args.Spec(className, Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides),
                Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate),
                Args.A("activation", activation), Args.A("recurrentActivation", recurrentActivation),
                Args.A("useBias", useBias), Args.A("unitForgetBias", unitForgetBias), Args.A("dropout", dropout),
                Args.A("recurrentDropout", recurrentDropout), Args.A("returnSequences", returnSequences),
                Args.A("goBackwards", goBackwards), Args.A("stateful", stateful), Args.A("trainable", trainable),
                Args.A("name", name));
    }
}
