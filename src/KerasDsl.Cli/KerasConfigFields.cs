using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>
/// The config fields KerasDsl counts a layer with, per layer class: an explicit allow-list, so that a field KerasDsl
/// does not know is refused rather than silently dropped (Keras 3's <c>Dense(4, lora_rank=2)</c> has 30 params, not 16).
/// <para>
/// Each class lists the fields Core reads (<see cref="Read"/>: they are arguments whose meaning Core models), the
/// fields known not to change any count or shape (<see cref="Ignored"/>: initializers, regularizers, constraints,
/// seeds, the implementation choice, ...), and fields that are harmless only at one value (<see cref="OnlyAt"/>:
/// <c>time_major: false</c>, <c>quantization_config: null</c>, ...). Every class also takes the fields of Keras's base
/// <c>Layer.get_config</c>: <c>name</c>, <c>trainable</c>, <c>dtype</c> (a quantized dtype policy excepted) and
/// <c>activity_regularizer</c>. The lists are what <c>get_config</c> writes in Keras 3
/// (keras/src/layers/**), tf.keras 2.x (Keras 2.15, keras/layers/**) and TensorFlow.js 4.x; names are compared in
/// camelCase, so tfjs's TypeScript spelling (<c>kernelInitializer</c>) is the same field.
/// </para>
/// A class Core does not know is not checked here: Core refuses it (KD0016). A field that is not accepted makes the
/// model a KD0018 refusal (<see cref="KerasJsonModel.Evaluate"/>), with the field's JSON path.
/// </summary>
internal static class KerasConfigFields
{
    private enum Kind
    {
        Read,
        Ignored,
        OnlyAt,
    }

    private sealed record Field(Kind Kind, Func<JsonElement, bool>? Harmless = null, string? HarmlessValue = null);

    private const string KernelAndBias = "kernel_initializer bias_initializer kernel_regularizer bias_regularizer kernel_constraint bias_constraint";
    private const string RecurrentWeights = KernelAndBias + " recurrent_initializer recurrent_regularizer recurrent_constraint";
    private const string Rnn = "return_sequences return_state go_backwards stateful unroll dropout recurrent_dropout";
    private const string RnnIgnored = RecurrentWeights + " seed zero_output_for_mask";
    private const string Spatial = "kernel_size strides padding data_format dilation_rate activation use_bias";
    private const string Pooling = "pool_size strides padding data_format";
    private const string NormWeights = "beta_initializer gamma_initializer beta_regularizer gamma_regularizer beta_constraint gamma_constraint";

    private static readonly Dictionary<string, Dictionary<string, Field>> ByClass = BuildTable();

