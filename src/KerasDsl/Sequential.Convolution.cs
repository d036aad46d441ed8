using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.layers convolution family (keras/src/layers/convolutional): Conv1D/2D/3D, their transposes, SeparableConv1D/2D,
    // DepthwiseConv1D/2D. Every argument of Keras 3's constructors, in their order (Conv1D/2D/3D also take BaseConv's
    // loraRank and loraAlpha), then the base Layer's.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Conv1D: kernel (kernelSize, channels / groups, filters) and bias (filters); padding 'valid', 'same' or 'causal'.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same", or "causal" (Conv1D only) (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="groups">The number of groups the input channels are split into (each convolved with filters / groups filters).</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the kernel is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Conv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, InputShape input = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Add(Keras.Conv1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias,
                kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint,
                biasConstraint, loraRank, loraAlpha, trainable, dtype, name), input);

        /// <summary>keras.layers.Conv2D: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="groups">The number of groups the input channels are split into (each convolved with filters / groups filters).</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the kernel is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Conv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, InputShape input = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Add(Keras.Conv2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias,
                kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint,
                biasConstraint, loraRank, loraAlpha, trainable, dtype, name), input);

        /// <summary>keras.layers.Conv3D: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="groups">The number of groups the input channels are split into (each convolved with filters / groups filters).</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the kernel is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Conv3D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, InputShape input = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Add(Keras.Conv3D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias,
                kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint,
                biasConstraint, loraRank, loraAlpha, trainable, dtype, name), input);

        /// <summary>keras.layers.Conv1DTranspose: kernel (kernelSize, filters, channels) and bias (filters); output length (n - 1) * strides + max(kernel, strides) when 'valid'.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same", or "causal" (Conv1D only) (<see cref="Padding"/>).</param>
        /// <param name="outputPadding">The extra size added to one side of each spatial output axis, below strides; <c>default</c> is Keras's inferred size.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Conv1DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            InputShape input = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Conv1DTranspose(filters, kernelSize, strides, padding, outputPadding, dataFormat, dilationRate, activation,
                useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer,
                kernelConstraint, biasConstraint, trainable, dtype, name), input);

        /// <summary>keras.layers.Conv2DTranspose: kernel (kernelSize..., filters, channels) and bias (filters); 'same' multiplies each spatial size by strides.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="outputPadding">The extra size added to one side of each spatial output axis, below strides; <c>default</c> is Keras's inferred size.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Conv2DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            InputShape input = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Conv2DTranspose(filters, kernelSize, strides, padding, outputPadding, dataFormat, dilationRate, activation,
                useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer,
                kernelConstraint, biasConstraint, trainable, dtype, name), input);

        /// <summary>keras.layers.Conv3DTranspose: kernel (kernelSize..., filters, channels) and bias (filters); note Keras's order: dataFormat before outputPadding.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="outputPadding">The extra size added to one side of each spatial output axis, below strides; <c>default</c> is Keras's inferred size.</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential Conv3DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size outputPadding = default, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            InputShape input = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.Conv3DTranspose(filters, kernelSize, strides, padding, dataFormat, outputPadding, dilationRate, activation,
                useBias, kernelInitializer, biasInitializer, kernelRegularizer, biasRegularizer, activityRegularizer,
                kernelConstraint, biasConstraint, trainable, dtype, name), input);

        /// <summary>keras.layers.SeparableConv1D: depthwise_kernel (kernelSize, channels, depthMultiplier), pointwise_kernel (1, channels * depthMultiplier, filters), bias (filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same", or "causal" (Conv1D only) (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="depthMultiplier">The number of depthwise output channels per input channel.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="depthwiseInitializer">The depthwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="pointwiseInitializer">The pointwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="depthwiseRegularizer">The depthwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="pointwiseRegularizer">The pointwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="depthwiseConstraint">The depthwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="pointwiseConstraint">The pointwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential SeparableConv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null,
            bool useBias = true, Initializer depthwiseInitializer = default, Initializer pointwiseInitializer = default,
            Initializer biasInitializer = default, Regularizer depthwiseRegularizer = default,
            Regularizer pointwiseRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint depthwiseConstraint = default,
            Constraint pointwiseConstraint = default, Constraint biasConstraint = default, InputShape input = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.SeparableConv1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, depthMultiplier,
                activation, useBias, depthwiseInitializer, pointwiseInitializer, biasInitializer, depthwiseRegularizer,
                pointwiseRegularizer, biasRegularizer, activityRegularizer, depthwiseConstraint, pointwiseConstraint,
                biasConstraint, trainable, dtype, name), input);

        /// <summary>keras.layers.SeparableConv2D: depthwise_kernel (kernelSize..., channels, depthMultiplier), pointwise_kernel (1, 1, channels * depthMultiplier, filters), bias (filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="depthMultiplier">The number of depthwise output channels per input channel.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="depthwiseInitializer">The depthwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="pointwiseInitializer">The pointwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="depthwiseRegularizer">The depthwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="pointwiseRegularizer">The pointwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="depthwiseConstraint">The depthwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="pointwiseConstraint">The pointwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential SeparableConv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null,
            bool useBias = true, Initializer depthwiseInitializer = default, Initializer pointwiseInitializer = default,
            Initializer biasInitializer = default, Regularizer depthwiseRegularizer = default,
            Regularizer pointwiseRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint depthwiseConstraint = default,
            Constraint pointwiseConstraint = default, Constraint biasConstraint = default, InputShape input = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Add(Keras.SeparableConv2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, depthMultiplier,
                activation, useBias, depthwiseInitializer, pointwiseInitializer, biasInitializer, depthwiseRegularizer,
                pointwiseRegularizer, biasRegularizer, activityRegularizer, depthwiseConstraint, pointwiseConstraint,
                biasConstraint, trainable, dtype, name), input);

        /// <summary>keras.layers.DepthwiseConv1D: kernel (kernelSize, channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="depthMultiplier">The number of depthwise output channels per input channel.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="depthwiseInitializer">The depthwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="depthwiseRegularizer">The depthwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="depthwiseConstraint">The depthwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential DepthwiseConv1D(Size kernelSize, Size strides = default, string padding = "valid",
            int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer depthwiseInitializer = default, Initializer biasInitializer = default,
            Regularizer depthwiseRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint depthwiseConstraint = default,
            Constraint biasConstraint = default, InputShape input = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.DepthwiseConv1D(kernelSize, strides, padding, depthMultiplier, dataFormat, dilationRate, activation,
                useBias, depthwiseInitializer, biasInitializer, depthwiseRegularizer, biasRegularizer, activityRegularizer,
                depthwiseConstraint, biasConstraint, trainable, dtype, name), input);

        /// <summary>keras.layers.DepthwiseConv2D: kernel (kernelSize..., channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="depthMultiplier">The number of depthwise output channels per input channel.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="depthwiseInitializer">The depthwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="depthwiseRegularizer">The depthwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="depthwiseConstraint">The depthwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="input">The input shape without the batch dim (Keras's input_shape), on the first layer only: <c>3</c>, <c>(28, 28, 1)</c>, <c>[null]</c>.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public Sequential DepthwiseConv2D(Size kernelSize, Size strides = default, string padding = "valid",
            int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer depthwiseInitializer = default, Initializer biasInitializer = default,
            Regularizer depthwiseRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint depthwiseConstraint = default,
            Constraint biasConstraint = default, InputShape input = default, bool trainable = true, string? dtype = null,
            string? name = null) =>
            Add(Keras.DepthwiseConv2D(kernelSize, strides, padding, depthMultiplier, dataFormat, dilationRate, activation,
                useBias, depthwiseInitializer, biasInitializer, depthwiseRegularizer, biasRegularizer, activityRegularizer,
                depthwiseConstraint, biasConstraint, trainable, dtype, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Conv1D, for wrappers such as TimeDistributed: kernel (kernelSize, channels / groups, filters) and bias (filters); padding 'valid', 'same' or 'causal'.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same", or "causal" (Conv1D only) (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="groups">The number of groups the input channels are split into (each convolved with filters / groups filters).</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the kernel is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Conv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Conv1D", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("dilationRate", dilationRate), A("groups", groups), A("activation", activation),
                A("useBias", useBias), A("kernelInitializer", kernelInitializer), A("biasInitializer", biasInitializer),
                A("kernelRegularizer", kernelRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("biasConstraint", biasConstraint), A("loraRank", loraRank), A("loraAlpha", loraAlpha),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Conv2D, for wrappers such as TimeDistributed: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="groups">The number of groups the input channels are split into (each convolved with filters / groups filters).</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the kernel is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Conv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Conv2D", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("dilationRate", dilationRate), A("groups", groups), A("activation", activation),
                A("useBias", useBias), A("kernelInitializer", kernelInitializer), A("biasInitializer", biasInitializer),
                A("kernelRegularizer", kernelRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("biasConstraint", biasConstraint), A("loraRank", loraRank), A("loraAlpha", loraAlpha),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Conv3D, for wrappers such as TimeDistributed: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="groups">The number of groups the input channels are split into (each convolved with filters / groups filters).</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="loraRank">Keras 3's LoRA rank: with a rank, the kernel is frozen and two trainable low-rank matrices are added; null or 0 is none.</param>
        /// <param name="loraAlpha">LoRA's scale numerator (the update is scaled by loraAlpha / loraRank); null is the rank. Changes no count.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Conv3D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            int? loraRank = null, double? loraAlpha = null, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Conv3D", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides), A("padding", padding),
                A("dataFormat", dataFormat), A("dilationRate", dilationRate), A("groups", groups), A("activation", activation),
                A("useBias", useBias), A("kernelInitializer", kernelInitializer), A("biasInitializer", biasInitializer),
                A("kernelRegularizer", kernelRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("biasConstraint", biasConstraint), A("loraRank", loraRank), A("loraAlpha", loraAlpha),
                A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Conv1DTranspose, for wrappers such as TimeDistributed: kernel (kernelSize, filters, channels) and bias (filters); output length (n - 1) * strides + max(kernel, strides) when 'valid'.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same", or "causal" (Conv1D only) (<see cref="Padding"/>).</param>
        /// <param name="outputPadding">The extra size added to one side of each spatial output axis, below strides; <c>default</c> is Keras's inferred size.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Conv1DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Conv1DTranspose", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides),
                A("padding", padding), A("outputPadding", outputPadding), A("dataFormat", dataFormat),
                A("dilationRate", dilationRate), A("activation", activation), A("useBias", useBias),
                A("kernelInitializer", kernelInitializer), A("biasInitializer", biasInitializer),
                A("kernelRegularizer", kernelRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("biasConstraint", biasConstraint), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Conv2DTranspose, for wrappers such as TimeDistributed: kernel (kernelSize..., filters, channels) and bias (filters); 'same' multiplies each spatial size by strides.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="outputPadding">The extra size added to one side of each spatial output axis, below strides; <c>default</c> is Keras's inferred size.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Conv2DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Conv2DTranspose", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides),
                A("padding", padding), A("outputPadding", outputPadding), A("dataFormat", dataFormat),
                A("dilationRate", dilationRate), A("activation", activation), A("useBias", useBias),
                A("kernelInitializer", kernelInitializer), A("biasInitializer", biasInitializer),
                A("kernelRegularizer", kernelRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("biasConstraint", biasConstraint), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.Conv3DTranspose, for wrappers such as TimeDistributed: kernel (kernelSize..., filters, channels) and bias (filters); note Keras's order: dataFormat before outputPadding.</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="outputPadding">The extra size added to one side of each spatial output axis, below strides; <c>default</c> is Keras's inferred size.</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="kernelInitializer">The kernel's initializer: a Keras name (<see cref="Initializers"/>) or an object such as <c>HeNormal(seed: 1)</c>; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="kernelRegularizer">The kernel's regularizer: a Keras name (<see cref="Regularizers"/>) or an object such as <c>L2(1e-4)</c>; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="kernelConstraint">The kernel's constraint: a Keras name (<see cref="Constraints"/>) or an object such as <c>MaxNorm(3)</c>; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec Conv3DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size outputPadding = default, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer kernelInitializer = default, Initializer biasInitializer = default,
            Regularizer kernelRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint kernelConstraint = default, Constraint biasConstraint = default,
            bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("Conv3DTranspose", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides),
                A("padding", padding), A("dataFormat", dataFormat), A("outputPadding", outputPadding),
                A("dilationRate", dilationRate), A("activation", activation), A("useBias", useBias),
                A("kernelInitializer", kernelInitializer), A("biasInitializer", biasInitializer),
                A("kernelRegularizer", kernelRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("kernelConstraint", kernelConstraint),
                A("biasConstraint", biasConstraint), A("trainable", trainable), A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.SeparableConv1D, for wrappers such as TimeDistributed: depthwise_kernel (kernelSize, channels, depthMultiplier), pointwise_kernel (1, channels * depthMultiplier, filters), bias (filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same", or "causal" (Conv1D only) (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="depthMultiplier">The number of depthwise output channels per input channel.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="depthwiseInitializer">The depthwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="pointwiseInitializer">The pointwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="depthwiseRegularizer">The depthwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="pointwiseRegularizer">The pointwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="depthwiseConstraint">The depthwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="pointwiseConstraint">The pointwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec SeparableConv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null,
            bool useBias = true, Initializer depthwiseInitializer = default, Initializer pointwiseInitializer = default,
            Initializer biasInitializer = default, Regularizer depthwiseRegularizer = default,
            Regularizer pointwiseRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint depthwiseConstraint = default,
            Constraint pointwiseConstraint = default, Constraint biasConstraint = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Spec("SeparableConv1D", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides),
                A("padding", padding), A("dataFormat", dataFormat), A("dilationRate", dilationRate),
                A("depthMultiplier", depthMultiplier), A("activation", activation), A("useBias", useBias),
                A("depthwiseInitializer", depthwiseInitializer), A("pointwiseInitializer", pointwiseInitializer),
                A("biasInitializer", biasInitializer), A("depthwiseRegularizer", depthwiseRegularizer),
                A("pointwiseRegularizer", pointwiseRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("depthwiseConstraint", depthwiseConstraint),
                A("pointwiseConstraint", pointwiseConstraint), A("biasConstraint", biasConstraint), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.SeparableConv2D, for wrappers such as TimeDistributed: depthwise_kernel (kernelSize..., channels, depthMultiplier), pointwise_kernel (1, 1, channels * depthMultiplier, filters), bias (filters).</summary>
        /// <param name="filters">The number of output channels.</param>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="depthMultiplier">The number of depthwise output channels per input channel.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="depthwiseInitializer">The depthwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="pointwiseInitializer">The pointwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="depthwiseRegularizer">The depthwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="pointwiseRegularizer">The pointwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="depthwiseConstraint">The depthwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="pointwiseConstraint">The pointwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec SeparableConv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid",
            string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null,
            bool useBias = true, Initializer depthwiseInitializer = default, Initializer pointwiseInitializer = default,
            Initializer biasInitializer = default, Regularizer depthwiseRegularizer = default,
            Regularizer pointwiseRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint depthwiseConstraint = default,
            Constraint pointwiseConstraint = default, Constraint biasConstraint = default, bool trainable = true,
            string? dtype = null, string? name = null) =>
            Spec("SeparableConv2D", A("filters", filters), A("kernelSize", kernelSize), A("strides", strides),
                A("padding", padding), A("dataFormat", dataFormat), A("dilationRate", dilationRate),
                A("depthMultiplier", depthMultiplier), A("activation", activation), A("useBias", useBias),
                A("depthwiseInitializer", depthwiseInitializer), A("pointwiseInitializer", pointwiseInitializer),
                A("biasInitializer", biasInitializer), A("depthwiseRegularizer", depthwiseRegularizer),
                A("pointwiseRegularizer", pointwiseRegularizer), A("biasRegularizer", biasRegularizer),
                A("activityRegularizer", activityRegularizer), A("depthwiseConstraint", depthwiseConstraint),
                A("pointwiseConstraint", pointwiseConstraint), A("biasConstraint", biasConstraint), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.DepthwiseConv1D, for wrappers such as TimeDistributed: kernel (kernelSize, channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="depthMultiplier">The number of depthwise output channels per input channel.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="depthwiseInitializer">The depthwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="depthwiseRegularizer">The depthwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="depthwiseConstraint">The depthwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec DepthwiseConv1D(Size kernelSize, Size strides = default, string padding = "valid",
            int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer depthwiseInitializer = default, Initializer biasInitializer = default,
            Regularizer depthwiseRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint depthwiseConstraint = default,
            Constraint biasConstraint = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("DepthwiseConv1D", A("kernelSize", kernelSize), A("strides", strides), A("padding", padding),
                A("depthMultiplier", depthMultiplier), A("dataFormat", dataFormat), A("dilationRate", dilationRate),
                A("activation", activation), A("useBias", useBias), A("depthwiseInitializer", depthwiseInitializer),
                A("biasInitializer", biasInitializer), A("depthwiseRegularizer", depthwiseRegularizer),
                A("biasRegularizer", biasRegularizer), A("activityRegularizer", activityRegularizer),
                A("depthwiseConstraint", depthwiseConstraint), A("biasConstraint", biasConstraint), A("trainable", trainable),
                A("dtype", dtype), A("name", name));

        /// <summary>keras.layers.DepthwiseConv2D, for wrappers such as TimeDistributed: kernel (kernelSize..., channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        /// <param name="kernelSize">The window's size: n for every spatial axis, or a tuple.</param>
        /// <param name="strides">The step of the window along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="padding">"valid" or "same" (<see cref="Padding"/>).</param>
        /// <param name="depthMultiplier">The number of depthwise output channels per input channel.</param>
        /// <param name="dataFormat">"channels_last" or "channels_first" (<see cref="DataFormat"/>); null is Keras's default, "channels_last".</param>
        /// <param name="dilationRate">The dilation along each spatial axis: n or a tuple; <c>default</c> is 1.</param>
        /// <param name="activation">The activation applied to the output: a Keras name (<see cref="Activations"/>); null is "linear".</param>
        /// <param name="useBias">Whether the layer has a bias.</param>
        /// <param name="depthwiseInitializer">The depthwise kernel's initializer; <c>default</c> is "glorot_uniform".</param>
        /// <param name="biasInitializer">The bias's initializer; <c>default</c> is "zeros".</param>
        /// <param name="depthwiseRegularizer">The depthwise kernel's regularizer; <c>default</c> is none.</param>
        /// <param name="biasRegularizer">The bias's regularizer; <c>default</c> is none.</param>
        /// <param name="activityRegularizer">The regularizer of the layer's output (Keras's activity_regularizer); <c>default</c> is none.</param>
        /// <param name="depthwiseConstraint">The depthwise kernel's constraint; <c>default</c> is none.</param>
        /// <param name="biasConstraint">The bias's constraint; <c>default</c> is none.</param>
        /// <param name="trainable">False freezes every weight of the layer.</param>
        /// <param name="dtype">The dtype policy (<see cref="DTypes"/>): "float32", "mixed_float16", ...; null is Keras's default, "float32". Changes no count.</param>
        /// <param name="name">The layer's name; null for Keras's automatic one.</param>
        public static LayerSpec DepthwiseConv2D(Size kernelSize, Size strides = default, string padding = "valid",
            int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null,
            bool useBias = true, Initializer depthwiseInitializer = default, Initializer biasInitializer = default,
            Regularizer depthwiseRegularizer = default, Regularizer biasRegularizer = default,
            Regularizer activityRegularizer = default, Constraint depthwiseConstraint = default,
            Constraint biasConstraint = default, bool trainable = true, string? dtype = null, string? name = null) =>
            Spec("DepthwiseConv2D", A("kernelSize", kernelSize), A("strides", strides), A("padding", padding),
                A("depthMultiplier", depthMultiplier), A("dataFormat", dataFormat), A("dilationRate", dilationRate),
                A("activation", activation), A("useBias", useBias), A("depthwiseInitializer", depthwiseInitializer),
                A("biasInitializer", biasInitializer), A("depthwiseRegularizer", depthwiseRegularizer),
                A("biasRegularizer", biasRegularizer), A("activityRegularizer", activityRegularizer),
                A("depthwiseConstraint", depthwiseConstraint), A("biasConstraint", biasConstraint), A("trainable", trainable),
                A("dtype", dtype), A("name", name));
    }
}
