using System.Text.Json.Nodes;

namespace KerasDsl.Cli.Keras1;

/// <summary>Each layer's config through its Keras 2 legacy interface (keras 2.1.6 keras/legacy/interfaces.py).</summary>
internal sealed partial class LegacyConverter
{
    // ---- Keras 2's legacy interfaces ----

    private void ApplyInterface(JsonObject entry, string className, JsonObject config, string orig, string now)
    {
        string origConfig = orig + ".config", nowConfig = now + ".config";
        string? name = StringField(config, "name");
        Rename(config, Keras1Interface.InputDtype.Old, Keras1Interface.InputDtype.New, origConfig, nowConfig, name);
        var iface = Keras1Interfaces.Of(className);
        if (iface == null) return;

        Preprocess(iface.Preprocessor, className, config, origConfig, nowConfig, name);

        // value_conversions, as generate_legacy_interface applies them before renaming.
        if (iface.DimOrdering && config["dim_ordering"] is JsonValue ordering && ordering.TryGetValue(out string? dim))
        {
            if (dim == "default") config.Remove("dim_ordering");   // None: Keras 2's image_data_format, channels_last by default
            else if (DataFormat(dim) is { } format) config["dim_ordering"] = format;
        }
        if (iface.Preprocessor == Keras1Preprocessor.Recurrent && config["consume_less"] is JsonValue consume && consume.TryGetValue(out string? less))
        {
            int? implementation = less switch { "cpu" => 0, "mem" => 1, "gpu" => 2, _ => null };
            if (implementation != null) config["consume_less"] = implementation;
        }

        foreach (var (old, renamed) in iface.Renames)
            Rename(config, old, renamed, origConfig, nowConfig, name);

        if (iface.DimOrdering && Keras1Interfaces.OrderingUnwritten(className) && !config.ContainsKey("data_format"))
            InferOrdering(className, config, orig, nowConfig, name);

        if (iface.Keras2Class.Contains("Conv") && config["padding"] is JsonValue padding && padding.TryGetValue(out string? mode) && mode == "full")
            throw Refuse(origConfig + ".border_mode", name, $"is a {className} with border_mode 'full', Keras 1's Theano-only convolution, which Keras 2 " +
                "does not have (its paddings are 'valid', 'same' and 'causal'): Keras 2 refuses it. Use 'valid' after a ZeroPadding layer of kernel size - 1");

        foreach (var field in config.Select(p => p.Key).ToList())
            if (Keras1Interfaces.IsKeras1OnlyField(className, field))
                throw Refuse(origConfig + "." + field, name, $"is a {className} whose config field {field} Keras 2's converter does not take " +
                    "(keras/legacy/interfaces.py reads it only together with the fields it belongs with, e.g. nb_row with nb_col): Keras 2 refuses it. " +
                    "Write the field as Keras 1 writes it, or remove it");
        entry["class_name"] = iface.Keras2Class;
    }