    private static Dictionary<string, Dictionary<string, Field>> BuildTable()
    {
        var table = new Dictionary<string, Dictionary<string, Field>>(StringComparer.Ordinal);

        void Add(string classes, string read, string ignored = "", params (string Field, string Value)[] onlyAt)
        {
            foreach (var className in Words(classes))
            {
                var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
                foreach (var f in Words(read)) fields[Naming.ToCamelCase(f)] = new Field(Kind.Read);
                foreach (var f in Words(ignored)) fields[Naming.ToCamelCase(f)] = new Field(Kind.Ignored);
                foreach (var (f, value) in onlyAt) fields[Naming.ToCamelCase(f)] = new Field(Kind.OnlyAt, HarmlessAt(value), value);
                table.Add(className, fields);
            }
        }

        // Core: keras/src/layers/core. Core models lora_rank (Keras 3's LoRA weights, dense.py and embedding.py
        // enable_lora; with a constraint on the matrix, which Core checks, Keras refuses it); lora_alpha only scales.
        // quantization_config quantizes the weights: harmless only when null.
        Add("Dense", "units activation use_bias lora_rank", KernelAndBias + " lora_alpha", ("quantization_config", "null"));
        Add("Embedding", "input_dim output_dim mask_zero lora_rank",
            "embeddings_initializer embeddings_regularizer embeddings_constraint input_length lora_alpha", ("quantization_config", "null"));
        Add("Masking", "mask_value");
        // EinsumDense (einsum_dense.py) writes lora_rank and lora_alpha only when LoRA is on, and
        // gptq_unpacked_column_size only for a GPTQ-quantized layer (refused: not listed).
        Add("EinsumDense", "equation output_shape activation bias_axes lora_rank", KernelAndBias + " lora_alpha", ("quantization_config", "null"));

        // Convolution. Keras 3's Conv1D/2D/3D also take lora_rank (base_conv.py), which Core models. tf.keras 2.x writes its Conv base's
        // `groups: 1` (and SeparableConv also its kernel_* fields) for the classes that have no groups of their own.
        Add("Conv1D Conv2D Conv3D", "filters groups lora_rank " + Spatial, KernelAndBias + " lora_alpha");
        Add("Conv1DTranspose Conv2DTranspose Conv3DTranspose", "filters output_padding " + Spatial, KernelAndBias, ("groups", "1"));
        Add("DepthwiseConv1D DepthwiseConv2D", "depth_multiplier " + Spatial,
            "depthwise_initializer depthwise_regularizer depthwise_constraint bias_initializer bias_regularizer bias_constraint",
            ("groups", "1"));
        Add("SeparableConv1D SeparableConv2D", "filters depth_multiplier " + Spatial,
            "depthwise_initializer depthwise_regularizer depthwise_constraint pointwise_initializer pointwise_regularizer " +
            "pointwise_constraint " + KernelAndBias, ("groups", "1"));

        // Pooling.
        Add("MaxPooling1D MaxPooling2D MaxPooling3D AveragePooling1D AveragePooling2D AveragePooling3D", Pooling);
        Add("GlobalMaxPooling1D GlobalMaxPooling2D GlobalMaxPooling3D GlobalAveragePooling1D GlobalAveragePooling2D GlobalAveragePooling3D",
            "data_format keepdims");

        // Recurrent. tf.keras 2.x writes time_major (the input's first two axes swapped: other shapes) and
        // implementation (the same weights, computed in larger or smaller operations).
        Add("SimpleRNN", "units activation use_bias " + Rnn, RnnIgnored, ("time_major", "false"));
        Add("LSTM", "units activation recurrent_activation use_bias unit_forget_bias " + Rnn, RnnIgnored + " implementation", ("time_major", "false"));
        Add("GRU", "units activation recurrent_activation use_bias reset_after " + Rnn, RnnIgnored + " implementation", ("time_major", "false"));
        Add("ConvLSTM1D ConvLSTM2D ConvLSTM3D", "filters recurrent_activation unit_forget_bias " + Spatial + " " + Rnn,
            RnnIgnored + " implementation", ("time_major", "false"));
        Add("Bidirectional", "layer backward_layer merge_mode");
        Add("TimeDistributed", "layer");

        // Reshaping.
        Add("Flatten", "data_format");
        Add("Reshape", "target_shape");
        Add("Permute", "dims");
        Add("RepeatVector", "n");
        Add("ZeroPadding1D ZeroPadding2D ZeroPadding3D", "padding data_format");
        Add("Cropping1D", "cropping");
        Add("Cropping2D Cropping3D", "cropping data_format");
        Add("UpSampling1D", "size");
        Add("UpSampling2D", "size data_format interpolation");
        Add("UpSampling3D", "size data_format");

        // Regularization. tf.keras 2.x's SpatialDropout writes Dropout's noise_shape, always null.
        Add("Dropout", "rate noise_shape seed");
        Add("SpatialDropout1D", "rate seed", "", ("noise_shape", "null"));
        Add("SpatialDropout2D SpatialDropout3D", "rate seed data_format", "", ("noise_shape", "null"));
        Add("GaussianNoise", "stddev seed");
        Add("GaussianDropout", "rate seed");
        Add("ActivityRegularization", "l1 l2");

        // Activations. LeakyReLU's `alpha` is read as negative_slope (KerasJsonReader.Aliases).
        Add("Activation", "activation");
        Add("ReLU", "max_value negative_slope threshold");
        Add("LeakyReLU", "negative_slope");
        Add("ELU", "alpha");
        Add("PReLU", "shared_axes", "alpha_initializer alpha_regularizer alpha_constraint");
        Add("Softmax", "axis");

        // Normalization.
        Add("BatchNormalization", "axis momentum epsilon center scale renorm synchronized",
            NormWeights + " moving_mean_initializer moving_variance_initializer renorm_clipping renorm_momentum");
        Add("LayerNormalization", "axis epsilon center scale rms_scaling", NormWeights);
        Add("GroupNormalization", "groups axis epsilon center scale", NormWeights);
        Add("UnitNormalization", "axis");

        // Preprocessing.
        Add("Rescaling", "scale offset");
        // Normalization writes mean and variance as lists (null when adapted). Resizing's fill_mode, fill_value and
        // antialias change values only; bounding_box_format only boxes. tf.keras 2.x and tfjs write Resizing's
        // height, width, interpolation and crop_to_aspect_ratio.
        Add("Normalization", "axis mean variance invert");
        Add("Resizing", "height width interpolation crop_to_aspect_ratio pad_to_aspect_ratio data_format",
            "fill_mode fill_value antialias bounding_box_format");
        Add("CenterCrop", "height width data_format", "bounding_box_format");

        // Image augmentation: keras/src/layers/preprocessing/image_preprocessing. Keras 3 writes data_format for all of
        // them (its base class) and bounding_box_format when set (boxes only); tf.keras 2.x writes the rest alone.
        const string Affine = "fill_mode interpolation seed fill_value data_format";
        Add("RandomFlip", "mode seed data_format", "bounding_box_format");
        Add("RandomRotation", "factor " + Affine, "bounding_box_format");
        Add("RandomZoom RandomTranslation", "height_factor width_factor " + Affine, "bounding_box_format");
        Add("RandomContrast RandomBrightness", "factor value_range seed data_format", "bounding_box_format");
        Add("RandomCrop", "height width seed data_format", "bounding_box_format");

        // Text and categorical preprocessing: keras/src/layers/preprocessing. vocabulary_size is what adapt() found (the
        // encodings' size when no vocabulary is written); encoding only decodes strings. Keras 3.15 writes oov_method
        // and salt for both lookups (StringLookup takes them through IndexLookup).
        const string Lookup = "max_tokens num_oov_indices mask_token oov_token vocabulary idf_weights invert output_mode sparse " +
            "pad_to_max_tokens vocabulary_size oov_method salt";
        Add("StringLookup", Lookup, "encoding");
        Add("IntegerLookup", Lookup + " vocabulary_dtype");
        Add("TextVectorization", "max_tokens standardize split ngrams output_mode output_sequence_length pad_to_max_tokens vocabulary " +
            "idf_weights sparse ragged vocabulary_size", "encoding");
        Add("CategoryEncoding", "num_tokens output_mode sparse");
        Add("Hashing", "num_bins mask_value salt output_mode sparse");
        // Discretization's config after adapt() has both bin_boundaries and num_bins (KerasJsonReader reads it as
        // Keras's from_config does).
        Add("Discretization", "bin_boundaries num_bins epsilon output_mode sparse");

        // Merging: keras/src/layers/merging. The element-wise merges have no config of their own.
        Add("Add Subtract Multiply Average Maximum Minimum", "");
        Add("Concatenate", "axis");
        Add("Dot", "axes normalize");

        // Attention: keras/src/layers/attention. MultiHeadAttention's sublayers take its initializers, regularizers and
        // constraints; seed only seeds the dropout.
        Add("MultiHeadAttention", "num_heads key_dim value_dim dropout use_bias output_shape attention_axes sliding_window use_gate", KernelAndBias + " seed");
        // tf.keras 2.x's dense attention writes causal (a mask only).
        Add("Attention", "use_scale score_mode dropout", "seed causal");
        Add("AdditiveAttention", "use_scale dropout", "seed causal");

        // Lambda: keras/src/layers/core/lambda_layer.py. The function (serialized code or a name), its mask and its
        // arguments change no shape. Its output_shape is read only as a shape: a function there (Keras 3 writes it as an
        // object, tf.keras 2.x as code with output_shape_type "lambda" or "function") cannot be run by kerasdsl.
        Add("Lambda", "output_shape", "function function_type module output_shape_module arguments mask mask_type mask_module",
            ("output_shape_type", "raw"));
        table["Lambda"][Naming.ToCamelCase("output_shape")] = new Field(Kind.Read, HarmlessAt("shape"), "a shape (a list of sizes), not a function, which kerasdsl cannot run");

        // The leading InputLayer (read by KerasJsonReader itself, not by Core): its shape fields are the input.
        Add("InputLayer", "", "sparse ragged optional");
        return table;
    }

