namespace KerasDsl.Cli.Keras1;

/// <summary>What a Keras 2 constructor does with a Keras 1 config beyond renaming fields (interfaces.py's preprocessors).</summary>
internal enum Keras1Preprocessor
{
    None,

    /// <summary>Dense: <c>input_dim</c> becomes <c>input_shape=(input_dim,)</c> (keras/layers/core.py Dense.__init__).</summary>
    DenseInputDim,

    /// <summary>Embedding: <c>dropout</c> is dropped with a warning (embedding_kwargs_preprocessor).</summary>
    EmbeddingDropout,

    /// <summary>SimpleRNN, GRU, LSTM: forget_bias_init, input_dim and input_length (recurrent_args_preprocessor).</summary>
    Recurrent,

    /// <summary>Conv1D: <c>input_dim</c> and <c>input_length</c> become input_shape (conv1d_args_preprocessor).</summary>
    Conv1D,

    /// <summary>Conv2D: <c>nb_row</c>, <c>nb_col</c> become kernel_size (conv2d_args_preprocessor).</summary>
    Conv2D,

    /// <summary>SeparableConv2D: <c>init</c> initializes both kernels, then as Conv2D (separable_conv2d_args_preprocessor).</summary>
    SeparableConv2D,

    /// <summary>Conv2DTranspose: <c>output_shape</c> is dropped, then as Conv2D (deconv2d_args_preprocessor).</summary>
    Deconv2D,

    /// <summary>Conv3D: <c>kernel_dim1..3</c> become kernel_size (conv3d_args_preprocessor).</summary>
    Conv3D,

    /// <summary>ConvLSTM2D: forget_bias_init, then as Conv2D (convlstm2d_args_preprocessor).</summary>
    ConvLstm2D,

    /// <summary>BatchNormalization: <c>mode</c> 0 is dropped, 1 and 2 refused (batchnorm_args_preprocessor).</summary>
    BatchNorm,

    /// <summary>ZeroPadding2D: a <c>padding</c> dict of top/bottom/left/right pads (zeropadding2d_args_preprocessor).</summary>
    ZeroPadding2D,

    /// <summary>AtrousConvolution1D/2D: <c>atrous_rate</c> becomes dilation_rate (keras/legacy/layers.py), then as Conv1D/Conv2D.</summary>
    Atrous1D,
    Atrous2D,
}

/// <summary>
/// One Keras 1 layer class as Keras 2 reads it: the Keras 2 class it becomes, the field renames of its
/// <c>legacy_*_support</c> interface, whether it converts <c>dim_ordering</c>, and its preprocessor.
/// </summary>
internal sealed record Keras1Interface(string Keras2Class, (string Old, string New)[] Renames, bool DimOrdering, Keras1Preprocessor Preprocessor)
{
    /// <summary>Keras 2's layers take <c>input_dtype</c> as <c>dtype</c> (keras/engine/topology.py Layer.__init__: "legacy").</summary>
    public static readonly (string Old, string New) InputDtype = ("input_dtype", "dtype");
}

/// <summary>
/// Keras 2's converters of Keras 1 layer configs, as keras 2.1.6 has them: <c>keras/legacy/interfaces.py</c> (the
/// <c>legacy_*_support</c> decorators on each layer's <c>__init__</c>, which rename Keras 1 keyword arguments, convert
/// their values and run a preprocessor), the class aliases of <c>keras/layers/convolutional.py</c>
/// (<c>Convolution2D = Conv2D</c>, ...) and the functions of <c>keras/legacy/layers.py</c> (AtrousConvolution2D).
/// Loading a Keras 1 JSON in Keras 2 passes each config to these constructors, so these tables are what Keras 2 reads.
/// </summary>
internal static class Keras1Interfaces
{
    private static readonly (string, string)[] KernelAndBias =
    {
        ("init", "kernel_initializer"), ("W_regularizer", "kernel_regularizer"), ("b_regularizer", "bias_regularizer"),
        ("W_constraint", "kernel_constraint"), ("b_constraint", "bias_constraint"), ("bias", "use_bias"),
    };

