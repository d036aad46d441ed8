namespace KerasDsl
{
    // keras.layers convolution family: Conv1D/2D/3D, their transposes, SeparableConv1D/2D, DepthwiseConv1D/2D.
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.Conv1D: kernel (kernelSize, channels / groups, filters) and bias (filters); padding 'valid', 'same' or 'causal'.</summary>
        public Sequential Conv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Conv1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.Conv2D: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        public Sequential Conv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Conv2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.Conv3D: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        public Sequential Conv3D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Conv3D(filters, kernelSize, strides, padding, dataFormat, dilationRate, groups, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.Conv1DTranspose: kernel (kernelSize, filters, channels) and bias (filters); output length (n - 1) * strides + max(kernel, strides) when 'valid'.</summary>
        public Sequential Conv1DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Conv1DTranspose(filters, kernelSize, strides, padding, outputPadding, dataFormat, dilationRate, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.Conv2DTranspose: kernel (kernelSize..., filters, channels) and bias (filters); 'same' multiplies each spatial size by strides.</summary>
        public Sequential Conv2DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Conv2DTranspose(filters, kernelSize, strides, padding, outputPadding, dataFormat, dilationRate, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.Conv3DTranspose: kernel (kernelSize..., filters, channels) and bias (filters); note Keras's order: dataFormat before outputPadding.</summary>
        public Sequential Conv3DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size outputPadding = default, Size dilationRate = default, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Conv3DTranspose(filters, kernelSize, strides, padding, dataFormat, outputPadding, dilationRate, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.SeparableConv1D: depthwise_kernel (kernelSize, channels, depthMultiplier), pointwise_kernel (1, channels * depthMultiplier, filters), bias (filters).</summary>
        public Sequential SeparableConv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.SeparableConv1D(filters, kernelSize, strides, padding, dataFormat, dilationRate, depthMultiplier, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.SeparableConv2D: depthwise_kernel (kernelSize..., channels, depthMultiplier), pointwise_kernel (1, 1, channels * depthMultiplier, filters), bias (filters).</summary>
        public Sequential SeparableConv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.SeparableConv2D(filters, kernelSize, strides, padding, dataFormat, dilationRate, depthMultiplier, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.DepthwiseConv1D: kernel (kernelSize, channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        public Sequential DepthwiseConv1D(Size kernelSize, Size strides = default, string padding = "valid", int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.DepthwiseConv1D(kernelSize, strides, padding, depthMultiplier, dataFormat, dilationRate, activation, useBias, trainable, name), input);

        /// <summary>keras.layers.DepthwiseConv2D: kernel (kernelSize..., channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        public Sequential DepthwiseConv2D(Size kernelSize, Size strides = default, string padding = "valid", int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.DepthwiseConv2D(kernelSize, strides, padding, depthMultiplier, dataFormat, dilationRate, activation, useBias, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.Conv1D, for wrappers such as TimeDistributed: kernel (kernelSize, channels / groups, filters) and bias (filters); padding 'valid', 'same' or 'causal'.</summary>
        public static LayerSpec Conv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("Conv1D", Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("groups", groups), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Conv2D, for wrappers such as TimeDistributed: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        public static LayerSpec Conv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("Conv2D", Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("groups", groups), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Conv3D, for wrappers such as TimeDistributed: kernel (kernelSize..., channels / groups, filters) and bias (filters).</summary>
        public static LayerSpec Conv3D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int groups = 1, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("Conv3D", Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("groups", groups), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Conv1DTranspose, for wrappers such as TimeDistributed: kernel (kernelSize, filters, channels) and bias (filters); output length (n - 1) * strides + max(kernel, strides) when 'valid'.</summary>
        public static LayerSpec Conv1DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("Conv1DTranspose", Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("outputPadding", outputPadding), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Conv2DTranspose, for wrappers such as TimeDistributed: kernel (kernelSize..., filters, channels) and bias (filters); 'same' multiplies each spatial size by strides.</summary>
        public static LayerSpec Conv2DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", Size outputPadding = default, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("Conv2DTranspose", Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("outputPadding", outputPadding), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Conv3DTranspose, for wrappers such as TimeDistributed: kernel (kernelSize..., filters, channels) and bias (filters); note Keras's order: dataFormat before outputPadding.</summary>
        public static LayerSpec Conv3DTranspose(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size outputPadding = default, Size dilationRate = default, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("Conv3DTranspose", Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("outputPadding", outputPadding), Args.A("dilationRate", dilationRate), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.SeparableConv1D, for wrappers such as TimeDistributed: depthwise_kernel (kernelSize, channels, depthMultiplier), pointwise_kernel (1, channels * depthMultiplier, filters), bias (filters).</summary>
        public static LayerSpec SeparableConv1D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("SeparableConv1D", Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("depthMultiplier", depthMultiplier), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.SeparableConv2D, for wrappers such as TimeDistributed: depthwise_kernel (kernelSize..., channels, depthMultiplier), pointwise_kernel (1, 1, channels * depthMultiplier, filters), bias (filters).</summary>
        public static LayerSpec SeparableConv2D(int filters, Size kernelSize, Size strides = default, string padding = "valid", string? dataFormat = null, Size dilationRate = default, int depthMultiplier = 1, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("SeparableConv2D", Args.A("filters", filters), Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("depthMultiplier", depthMultiplier), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.DepthwiseConv1D, for wrappers such as TimeDistributed: kernel (kernelSize, channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        public static LayerSpec DepthwiseConv1D(Size kernelSize, Size strides = default, string padding = "valid", int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("DepthwiseConv1D", Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("depthMultiplier", depthMultiplier), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.DepthwiseConv2D, for wrappers such as TimeDistributed: kernel (kernelSize..., channels, depthMultiplier) and bias (channels * depthMultiplier).</summary>
        public static LayerSpec DepthwiseConv2D(Size kernelSize, Size strides = default, string padding = "valid", int depthMultiplier = 1, string? dataFormat = null, Size dilationRate = default, string? activation = null, bool useBias = true,
            bool trainable = true, string? name = null) =>
            Args.Spec("DepthwiseConv2D", Args.A("kernelSize", kernelSize), Args.A("strides", strides), Args.A("padding", padding), Args.A("depthMultiplier", depthMultiplier), Args.A("dataFormat", dataFormat), Args.A("dilationRate", dilationRate), Args.A("activation", activation), Args.A("useBias", useBias),
                Args.A("trainable", trainable), Args.A("name", name));
    }
}
