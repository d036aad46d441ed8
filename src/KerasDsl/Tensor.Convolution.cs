namespace KerasDsl
{
    // The convolution family applied to a tensor: x.Conv1D(...) is Keras's Conv1D(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.Conv1D: kernel (kernelSize, channels / groups, filters) and bias (filters); padding 'valid', 'same' or 'causal'.</summary>
        public Tensor Conv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.Conv1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias, trainable, name));

        /// <summary>keras.layers.Conv2D: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        public Tensor Conv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.Conv2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias, trainable, name));

        /// <summary>keras.layers.Conv3D: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        public Tensor Conv3D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.Conv3D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias, trainable, name));

        /// <summary>keras.layers.Conv1DTranspose: kernel (kernelSize, filters, channels) and bias (filters); output length (n - 1) * strides + max(kernel, strides) when 'valid'.</summary>
        public Tensor Conv1DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.Conv1DTranspose(filters, kernelSize, strides, padding, outputPadding, dataFormat, dilationRate, activation, useBias, trainable, name));

        /// <summary>keras.layers.Conv2DTranspose: kernel (kernelSize..., filters, channels) and bias (filters); 'same' multiplies each spatial size by strides.</summary>
        public Tensor Conv2DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.Conv2DTranspose(filters, kernelSize, strides, padding, outputPadding, dataFormat, dilationRate, activation, useBias, trainable, name));

        /// <summary>keras.layers.Conv3DTranspose: kernel (kernelSize..., filters, channels) and bias (filters); note Keras's order: dataFormat before outputPadding.</summary>
        public Tensor Conv3DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size outputPadding = default, Size dilationRate = default, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.Conv3DTranspose(filters, kernelSize, strides, padding, dataFormat, outputPadding, dilationRate, activation, useBias, trainable, name));

        /// <summary>keras.layers.SeparableConv1D: depthwise_kernel (kernelSize, channels, depthMultiplier), pointwise_kernel (1, channels * depthMultiplier, filters), bias (filters).</summary>
        public Tensor SeparableConv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.SeparableConv1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, depthMultiplier, activation, useBias, trainable, name));

        /// <summary>keras.layers.SeparableConv2D: depthwise_kernel (kernelSize..., channels, depthMultiplier), pointwise_kernel (1, 1, channels * depthMultiplier, filters), bias (filters).</summary>
        public Tensor SeparableConv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.SeparableConv2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, depthMultiplier, activation, useBias, trainable, name));

        /// <summary>keras.layers.DepthwiseConv1D: kernel (kernelSize, channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        public Tensor DepthwiseConv1D(Size kernelSize, Size strides = default, string padding = "valid", int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.DepthwiseConv1D(kernelSize, strides, padding, depthMultiplier, dataFormat, dilationRate, activation, useBias, trainable, name));

        /// <summary>keras.layers.DepthwiseConv2D: kernel (kernelSize..., channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        public Tensor DepthwiseConv2D(Size kernelSize, Size strides = default, string padding = "valid", int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true, bool trainable = true, string? name = null) =>
            Then(Keras.DepthwiseConv2D(kernelSize, strides, padding, depthMultiplier, dataFormat, dilationRate, activation, useBias, trainable, name));
    }
}