    // legacy_dense_support
    private static readonly (string, string)[] Dense = Concat(new[] { ("output_dim", "units") }, KernelAndBias);

    // legacy_conv1d_support
    private static readonly (string, string)[] Conv1D = Concat(new[]
    {
        ("nb_filter", "filters"), ("filter_length", "kernel_size"), ("subsample_length", "strides"), ("border_mode", "padding"),
    }, KernelAndBias);

    // legacy_conv2d_support, legacy_conv3d_support and legacy_deconv2d_support (the same renames)
    private static readonly (string, string)[] Conv2D = Concat(new[]
    {
        ("nb_filter", "filters"), ("subsample", "strides"), ("border_mode", "padding"), ("dim_ordering", "data_format"),
    }, KernelAndBias);

    // legacy_separable_conv2d_support: no W_* (the kernels have their own fields); init is the preprocessor's.
    private static readonly (string, string)[] SeparableConv2D =
    {
        ("nb_filter", "filters"), ("subsample", "strides"), ("border_mode", "padding"), ("dim_ordering", "data_format"),
        ("b_regularizer", "bias_regularizer"), ("b_constraint", "bias_constraint"), ("bias", "use_bias"),
    };

    // legacy_recurrent_support (with value_conversions for consume_less)
    private static readonly (string, string)[] Recurrent =
    {
        ("output_dim", "units"), ("init", "kernel_initializer"), ("inner_init", "recurrent_initializer"),
        ("inner_activation", "recurrent_activation"), ("W_regularizer", "kernel_regularizer"), ("b_regularizer", "bias_regularizer"),
        ("U_regularizer", "recurrent_regularizer"), ("dropout_W", "dropout"), ("dropout_U", "recurrent_dropout"),
        ("consume_less", "implementation"),
    };

    // legacy_convlstm2d_support
    private static readonly (string, string)[] ConvLstm2D =
    {
        ("nb_filter", "filters"), ("subsample", "strides"), ("border_mode", "padding"), ("dim_ordering", "data_format"),
        ("init", "kernel_initializer"), ("inner_init", "recurrent_initializer"), ("W_regularizer", "kernel_regularizer"),
        ("U_regularizer", "recurrent_regularizer"), ("b_regularizer", "bias_regularizer"), ("inner_activation", "recurrent_activation"),
        ("dropout_W", "dropout"), ("dropout_U", "recurrent_dropout"), ("bias", "use_bias"),
    };

    private static readonly (string, string)[] Pooling1D = { ("pool_length", "pool_size"), ("stride", "strides"), ("border_mode", "padding") };
    private static readonly (string, string)[] PoolingND = { ("border_mode", "padding"), ("dim_ordering", "data_format") };
    private static readonly (string, string)[] DimOrdering = { ("dim_ordering", "data_format") };
    private static readonly (string, string)[] Rate = { ("p", "rate") };
    private static readonly (string, string)[] RateND = { ("p", "rate"), ("dim_ordering", "data_format") };
    private static readonly (string, string)[] None = Array.Empty<(string, string)>();