    /// <summary>The classes the table lists (every class of <see cref="LayerCatalog"/>, and InputLayer).</summary>
    public static IEnumerable<string> Classes => ByClass.Keys;

    /// <summary>The fields of a class that Core reads, in camelCase (for the test that holds the list to Core).</summary>
    public static IEnumerable<string> ReadFields(string className) =>
        ByClass[className].Where(f => f.Value.Kind == Kind.Read).Select(f => f.Key);

    /// <summary>
    /// Null when the field <paramref name="argName"/> (camelCase; <paramref name="fieldName"/> as written) of a
    /// <paramref name="className"/> config is one Core reads or one known to be harmless at this value; otherwise
    /// what is wrong, worded to follow the layer's name in a KD0018 refusal.
    /// </summary>
    public static string? Problem(string className, string argName, string fieldName, JsonElement value)
    {
        switch (argName)
        {
            case "name":
            case "trainable":
            case "activityRegularizer":
                return null;
            case "dtype":
                return QuantizedPolicy(value) is { } policy
                    ? $"has the dtype policy {policy}, which quantizes its weights: kerasdsl does not model quantization, so " + Refusing
                    : null;
        }

        if (!ByClass.TryGetValue(className, out var fields))
        {
            if (!LayerCatalog.TryGet(className, out _)) return null;   // Core refuses the class itself (KD0016)
            fields = new Dictionary<string, Field>();                  // a class Core knows and this table does not: refuse its fields
        }

        if (!fields.TryGetValue(argName, out var field))
            return $"has the config field {fieldName} = {Shorten(value.GetRawText())}, which kerasdsl does not know for {className}: " +
                "it may change the parameter count or the shapes, so " + Refusing + " Remove the field if Keras does not need it.";
        if (field.Harmless != null && !field.Harmless(value))
            return $"has {fieldName} = {Shorten(value.GetRawText())}, which kerasdsl does not model (it takes {className}'s {fieldName} only as " +
                $"{field.HarmlessValue}): it may change the parameter count or the shapes, so " + Refusing;
        return null;
    }