    private void Preprocess(Keras1Preprocessor preprocessor, string className, JsonObject config, string origConfig, string nowConfig, string? name)
    {
        switch (preprocessor)
        {
            case Keras1Preprocessor.DenseInputDim:
                // keras/layers/core.py Dense.__init__: input_dim becomes input_shape=(input_dim,), which a batch_input_shape overrides.
                if (config.ContainsKey("input_dim"))
                {
                    var inputDim = config["input_dim"]?.DeepClone();
                    config.Remove("input_dim");
                    if (!config.ContainsKey("batch_input_shape") && inputDim is JsonValue)
                        SetInputShape(config, new JsonArray(null, inputDim), nowConfig, origConfig + ".input_dim");
                }
                break;
            case Keras1Preprocessor.EmbeddingDropout:
                config.Remove("dropout");   // Keras 2 drops it with a warning: SpatialDropout1D is its replacement
                break;
            case Keras1Preprocessor.Recurrent:
                ForgetBias(config, origConfig, nowConfig);
                InputDimAndLength(config, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.Conv1D:
                InputDimAndLength(config, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.Atrous1D:
                InputDimAndLength(config, origConfig, nowConfig);
                Atrous(config, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.Conv2D:
                KernelSize(config, new[] { "nb_row", "nb_col" }, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.Atrous2D:
                KernelSize(config, new[] { "nb_row", "nb_col" }, origConfig, nowConfig);
                Atrous(config, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.SeparableConv2D:
                if (config.ContainsKey("init"))
                {
                    var init = config["init"];
                    config["depthwise_initializer"] = init?.DeepClone();
                    config["pointwise_initializer"] = init?.DeepClone();
                    config.Remove("init");
                }
                KernelSize(config, new[] { "nb_row", "nb_col" }, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.Deconv2D:
                if (config.Remove("output_shape"))
                    Note("a Deconvolution2D's output_shape is dropped, as Keras 2 drops it (keras/legacy/interfaces.py, deconv2d_args_preprocessor): " +
                        "its output shape is Conv2DTranspose's own");
                KernelSize(config, new[] { "nb_row", "nb_col" }, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.Conv3D:
                KernelSize(config, new[] { "kernel_dim1", "kernel_dim2", "kernel_dim3" }, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.ConvLstm2D:
                ForgetBias(config, origConfig, nowConfig);
                KernelSize(config, new[] { "nb_row", "nb_col" }, origConfig, nowConfig);
                break;
            case Keras1Preprocessor.BatchNorm:
                if (config.ContainsKey("mode"))
                {
                    var modeNode = config["mode"];
                    if (!(modeNode is JsonValue v && v.TryGetValue(out long mode) && mode == 0))
                        throw Refuse(origConfig + ".mode", name, $"is a BatchNormalization with mode {modeNode?.ToJsonString() ?? "null"}: Keras 2 supports only " +
                            "mode 0 (feature-wise, the one Keras 2 has) and refuses 1 and 2 (keras/legacy/interfaces.py, batchnorm_args_preprocessor). " +
                            "Use mode 0 if the model can be retrained with it");
                    config.Remove("mode");
                }
                break;
            case Keras1Preprocessor.ZeroPadding2D:
                ZeroPadding(className, config, origConfig, name);
                break;
        }
    }

    /// <summary>recurrent_args_preprocessor and convlstm2d_args_preprocessor: forget_bias_init 'one' is unit_forget_bias=True; any other is dropped.</summary>
    private void ForgetBias(JsonObject config, string origConfig, string nowConfig)
    {
        if (!config.ContainsKey("forget_bias_init")) return;
        var init = config["forget_bias_init"];
        config.Remove("forget_bias_init");
        if (init is JsonValue v && v.TryGetValue(out string? s) && s == "one")
        {
            config["unit_forget_bias"] = true;
            map.Add(nowConfig + ".unit_forget_bias", origConfig + ".forget_bias_init");
        }
    }

    /// <summary>recurrent_args_preprocessor and conv1d_args_preprocessor: input_dim and input_length become input_shape=(input_length, input_dim).</summary>
    private void InputDimAndLength(JsonObject config, string origConfig, string nowConfig)
    {
        if (!config.ContainsKey("input_dim")) return;
        var inputDim = config["input_dim"]?.DeepClone();
        var inputLength = config["input_length"]?.DeepClone();
        config.Remove("input_dim");
        config.Remove("input_length");
        if (!config.ContainsKey("batch_input_shape") && inputDim is JsonValue)
            SetInputShape(config, new JsonArray(null, inputLength, inputDim), nowConfig, origConfig + ".input_dim");
    }

    private void SetInputShape(JsonObject config, JsonArray batchShape, string nowConfig, string origField)
    {
        config["batch_input_shape"] = batchShape;
        map.AddAbsorbing(nowConfig + ".batch_input_shape", origField);
    }

    /// <summary>conv2d/conv3d_args_preprocessor: the kernel's dims, given as separate fields, become kernel_size when all are there.</summary>
    private void KernelSize(JsonObject config, string[] fields, string origConfig, string nowConfig)
    {
        if (fields.Any(f => !config.ContainsKey(f))) return;
        var size = new JsonArray();
        foreach (var f in fields)
        {
            size.Add(config[f]?.DeepClone());
            config.Remove(f);
        }
        config["kernel_size"] = size;
        map.AddAbsorbing(nowConfig + ".kernel_size", origConfig + "." + fields[0]);
    }

    /// <summary>keras/legacy/layers.py AtrousConvolution1D/2D: atrous_rate (1 when absent) becomes dilation_rate.</summary>
    private void Atrous(JsonObject config, string origConfig, string nowConfig)
    {
        var rate = config["atrous_rate"] ?? JsonValue.Create(1);
        config.Remove("atrous_rate");
        config["dilation_rate"] = rate.DeepClone();
        map.AddAbsorbing(nowConfig + ".dilation_rate", origConfig + ".atrous_rate");
    }

    /// <summary>
    /// zeropadding2d_args_preprocessor: a dict of top_pad, bottom_pad, left_pad and right_pad becomes ((top, bottom),
    /// (left, right)). Keras 1 also took a list of those four, which Keras 2's ZeroPadding2D refuses ("`padding` should
    /// have two elements").
    /// </summary>
    private void ZeroPadding(string className, JsonObject config, string origConfig, string? name)
    {
        switch (config["padding"])
        {
            case JsonObject pads when pads.All(p => p.Key is "top_pad" or "bottom_pad" or "left_pad" or "right_pad"):
                JsonNode Pad(string key) => pads[key]?.DeepClone() ?? JsonValue.Create(0);
                config["padding"] = new JsonArray(new JsonArray(Pad("top_pad"), Pad("bottom_pad")), new JsonArray(Pad("left_pad"), Pad("right_pad")));
                break;
            case JsonArray { Count: 4 } four:
                throw Refuse(origConfig + ".padding", name, $"is a {className} with padding {four.ToJsonString()}, Keras 1's (top, bottom, left, right), " +
                    "which Keras 2 refuses (\"`padding` should have two elements\"). Write it as Keras 2 does, " +
                    $"[[{four[0]}, {four[1]}], [{four[2]}, {four[3]}]]");
        }
    }

    /// <summary>
    /// Keras 1's ZeroPadding2D/3D, UpSampling2D/3D and Cropping2D/3D take dim_ordering but do not write it: it was the
    /// writer's default (keras.json's image_dim_ordering), the one every layer that writes it states. When the model
    /// states one, the layer takes it; when it states none, Keras 2's default (channels_last); when it states both, no
    /// reading is sure, and the layer is refused.
    /// </summary>
    private void InferOrdering(string className, JsonObject config, string orig, string nowConfig, string? name)
    {
        if (orderingConflict)
            throw Refuse(orig, name, $"is a {className}, whose dim_ordering Keras 1 does not write (it was the writer's default), and the model's " +
                "other layers state both 'th' and 'tf', so which one it used cannot be told. Add \"dim_ordering\": \"th\" or \"tf\" to its config");
        if (statedOrdering == null)
        {
            Note($"{className} has no dim_ordering in a Keras 1 file and no layer states one: it is read as Keras 2 reads it, channels_last");
            return;
        }
        config["data_format"] = statedOrdering;
        map.AddAbsorbing(nowConfig + ".data_format", orig);
        Note($"{className} has no dim_ordering in a Keras 1 file (it was the writer's default): it takes {statedOrdering}, the dim_ordering the model's other layers state");
    }

    private void Rename(JsonObject config, string old, string renamed, string origConfig, string nowConfig, string? name)
    {
        if (!config.TryGetPropertyValue(old, out var value)) return;
        if (config.ContainsKey(renamed))
            throw Refuse(origConfig + "." + old, name, $"has both the Keras 1 field {old} and the Keras 2 field {renamed}: Keras 2 refuses a layer given both " +
                "(keras/legacy/interfaces.py, \"Stick to the latter!\"). Remove one of them");
        config.Remove(old);
        config[renamed] = value;
        map.Add(nowConfig + "." + renamed, origConfig + "." + old);
    }
}