    private static readonly Dictionary<string, Keras1Interface> ByClass = new(StringComparer.Ordinal)
    {
        ["Dense"] = new("Dense", Dense, false, Keras1Preprocessor.DenseInputDim),
        ["Dropout"] = new("Dropout", Rate, false, Keras1Preprocessor.None),
        ["Embedding"] = new("Embedding", new[] { ("init", "embeddings_initializer"), ("W_regularizer", "embeddings_regularizer"), ("W_constraint", "embeddings_constraint") },
            false, Keras1Preprocessor.EmbeddingDropout),
        ["MaxPooling1D"] = new("MaxPooling1D", Pooling1D, false, Keras1Preprocessor.None),
        ["AveragePooling1D"] = new("AveragePooling1D", Pooling1D, false, Keras1Preprocessor.None),
        ["PReLU"] = new("PReLU", new[] { ("init", "alpha_initializer") }, false, Keras1Preprocessor.None),
        ["GaussianNoise"] = new("GaussianNoise", new[] { ("sigma", "stddev") }, false, Keras1Preprocessor.None),
        ["SimpleRNN"] = new("SimpleRNN", Recurrent, false, Keras1Preprocessor.Recurrent),
        ["GRU"] = new("GRU", Recurrent, false, Keras1Preprocessor.Recurrent),
        ["LSTM"] = new("LSTM", Recurrent, false, Keras1Preprocessor.Recurrent),
        ["GaussianDropout"] = new("GaussianDropout", Rate, false, Keras1Preprocessor.None),
        ["MaxPooling2D"] = new("MaxPooling2D", PoolingND, true, Keras1Preprocessor.None),
        ["AveragePooling2D"] = new("AveragePooling2D", PoolingND, true, Keras1Preprocessor.None),
        ["MaxPooling3D"] = new("MaxPooling3D", PoolingND, true, Keras1Preprocessor.None),
        ["AveragePooling3D"] = new("AveragePooling3D", PoolingND, true, Keras1Preprocessor.None),
        ["GlobalMaxPooling2D"] = new("GlobalMaxPooling2D", DimOrdering, true, Keras1Preprocessor.None),
        ["GlobalAveragePooling2D"] = new("GlobalAveragePooling2D", DimOrdering, true, Keras1Preprocessor.None),
        ["GlobalMaxPooling3D"] = new("GlobalMaxPooling3D", DimOrdering, true, Keras1Preprocessor.None),
        ["GlobalAveragePooling3D"] = new("GlobalAveragePooling3D", DimOrdering, true, Keras1Preprocessor.None),
        ["UpSampling1D"] = new("UpSampling1D", new[] { ("length", "size") }, false, Keras1Preprocessor.None),
        ["UpSampling2D"] = new("UpSampling2D", DimOrdering, true, Keras1Preprocessor.None),
        ["UpSampling3D"] = new("UpSampling3D", DimOrdering, true, Keras1Preprocessor.None),
        ["Convolution1D"] = new("Conv1D", Conv1D, false, Keras1Preprocessor.Conv1D),
        ["AtrousConvolution1D"] = new("Conv1D", Conv1D, false, Keras1Preprocessor.Atrous1D),
        ["Convolution2D"] = new("Conv2D", Conv2D, true, Keras1Preprocessor.Conv2D),
        ["AtrousConvolution2D"] = new("Conv2D", Conv2D, true, Keras1Preprocessor.Atrous2D),
        ["SeparableConvolution2D"] = new("SeparableConv2D", SeparableConv2D, true, Keras1Preprocessor.SeparableConv2D),
        ["Deconvolution2D"] = new("Conv2DTranspose", Conv2D, true, Keras1Preprocessor.Deconv2D),
        ["Convolution3D"] = new("Conv3D", Conv2D, true, Keras1Preprocessor.Conv3D),
        ["ConvLSTM2D"] = new("ConvLSTM2D", ConvLstm2D, true, Keras1Preprocessor.ConvLstm2D),
        ["BatchNormalization"] = new("BatchNormalization", new[] { ("beta_init", "beta_initializer"), ("gamma_init", "gamma_initializer") },
            false, Keras1Preprocessor.BatchNorm),
        ["ZeroPadding2D"] = new("ZeroPadding2D", DimOrdering, true, Keras1Preprocessor.ZeroPadding2D),
        ["ZeroPadding3D"] = new("ZeroPadding3D", DimOrdering, true, Keras1Preprocessor.None),
        ["Cropping2D"] = new("Cropping2D", DimOrdering, true, Keras1Preprocessor.None),
        ["Cropping3D"] = new("Cropping3D", DimOrdering, true, Keras1Preprocessor.None),
        ["SpatialDropout1D"] = new("SpatialDropout1D", Rate, false, Keras1Preprocessor.None),
        ["SpatialDropout2D"] = new("SpatialDropout2D", RateND, true, Keras1Preprocessor.None),
        ["SpatialDropout3D"] = new("SpatialDropout3D", RateND, true, Keras1Preprocessor.None),
    };