    private const string Refusing = "kerasdsl refuses to count the model rather than risk a wrong count.";

    /// <summary>
    /// The name of a quantized dtype policy, or null for a plain one. Keras 3 names a quantized policy
    /// <c>"{mode}_from_{source}"</c> (<c>int8_from_float32</c>; keras/src/dtype_policies) and serializes it as a
    /// QuantizedDTypePolicy, QuantizedFloat8DTypePolicy, GPTQDTypePolicy, ...; plain ones are strings, DTypePolicy
    /// (FloatDTypePolicy in Keras 3.0) or tf.keras 2.x's mixed-precision Policy.
    /// </summary>
    private static string? QuantizedPolicy(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                string name = value.GetString()!;
                return name.Contains("_from_", StringComparison.Ordinal) ? Shorten(value.GetRawText()) : null;
            case JsonValueKind.Object:
                string? className = StringProperty(value, "class_name") ?? StringProperty(value, "className");
                string? policyName = value.TryGetProperty("config", out var config) && config.ValueKind == JsonValueKind.Object
                    ? StringProperty(config, "name") : null;
                bool plainClass = className is "DTypePolicy" or "FloatDTypePolicy" or "Policy";
                if (plainClass && (policyName == null || !policyName.Contains("_from_", StringComparison.Ordinal))) return null;
                return className + (policyName == null ? "" : $" '{policyName}'");
            default:
                return null;
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The one value at which an <see cref="Kind.OnlyAt"/> field changes nothing ("null" also accepts 0).</summary>
    private static Func<JsonElement, bool> HarmlessAt(string value) => value switch
    {
        "null" => v => v.ValueKind == JsonValueKind.Null || (v.ValueKind == JsonValueKind.Number && v.GetRawText() == "0"),
        "false" => v => v.ValueKind is JsonValueKind.False or JsonValueKind.Null,
        "1" => v => v.ValueKind == JsonValueKind.Null || (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out double d) && d == 1),
        "raw" => v => v.ValueKind == JsonValueKind.Null || (v.ValueKind == JsonValueKind.String && v.GetString() == "raw"),
        "shape" => v => v.ValueKind is JsonValueKind.Null or JsonValueKind.Array,
        _ => throw new ArgumentException("no rule for " + value, nameof(value)),
    };

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}
