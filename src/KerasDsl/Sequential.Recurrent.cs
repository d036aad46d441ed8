using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.layers recurrent family (keras/src/layers/rnn): SimpleRNN, LSTM, GRU, ConvLSTM1D/2D/3D, and the wrappers
    // Bidirectional and TimeDistributed. Every argument of Keras 3's constructors, in their order, then what they pass on
    // to RNN (unroll for ConvLSTM, zeroOutputForMask) and LSTM/GRU's implementation, then the base Layer's; returnState
    // gives the final states after the output. Not offered: Bidirectional's weights (initial values, no count).
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.SimpleRNN: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        /// <param name="units">The output's last dim: a positive integer.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential SimpleRNN(int units, string? activation = "tanh", bool useBias = true,
            Initializer kernelInitializer = default, Initializer recurrentInitializer = default,
            Initializer biasInitializer = default, Regularizer kernelRegularizer = default,
            Regularizer recurrentRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default,
            Constraint recurrentConstraint = default, Constraint biasConstraint = default, double dropout = 0.0,
            double recurrentDropout = 0.0, bool returnSequences = false, bool returnState = false, bool goBackwards = false,
            bool stateful = false, bool unroll = false, int? seed = null, bool zeroOutputForMask = false,
            InputShape input = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.SimpleRNN(units, activation, useBias, kernelInitializer, recurrentInitializer, biasInitializer,
                kernelRegularizer, recurrentRegularizer, biasRegularizer, activityRegularizer, kernelConstraint,
                recurrentConstraint, biasConstraint, dropout, recurrentDropout, returnSequences, returnState, goBackwards,
                stateful, unroll, seed, zeroOutputForMask, trainable, dtype, name), input);

        /// <summary>keras.layers.LSTM: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        /// <param name="units">The output's last dim: a positive integer.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="unitForgetBias">Whether the forget gate's bias starts at 1. Changes no count.</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="useCudnn">Whether the cuDNN kernel runs it: true, false, or null for Keras's "auto". Changes no count.</param>
        /// <param name="implementation">1 or 2: the gates computed in smaller or larger operations (Keras's implementation). Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential LSTM(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, Initializer kernelInitializer = default, Initializer recurrentInitializer = default,
            Initializer biasInitializer = default, bool unitForgetBias = true, Regularizer kernelRegularizer = default,
            Regularizer recurrentRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default,
            Constraint recurrentConstraint = default, Constraint biasConstraint = default, double dropout = 0.0,
            double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false, bool returnState = false,
            bool goBackwards = false, bool stateful = false, bool unroll = false, bool? useCudnn = null, int implementation = 2,
            bool zeroOutputForMask = false, InputShape input = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.LSTM(units, activation, recurrentActivation, useBias, kernelInitializer, recurrentInitializer,
                biasInitializer, unitForgetBias, kernelRegularizer, recurrentRegularizer, biasRegularizer, activityRegularizer,
                kernelConstraint, recurrentConstraint, biasConstraint, dropout, recurrentDropout, seed, returnSequences,
                returnState, goBackwards, stateful, unroll, useCudnn, implementation, zeroOutputForMask, trainable, dtype,
                name), input);

        /// <summary>keras.layers.GRU: (batch, timesteps, features) → (batch, units), or (batch, timesteps, units) with returnSequences.</summary>
        /// <param name="units">The output's last dim: a positive integer.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="resetAfter">Whether the reset gate applies after the matrix product (Keras 3 and tf.keras 2's default; standalone Keras 2.0-2.3 and TensorFlow.js: false), which doubles the bias.</param>
        /// <param name="useCudnn">Whether the cuDNN kernel runs it: true, false, or null for Keras's "auto". Changes no count.</param>
        /// <param name="implementation">1 or 2: the gates computed in smaller or larger operations (Keras's implementation). Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential GRU(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, Initializer kernelInitializer = default, Initializer recurrentInitializer = default,
            Initializer biasInitializer = default, Regularizer kernelRegularizer = default,
            Regularizer recurrentRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default,
            Constraint recurrentConstraint = default, Constraint biasConstraint = default, double dropout = 0.0,
            double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false, bool returnState = false,
            bool goBackwards = false, bool stateful = false, bool unroll = false, bool resetAfter = true, bool? useCudnn = null,
            int implementation = 2, bool zeroOutputForMask = false, InputShape input = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Add(Keras.GRU(units, activation, recurrentActivation, useBias, kernelInitializer, recurrentInitializer,
                biasInitializer, kernelRegularizer, recurrentRegularizer, biasRegularizer, activityRegularizer, kernelConstraint,
                recurrentConstraint, biasConstraint, dropout, recurrentDropout, seed, returnSequences, returnState, goBackwards,
                stateful, unroll, resetAfter, useCudnn, implementation, zeroOutputForMask, trainable, dtype, name), input);

        /// <summary>keras.layers.ConvLSTM1D: (batch, time, steps, channels) → (batch, [time,] new_steps, filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="unitForgetBias">Whether the forget gate's bias starts at 1. Changes no count.</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential ConvLSTM1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, Initializer kernelInitializer = default,
            Initializer recurrentInitializer = default, Initializer biasInitializer = default, bool unitForgetBias = true,
            Regularizer kernelRegularizer = default, Regularizer recurrentRegularizer = default,
            Regularizer biasRegularizer = default, Regularizer activityRegularizer = default,
            Constraint kernelConstraint = default, Constraint recurrentConstraint = default, Constraint biasConstraint = default,
            double dropout = 0.0, double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false,
            bool returnState = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool zeroOutputForMask = false, InputShape input = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.ConvLSTM1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation, recurrentActivation,
                useBias, kernelInitializer, recurrentInitializer, biasInitializer, unitForgetBias, kernelRegularizer,
                recurrentRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, recurrentConstraint, biasConstraint,
                dropout, recurrentDropout, seed, returnSequences, returnState, goBackwards, stateful, unroll, zeroOutputForMask,
                trainable, dtype, name), input);

        /// <summary>keras.layers.ConvLSTM2D: (batch, time, rows, cols, channels) → (batch, [time,] new_rows, new_cols, filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="unitForgetBias">Whether the forget gate's bias starts at 1. Changes no count.</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential ConvLSTM2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, Initializer kernelInitializer = default,
            Initializer recurrentInitializer = default, Initializer biasInitializer = default, bool unitForgetBias = true,
            Regularizer kernelRegularizer = default, Regularizer recurrentRegularizer = default,
            Regularizer biasRegularizer = default, Regularizer activityRegularizer = default,
            Constraint kernelConstraint = default, Constraint recurrentConstraint = default, Constraint biasConstraint = default,
            double dropout = 0.0, double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false,
            bool returnState = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool zeroOutputForMask = false, InputShape input = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.ConvLSTM2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation, recurrentActivation,
                useBias, kernelInitializer, recurrentInitializer, biasInitializer, unitForgetBias, kernelRegularizer,
                recurrentRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, recurrentConstraint, biasConstraint,
                dropout, recurrentDropout, seed, returnSequences, returnState, goBackwards, stateful, unroll, zeroOutputForMask,
                trainable, dtype, name), input);

        /// <summary>keras.layers.ConvLSTM3D: (batch, time, depth, rows, cols, channels) → (batch, [time,] new dims..., filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="unitForgetBias">Whether the forget gate's bias starts at 1. Changes no count.</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential ConvLSTM3D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, Initializer kernelInitializer = default,
            Initializer recurrentInitializer = default, Initializer biasInitializer = default, bool unitForgetBias = true,
            Regularizer kernelRegularizer = default, Regularizer recurrentRegularizer = default,
            Regularizer biasRegularizer = default, Regularizer activityRegularizer = default,
            Constraint kernelConstraint = default, Constraint recurrentConstraint = default, Constraint biasConstraint = default,
            double dropout = 0.0, double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false,
            bool returnState = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool zeroOutputForMask = false, InputShape input = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.ConvLSTM3D(filters, kernelSize, strides, padding, dataFormat, dilationRate, activation, recurrentActivation,
                useBias, kernelInitializer, recurrentInitializer, biasInitializer, unitForgetBias, kernelRegularizer,
                recurrentRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, recurrentConstraint, biasConstraint,
                dropout, recurrentDropout, seed, returnSequences, returnState, goBackwards, stateful, unroll, zeroOutputForMask,
                trainable, dtype, name), input);

        /// <summary>
        /// keras.layers.Bidirectional: runs a recurrent layer forwards and backwards and merges the two
        /// outputs: "concat" (last dim doubled), "sum", "mul", "ave", or <see cref="MergeMode.None"/> for two separate outputs.
        /// </summary>
        /// <param name="layer">The recurrent layer run forwards (and copied to run backwards), e.g. <c>LSTM(64)</c>.</param>
        /// <param name="mergeMode"><see cref="MergeMode.Concat"/> (the default), <see cref="MergeMode.Sum"/>, <see cref="MergeMode.Mul"/>, <see cref="MergeMode.Ave"/> (or Keras's string), or <see cref="MergeMode.None"/> for the two outputs apart; null is refused.</param>
        /// <param name="backwardLayer">The layer run backwards (with goBackwards: true); null for a copy of layer.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Bidirectional(LayerSpec layer, MergeMode mergeMode = default, LayerSpec? backwardLayer = null,
            InputShape input = default, Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.Bidirectional(layer, mergeMode, backwardLayer, activityRegularizer, trainable, dtype, name), input);

        /// <summary>keras.layers.TimeDistributed: applies a layer to every time step of (batch, time, ...), sharing its weights.</summary>
        /// <param name="layer">The layer applied to each time step, e.g. <c>Dense(8)</c>.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential TimeDistributed(LayerSpec layer, InputShape input = default, Regularizer activityRegularizer = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.TimeDistributed(layer, activityRegularizer, trainable, dtype, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.SimpleRNN, for wrappers such as Bidirectional.</summary>
        /// <param name="units">The output's last dim: a positive integer.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec SimpleRNN(int units, string? activation = "tanh", bool useBias = true,
            Initializer kernelInitializer = default, Initializer recurrentInitializer = default,
            Initializer biasInitializer = default, Regularizer kernelRegularizer = default,
            Regularizer recurrentRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default,
            Constraint recurrentConstraint = default, Constraint biasConstraint = default, double dropout = 0.0,
            double recurrentDropout = 0.0, bool returnSequences = false, bool returnState = false, bool goBackwards = false,
            bool stateful = false, bool unroll = false, int? seed = null, bool zeroOutputForMask = false, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Spec("SimpleRNN", A("units", units), A("activation", activation), A("useBias", useBias),
                A("kernelInitializer", kernelInitializer), A("recurrentInitializer", recurrentInitializer),
                A("biasInitializer", biasInitializer), A("kernelRegularizer", kernelRegularizer),
                A("recurrentRegularizer", recurrentRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("recurrentConstraint", recurrentConstraint), A("biasConstraint", biasConstraint), A("dropout", dropout),
                A("recurrentDropout", recurrentDropout), A("returnSequences", returnSequences), A("returnState", returnState),
                A("goBackwards", goBackwards), A("stateful", stateful), A("unroll", unroll), A("seed", seed),
                A("zeroOutputForMask", zeroOutputForMask), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.LSTM, for wrappers such as Bidirectional.</summary>
        /// <param name="units">The output's last dim: a positive integer.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="unitForgetBias">Whether the forget gate's bias starts at 1. Changes no count.</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="useCudnn">Whether the cuDNN kernel runs it: true, false, or null for Keras's "auto". Changes no count.</param>
        /// <param name="implementation">1 or 2: the gates computed in smaller or larger operations (Keras's implementation). Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec LSTM(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, Initializer kernelInitializer = default, Initializer recurrentInitializer = default,
            Initializer biasInitializer = default, bool unitForgetBias = true, Regularizer kernelRegularizer = default,
            Regularizer recurrentRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default,
            Constraint recurrentConstraint = default, Constraint biasConstraint = default, double dropout = 0.0,
            double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false, bool returnState = false,
            bool goBackwards = false, bool stateful = false, bool unroll = false, bool? useCudnn = null, int implementation = 2,
            bool zeroOutputForMask = false, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("LSTM", A("units", units), A("activation", activation), A("recurrentActivation", recurrentActivation),
                A("useBias", useBias), A("kernelInitializer", kernelInitializer), A("recurrentInitializer", recurrentInitializer),
                A("biasInitializer", biasInitializer), A("unitForgetBias", unitForgetBias),
                A("kernelRegularizer", kernelRegularizer), A("recurrentRegularizer", recurrentRegularizer),
                A("biasRegularizer", biasRegularizer), A("activityRegularizer", activityRegularizer),
                A("kernelConstraint", kernelConstraint), A("recurrentConstraint", recurrentConstraint),
                A("biasConstraint", biasConstraint), A("dropout", dropout), A("recurrentDropout", recurrentDropout),
                A("seed", seed), A("returnSequences", returnSequences), A("returnState", returnState),
                A("goBackwards", goBackwards), A("stateful", stateful), A("unroll", unroll), A("useCudnn", useCudnn),
                A("implementation", implementation), A("zeroOutputForMask", zeroOutputForMask), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.GRU, for wrappers such as Bidirectional.</summary>
        /// <param name="units">The output's last dim: a positive integer.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="resetAfter">Whether the reset gate applies after the matrix product (Keras 3 and tf.keras 2's default; standalone Keras 2.0-2.3 and TensorFlow.js: false), which doubles the bias.</param>
        /// <param name="useCudnn">Whether the cuDNN kernel runs it: true, false, or null for Keras's "auto". Changes no count.</param>
        /// <param name="implementation">1 or 2: the gates computed in smaller or larger operations (Keras's implementation). Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec GRU(int units, string? activation = "tanh", string? recurrentActivation = "sigmoid",
            bool useBias = true, Initializer kernelInitializer = default, Initializer recurrentInitializer = default,
            Initializer biasInitializer = default, Regularizer kernelRegularizer = default,
            Regularizer recurrentRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default,
            Constraint recurrentConstraint = default, Constraint biasConstraint = default, double dropout = 0.0,
            double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false, bool returnState = false,
            bool goBackwards = false, bool stateful = false, bool unroll = false, bool resetAfter = true, bool? useCudnn = null,
            int implementation = 2, bool zeroOutputForMask = false, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Spec("GRU", A("units", units), A("activation", activation), A("recurrentActivation", recurrentActivation),
                A("useBias", useBias), A("kernelInitializer", kernelInitializer), A("recurrentInitializer", recurrentInitializer),
                A("biasInitializer", biasInitializer), A("kernelRegularizer", kernelRegularizer),
                A("recurrentRegularizer", recurrentRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("recurrentConstraint", recurrentConstraint), A("biasConstraint", biasConstraint), A("dropout", dropout),
                A("recurrentDropout", recurrentDropout), A("seed", seed), A("returnSequences", returnSequences),
                A("returnState", returnState), A("goBackwards", goBackwards), A("stateful", stateful), A("unroll", unroll),
                A("resetAfter", resetAfter), A("useCudnn", useCudnn), A("implementation", implementation),
                A("zeroOutputForMask", zeroOutputForMask), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.ConvLSTM1D, for wrappers such as Bidirectional.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="unitForgetBias">Whether the forget gate's bias starts at 1. Changes no count.</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec ConvLSTM1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, Initializer kernelInitializer = default,
            Initializer recurrentInitializer = default, Initializer biasInitializer = default, bool unitForgetBias = true,
            Regularizer kernelRegularizer = default, Regularizer recurrentRegularizer = default,
            Regularizer biasRegularizer = default, Regularizer activityRegularizer = default,
            Constraint kernelConstraint = default, Constraint recurrentConstraint = default, Constraint biasConstraint = default,
            double dropout = 0.0, double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false,
            bool returnState = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool zeroOutputForMask = false, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("ConvLSTM1D", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("dilationRate", dilationRate), A("activation", activation),
                A("recurrentActivation", recurrentActivation), A("useBias", useBias), A("kernelInitializer", kernelInitializer),
                A("recurrentInitializer", recurrentInitializer), A("biasInitializer", biasInitializer),
                A("unitForgetBias", unitForgetBias), A("kernelRegularizer", kernelRegularizer),
                A("recurrentRegularizer", recurrentRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("recurrentConstraint", recurrentConstraint), A("biasConstraint", biasConstraint), A("dropout", dropout),
                A("recurrentDropout", recurrentDropout), A("seed", seed), A("returnSequences", returnSequences),
                A("returnState", returnState), A("goBackwards", goBackwards), A("stateful", stateful), A("unroll", unroll),
                A("zeroOutputForMask", zeroOutputForMask), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.ConvLSTM2D, for wrappers such as Bidirectional.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="unitForgetBias">Whether the forget gate's bias starts at 1. Changes no count.</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec ConvLSTM2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, Initializer kernelInitializer = default,
            Initializer recurrentInitializer = default, Initializer biasInitializer = default, bool unitForgetBias = true,
            Regularizer kernelRegularizer = default, Regularizer recurrentRegularizer = default,
            Regularizer biasRegularizer = default, Regularizer activityRegularizer = default,
            Constraint kernelConstraint = default, Constraint recurrentConstraint = default, Constraint biasConstraint = default,
            double dropout = 0.0, double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false,
            bool returnState = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool zeroOutputForMask = false, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("ConvLSTM2D", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("dilationRate", dilationRate), A("activation", activation),
                A("recurrentActivation", recurrentActivation), A("useBias", useBias), A("kernelInitializer", kernelInitializer),
                A("recurrentInitializer", recurrentInitializer), A("biasInitializer", biasInitializer),
                A("unitForgetBias", unitForgetBias), A("kernelRegularizer", kernelRegularizer),
                A("recurrentRegularizer", recurrentRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("recurrentConstraint", recurrentConstraint), A("biasConstraint", biasConstraint), A("dropout", dropout),
                A("recurrentDropout", recurrentDropout), A("seed", seed), A("returnSequences", returnSequences),
                A("returnState", returnState), A("goBackwards", goBackwards), A("stateful", stateful), A("unroll", unroll),
                A("zeroOutputForMask", zeroOutputForMask), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.ConvLSTM3D, for wrappers such as Bidirectional.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation of the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="recurrentActivation">The gates' activation: a Keras name; null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="recurrentInitializer">The recurrent kernel's initializer; <c>default</c> is "orthogonal".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="unitForgetBias">Whether the forget gate's bias starts at 1. Changes no count.</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentRegularizer">The recurrent kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="recurrentConstraint">The recurrent kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="dropout">The fraction of the input units dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="recurrentDropout">The fraction of the recurrent state dropped while training, in [0, 1]. Changes no count.</param>
        /// <param name="seed">The random seed, or null for a random one. Changes no count.</param>
        /// <param name="returnSequences">Whether the output has every step, (batch, timesteps, units), rather than the last.</param>
        /// <param name="returnState">Whether the final states follow the output (several tensors: index them, <c>x[1]</c>; the next layer of a Sequential refuses them).</param>
        /// <param name="goBackwards">Whether the sequence is read backwards. Changes no count.</param>
        /// <param name="stateful">Whether the last state of each batch starts the next (needs a fixed batch size).</param>
        /// <param name="unroll">Whether the loop is unrolled. Changes no count.</param>
        /// <param name="zeroOutputForMask">Whether masked steps output zeros (RNN's zero_output_for_mask). Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec ConvLSTM3D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, string? activation = "tanh",
            string? recurrentActivation = "sigmoid", bool useBias = true, Initializer kernelInitializer = default,
            Initializer recurrentInitializer = default, Initializer biasInitializer = default, bool unitForgetBias = true,
            Regularizer kernelRegularizer = default, Regularizer recurrentRegularizer = default,
            Regularizer biasRegularizer = default, Regularizer activityRegularizer = default,
            Constraint kernelConstraint = default, Constraint recurrentConstraint = default, Constraint biasConstraint = default,
            double dropout = 0.0, double recurrentDropout = 0.0, int? seed = null, bool returnSequences = false,
            bool returnState = false, bool goBackwards = false, bool stateful = false, bool unroll = false,
            bool zeroOutputForMask = false, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("ConvLSTM3D", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("dilationRate", dilationRate), A("activation", activation),
                A("recurrentActivation", recurrentActivation), A("useBias", useBias), A("kernelInitializer", kernelInitializer),
                A("recurrentInitializer", recurrentInitializer), A("biasInitializer", biasInitializer),
                A("unitForgetBias", unitForgetBias), A("kernelRegularizer", kernelRegularizer),
                A("recurrentRegularizer", recurrentRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("recurrentConstraint", recurrentConstraint), A("biasConstraint", biasConstraint), A("dropout", dropout),
                A("recurrentDropout", recurrentDropout), A("seed", seed), A("returnSequences", returnSequences),
                A("returnState", returnState), A("goBackwards", goBackwards), A("stateful", stateful), A("unroll", unroll),
                A("zeroOutputForMask", zeroOutputForMask), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>
        /// keras.layers.Bidirectional, for wrappers such as TimeDistributed. <paramref name="mergeMode"/>
        /// <see cref="MergeMode.None"/> is Keras's None: two outputs.
        /// </summary>
        /// <param name="layer">The recurrent layer run forwards (and copied to run backwards), e.g. <c>LSTM(64)</c>.</param>
        /// <param name="mergeMode"><see cref="MergeMode.Concat"/> (the default), <see cref="MergeMode.Sum"/>, <see cref="MergeMode.Mul"/>, <see cref="MergeMode.Ave"/> (or Keras's string), or <see cref="MergeMode.None"/> for the two outputs apart; null is refused.</param>
        /// <param name="backwardLayer">The layer run backwards (with goBackwards: true); null for a copy of layer.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Bidirectional(LayerSpec layer, MergeMode mergeMode = default, LayerSpec? backwardLayer = null,
            Regularizer activityRegularizer = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Bidirectional", A("layer", layer), A("mergeMode", mergeMode), A("backwardLayer", backwardLayer),
                A("activityRegularizer", activityRegularizer), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.TimeDistributed, for wrappers such as Bidirectional.</summary>
        /// <param name="layer">The layer applied to each time step, e.g. <c>Dense(8)</c>.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec TimeDistributed(LayerSpec layer, Regularizer activityRegularizer = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Spec("TimeDistributed", A("layer", layer), A("activityRegularizer", activityRegularizer), A("trainable", trainable),
                A("dtype", dtype), A("name", name));
    }
}