    /// <summary>The interface of a Keras 1 class; a class Keras 2 takes unchanged (Flatten, Activation, ...) has none.</summary>
    public static Keras1Interface? Of(string keras1Class) => ByClass.TryGetValue(keras1Class, out var i) ? i : null;

    /// <summary>
    /// Layers whose Keras 1 constructor takes <c>dim_ordering</c> but whose Keras 1 <c>get_config</c> does not write it
    /// (keras 1.2.2 ZeroPadding2D/3D, UpSampling2D/3D, Cropping2D/3D): their ordering was the writer's default
    /// (<c>image_dim_ordering</c> in keras.json), which the file does not record.
    /// </summary>
    public static bool OrderingUnwritten(string keras1Class) =>
        keras1Class is "ZeroPadding2D" or "ZeroPadding3D" or "UpSampling2D" or "UpSampling3D" or "Cropping2D" or "Cropping3D";

    /// <summary>Keras 1 class names that no Keras 2 file has (Keras 2 serializes its own class names).</summary>
    public static bool IsKeras1OnlyClass(string className) =>
        className is "Convolution1D" or "Convolution2D" or "Convolution3D" or "AtrousConvolution1D" or "AtrousConvolution2D"
            or "SeparableConvolution2D" or "Deconvolution2D" or "Merge" or "MaxoutDense" or "Highway" or "TimeDistributedDense"
            or "ParametricSoftplus" or "SReLU";

    /// <summary>
    /// Whether only a Keras 1 config of this class has the field: <c>input_dtype</c>, an old name of the class's
    /// interface, or a field its preprocessor reads (nb_row, kernel_dim1, atrous_rate, forget_bias_init, input_dim of
    /// a recurrent layer, ...).
    /// </summary>
    public static bool IsKeras1OnlyField(string className, string field) => Array.IndexOf(Keras1OnlyFields(className), field) >= 0;

    /// <summary>The fields only a Keras 1 config of this class has (<see cref="IsKeras1OnlyField"/>).</summary>
    public static string[] Keras1OnlyFields(string className) =>
        OnlyFields.TryGetValue(className, out var fields) ? fields : InputDtypeOnly;

    private static readonly string[] InputDtypeOnly = { Keras1Interface.InputDtype.Old };

    private static readonly Dictionary<string, string[]> OnlyFields = ByClass.ToDictionary(
        c => c.Key,
        c => InputDtypeOnly.Concat(c.Value.Renames.Select(r => r.Old)).Concat(PreprocessorFields(c.Value.Preprocessor)).Distinct().ToArray(),
        StringComparer.Ordinal);

    private static string[] PreprocessorFields(Keras1Preprocessor preprocessor) => preprocessor switch
    {
        Keras1Preprocessor.DenseInputDim => new[] { "input_dim" },
        Keras1Preprocessor.EmbeddingDropout => new[] { "dropout" },
        Keras1Preprocessor.Recurrent => new[] { "forget_bias_init", "input_dim", "input_length" },
        Keras1Preprocessor.Conv1D => new[] { "input_dim", "input_length" },
        Keras1Preprocessor.Atrous1D => new[] { "input_dim", "input_length", "atrous_rate" },
        Keras1Preprocessor.Conv2D or Keras1Preprocessor.SeparableConv2D => new[] { "nb_row", "nb_col" },
        Keras1Preprocessor.Deconv2D => new[] { "nb_row", "nb_col", "output_shape" },
        Keras1Preprocessor.Atrous2D => new[] { "nb_row", "nb_col", "atrous_rate" },
        Keras1Preprocessor.Conv3D => new[] { "kernel_dim1", "kernel_dim2", "kernel_dim3" },
        Keras1Preprocessor.ConvLstm2D => new[] { "nb_row", "nb_col", "forget_bias_init" },
        Keras1Preprocessor.BatchNorm => new[] { "mode" },
        _ => Array.Empty<string>(),
    };

    private static (string, string)[] Concat((string, string)[] a, (string, string)[] b) => a.Concat(b).ToArray();
}
