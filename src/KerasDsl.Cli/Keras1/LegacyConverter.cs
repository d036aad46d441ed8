using System.Text.Json;
using System.Text.Json.Nodes;

namespace KerasDsl.Cli.Keras1;

/// <summary>Why a legacy file is not converted: where, which layer, and the words that follow the layer's name.</summary>
internal sealed record LegacyRefusal(string Path, string? LayerName, string Detail);

/// <summary>A converted model (Keras 2's form, for <see cref="KerasJsonReader"/>), where its parts came from, and what was assumed.</summary>
internal sealed record LegacyConversion(JsonObject Model, PathMap Map, IReadOnlyList<string> Notes);

/// <summary>
/// Rewrites a Keras 1 model (or a Keras 2.0-2.1 one with legacy parts) as Keras 2 reads it, into the Keras 2 JSON that
/// <see cref="KerasJsonReader"/> reads: each layer's config through its Keras 2 legacy interface
/// (<see cref="Keras1Interfaces"/>: renamed classes and arguments, converted values, the preprocessors), the
/// <c>Merge</c> layer as the merge layer of its mode, and a Sequential whose first layer is a <c>Merge</c> of branch
/// models as the functional model Keras 2 builds for it. What Keras 2 cannot read, or KerasDsl cannot count as Keras
/// 2 would, is refused (<see cref="LegacyRefusal"/>) rather than guessed.
/// </summary>
internal sealed class LegacyConverter
{
    private readonly LegacyEvidence evidence;
    private readonly bool keras1;
    private readonly bool gruResetBefore;
    private readonly PathMap map = new();
    private readonly List<string> notes = new();
    private readonly string? statedOrdering;
    private readonly bool orderingConflict;

    private LegacyConverter(LegacyEvidence evidence, JsonObject model)
    {
        this.evidence = evidence;
        keras1 = evidence.Kind == LegacyKind.Keras1;
        gruResetBefore = keras1 || (evidence.KerasVersion != null && LegacyFormat.WroteGruWithoutResetAfter(evidence.KerasVersion));
        var orderings = new HashSet<string>(StringComparer.Ordinal);
        CollectOrderings(model, orderings);
        orderingConflict = orderings.Count > 1;
        statedOrdering = orderings.Count == 1 ? orderings.First() : null;
    }

    /// <summary>Converts the model object at <paramref name="prefix"/>; throws <see cref="LegacyRefusalException"/> for what it cannot convert.</summary>
    public static LegacyConversion Convert(JsonElement model, string prefix, LegacyEvidence evidence)
    {
        var root = JsonNode.Parse(model.GetRawText(), documentOptions: new JsonDocumentOptions { MaxDepth = 256 })!.AsObject();
        var converter = new LegacyConverter(evidence, root);
        string path = prefix.TrimEnd('.');
        converter.ConvertModel(root, path, path, topLevel: true);
        return new LegacyConversion(root, converter.map, converter.notes);
    }

    // ---- models ----

    private void ConvertModel(JsonObject entry, string orig, string now, bool topLevel)
    {
        string? className = ClassOf(entry);
        var config = entry["config"];
        if (className == "Sequential")
        {
            var (layers, layersField) = SequentialLayers(config);
            if (layers == null) return;   // the reader says what is wrong with it
            if (layers.Count > 0 && layers[0] is JsonObject first && ClassOf(first) == "Merge")
            {
                if (!topLevel)
                    throw Refuse(Field(orig, "config"), NameOf(first), "is the Merge that starts a Sequential nested in another model: Keras 2 reads such a " +
                        "Sequential only as a whole model (keras/models.py, Sequential.legacy_from_config), and kerasdsl converts it only there. " +
                        "Save the nested Sequential as a model of its own");
                Flatten(entry, layers, Field(orig, "config" + layersField), now);
                return;
            }
            for (int i = 0; i < layers.Count; i++)
                ConvertLayer(layers[i], Item(Field(orig, "config" + layersField), i), Item(Field(now, "config" + layersField), i));
        }
        else if (config is JsonObject functional && functional["layers"] is JsonArray layers)
        {
            for (int i = 0; i < layers.Count; i++)
                ConvertLayer(layers[i], Item(Field(orig, "config.layers"), i), Item(Field(now, "config.layers"), i));
        }
    }

    /// <summary>A Sequential's layers: Keras 1 and Keras 2.0-2.2 write the bare list, later versions <c>{"layers": [...]}</c>.</summary>
    private static (JsonArray? Layers, string Field) SequentialLayers(JsonNode? config) => config switch
    {
        JsonArray list => (list, ""),
        JsonObject o when o["layers"] is JsonArray list => (list, ".layers"),
        _ => (null, ""),
    };

    // ---- layers ----

    private void ConvertLayer(JsonNode? node, string orig, string now)
    {
        if (node is not JsonObject entry || ClassOf(entry) is not { } className) return;   // the reader says what is wrong
        map.Add(now, orig);
        if (className is "Sequential" or "Model" or "Functional")
        {
            ConvertModel(entry, orig, now, topLevel: false);
            return;
        }
        if (entry["config"] is not JsonObject config) return;
        string origConfig = orig + ".config", nowConfig = now + ".config";
        if (className == "Merge")
        {
            ConvertMerge(entry, config, orig, now);
            return;
        }
        RefuseRemovedClass(className, config, orig);
        if (config["layer"] is JsonObject wrapped) ConvertLayer(wrapped, origConfig + ".layer", nowConfig + ".layer");
        if (keras1) ApplyInterface(entry, className, config, orig, now);
        if (className == "GRU" && gruResetBefore && !config.ContainsKey("reset_after"))
        {
            // Keras 1's GRU has one bias per gate (keras 1.2.2 recurrent.py), Keras 2's reset_after=False; Keras 2.1.5 added
            // the argument with that default, which Keras 3 and tf.keras 2 changed to True (two biases per gate).
            config["reset_after"] = false;
            map.AddAbsorbing(nowConfig + ".reset_after", orig);
            Note("a GRU is counted with reset_after=False, the GRU of Keras 1 and Keras 2 (Keras 3's default is True)");
        }
    }

    /// <summary>Classes Keras 2 does not read from a Keras 1 file, or reads as legacy layers KerasDsl does not model.</summary>
    private void RefuseRemovedClass(string className, JsonObject config, string orig)
    {
        string? why = className switch
        {
            "TimeDistributedDense" => "Keras 2 removed TimeDistributedDense and cannot read it. Write it as TimeDistributed(Dense(output_dim)), " +
                "which has the same weights",
            "MaxoutDense" or "Highway" => $"Keras 2.0 and 2.1 read {className} as a legacy layer (keras/legacy/layers.py) and Keras 2.2 removed it; " +
                "kerasdsl does not model it. Replace it with layers Keras 2 has",
            "ParametricSoftplus" or "SReLU" => $"Keras 2 moved {className} out of keras.layers (to keras-contrib) and cannot read it. " +
                "Replace it with a layer Keras 2 has",
            _ => null,
        };
        if (why != null)
            throw Refuse(Field(orig, "class_name"), StringField(config, "name"), $"is a {className} layer: {why}");
    }

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

    // ---- Merge ----

    /// <summary>
    /// keras/legacy/layers.py Merge, by its mode: 'sum', 'mul', 'ave' and 'max' are Add, Multiply, Average and Maximum
    /// (Merge checks the shapes are equal; these compute the same shape), 'concat' Concatenate on concat_axis, 'dot'
    /// Dot on dot_axes (Merge's and Keras 3's Dot's output shape rules are the same), 'cos' Dot with normalize (the shape
    /// Merge computes for 'cos' is its 'dot' shape). A mode given as a Python function has no shape rule to follow.
    /// </summary>
    private void ConvertMerge(JsonObject entry, JsonObject config, string orig, string now)
    {
        string origConfig = orig + ".config", nowConfig = now + ".config";
        string? name = StringField(config, "name");
        string modeType = StringField(config, "mode_type") ?? "raw";
        if (modeType != "raw")
            throw Refuse(origConfig + ".mode_type", name, $"is a Merge whose mode is a Python {modeType} (mode_type '{modeType}'): its output shape is what the " +
                "function computes, which kerasdsl cannot run. Replace it with a merge layer (Add, Concatenate, Dot, ...), or give the model as Keras 2 JSON");
        string? mode = StringField(config, "mode") ?? "sum";
        var merged = new JsonObject { ["name"] = name };
        if (config["trainable"] is { } trainable) merged["trainable"] = trainable.DeepClone();
        string? keras2Class;
        switch (mode)
        {
            case "sum": keras2Class = "Add"; break;
            case "mul": keras2Class = "Multiply"; break;
            case "ave": keras2Class = "Average"; break;
            case "max": keras2Class = "Maximum"; break;
            case "concat":
                keras2Class = "Concatenate";
                merged["axis"] = config["concat_axis"]?.DeepClone() ?? JsonValue.Create(-1);
                map.AddAbsorbing(nowConfig + ".axis", origConfig + ".concat_axis");
                break;
            case "dot":
            case "cos":
                keras2Class = "Dot";
                merged["axes"] = config["dot_axes"]?.DeepClone() ?? JsonValue.Create(-1);
                if (mode == "cos") merged["normalize"] = true;
                map.AddAbsorbing(nowConfig + ".axes", origConfig + ".dot_axes");
                break;
            default:
                throw Refuse(origConfig + ".mode", name, $"is a Merge with mode '{mode}', which Keras's Merge does not have: Keras 2 refuses it (\"Invalid merge mode\"). " +
                    "Use one of 'sum', 'mul', 'concat', 'ave', 'cos', 'dot', 'max'");
        }
        entry["class_name"] = keras2Class;
        entry["config"] = merged;
        map.AddAbsorbing(nowConfig, origConfig);
        Note("Merge is read as the Keras 2 merge layer of its mode (Add, Multiply, Average, Maximum, Concatenate, Dot)");
    }

    // ---- a Sequential that starts with a Merge of branch models ----

    /// <summary>
    /// keras/models.py (2.1.6) Sequential.legacy_from_config makes each branch a model and the first layer a Merge of
    /// their outputs; Sequential.build then makes <c>Model(branch inputs, last output)</c>, whose layers are the
    /// branches' layers, each branch's input named <c>{first layer}_input</c> as Sequential.add names it. The summary
    /// lists those layers, where Keras 2's legacy Sequential summary showed the Merge row alone (0 params); the totals,
    /// which Keras 2 takes over every layer (keras/legacy/models.py legacy_sequential_layers), are the same.
    /// </summary>
    private void Flatten(JsonObject entry, JsonArray layers, string origLayers, string now)
    {
        string nowLayers = Field(now, "config.layers");
        var built = new JsonArray();
        var inputs = new JsonArray();
        var output = AppendSequential(layers, origLayers, nowLayers, built, inputs);
        entry["class_name"] = "Model";
        entry["config"] = new JsonObject
        {
            ["name"] = "sequential",
            ["layers"] = built,
            ["input_layers"] = inputs,
            ["output_layers"] = new JsonArray(output),
        };
        map.AddAbsorbing(Field(now, "config.input_layers"), origLayers);
        map.AddAbsorbing(Field(now, "config.output_layers"), origLayers);
        Note("its first layer, a Merge of branch models, is read as the functional model Keras 2 builds for it (Sequential.build): the summary lists " +
            "the branches' layers, where Keras 2's legacy Sequential summary showed the Merge alone, and the totals are the same");
    }

    /// <summary>Appends a Sequential's layers as graph layers, each applied to the one before it; returns its output's reference.</summary>
    private JsonArray AppendSequential(JsonArray layers, string origLayers, string nowLayers, JsonArray built, JsonArray inputs)
    {
        JsonArray? previous = null;
        for (int i = 0; i < layers.Count; i++)
        {
            string orig = Item(origLayers, i);
            if (layers[i] is not JsonObject source || ClassOf(source) is not { } className)
                throw Refuse(orig, null, "is not a layer (an object with class_name and config) in a Sequential that starts with a Merge. Fix the entry");
            var entry = source.DeepClone().AsObject();
            if (i == 0 && className == "Merge")
            {
                previous = AppendMerge(entry, orig, nowLayers, built, inputs);
                continue;
            }
            int index = built.Count + (previous == null ? 1 : 0);
            string now = Item(nowLayers, index);
            ConvertLayer(entry, orig, now);
            string name = StringField(entry["config"] as JsonObject, "name")
                ?? throw Refuse(orig + ".config", null, "has no name: a layer of a Sequential that starts with a Merge is named in the graph Keras 2 builds. Give it one");
            if (previous == null) previous = AppendInput(entry, name, orig, nowLayers, built, inputs);
            entry["name"] = name;
            entry["inbound_nodes"] = new JsonArray(new JsonArray(previous));
            map.AddAbsorbing(now + ".inbound_nodes", orig);
            built.Add(entry);
            // A model used as a layer has a node of its own first, as Keras 2 (and 1) count them: its application is node 1.
            previous = Ref(name, IsModel(entry) ? 1 : 0);
        }
        return previous ?? throw Refuse(origLayers, null, "is a Sequential without layers, as a branch of a Merge. Give it its layers");
    }

    /// <summary>The InputLayer Keras 2's Sequential.add makes for its first layer: <c>Input(batch_shape, dtype, name=layer.name + '_input')</c>.</summary>
    private JsonArray AppendInput(JsonObject first, string firstName, string orig, string nowLayers, JsonArray built, JsonArray inputs)
    {
        var config = first["config"] as JsonObject;
        if (config?["batch_input_shape"] is not JsonArray shape)
            throw Refuse(orig + ".config", firstName, "is the first layer of a branch of a Merge and has no input shape (batch_input_shape): " +
                "Keras 2 refuses such a Sequential (\"The first layer in a Sequential model must get an input_shape\"). Give it one");
        string name = firstName + "_input";
        built.Add(new JsonObject
        {
            ["name"] = name,
            ["class_name"] = "InputLayer",
            ["config"] = new JsonObject
            {
                ["batch_input_shape"] = shape.DeepClone(),
                ["dtype"] = config["dtype"]?.DeepClone() ?? "float32",
                ["sparse"] = false,
                ["name"] = name,
            },
            ["inbound_nodes"] = new JsonArray(),
        });
        map.AddAbsorbing(Item(nowLayers, built.Count - 1), orig + ".config.batch_input_shape");
        inputs.Add(Ref(name, 0));
        return Ref(name, 0);
    }

    /// <summary>A Merge of branch models: each branch's layers, then the merge layer applied to the branches' outputs.</summary>
    private JsonArray AppendMerge(JsonObject entry, string orig, string nowLayers, JsonArray built, JsonArray inputs)
    {
        var config = entry["config"] as JsonObject;
        string? name = StringField(config, "name");
        if (config?["layers"] is not JsonArray { Count: >= 2 } branches)
            throw Refuse(orig + ".config.layers", name, "is a Merge that starts a Sequential but lists fewer than two branch models: Keras 2 refuses it " +
                "(\"A Merge should only be applied to a list of layers with at least 2 elements\"). List its branches");
        var outputs = new JsonArray();
        for (int b = 0; b < branches.Count; b++)
        {
            string branchOrig = Item(orig + ".config.layers", b);
            var branch = branches[b] as JsonObject;
            switch (branch == null ? null : ClassOf(branch))
            {
                case "Sequential":
                    var (layers, field) = SequentialLayers(branch!["config"]);
                    if (layers == null) throw Refuse(branchOrig + ".config", name, "is a branch Sequential without its list of layers. Fix the branch");
                    outputs.Add(AppendSequential(layers, branchOrig + ".config" + field, nowLayers, built, inputs));
                    break;
                case "Model" or "Functional":
                    outputs.Add(AppendFunctional(branch!, branchOrig, nowLayers, built, inputs));
                    break;
                default:
                    throw Refuse(branchOrig, name, "is a Merge that starts a Sequential, and this branch is not a model: Keras 2 merges the outputs of " +
                        "branch models there (Merge(layers=[model_1, model_2])), and a bare layer has none. Make the branch a Sequential");
            }
        }
        config!.Remove("layers");
        string now = Item(nowLayers, built.Count);
        ConvertMerge(entry, config, orig, now);
        entry["name"] = name;
        entry["inbound_nodes"] = new JsonArray(outputs);
        map.AddAbsorbing(now + ".inbound_nodes", orig);
        built.Add(entry);
        return Ref(name!, 0);
    }

    /// <summary>A functional branch model: its layers, as they are, its inputs the model's, its first output merged.</summary>
    private JsonArray AppendFunctional(JsonObject branch, string orig, string nowLayers, JsonArray built, JsonArray inputs)
    {
        if (branch["config"] is not JsonObject config || config["layers"] is not JsonArray layers
            || config["input_layers"] is not JsonArray branchInputs || config["output_layers"] is not JsonArray { Count: > 0 } outputs)
            throw Refuse(orig + ".config", null, "is a branch model without layers, input_layers and output_layers. Fix the branch");
        for (int j = 0; j < layers.Count; j++)
        {
            var layer = layers[j]!.DeepClone();
            ConvertLayer(layer, Item(orig + ".config.layers", j), Item(nowLayers, built.Count));
            built.Add(layer);
        }
        foreach (var input in branchInputs) inputs.Add(input?.DeepClone());
        // Merge takes the first output of each branch (tensor_indices default to 0).
        return (outputs[0] is JsonArray { Count: 3 } first && first[0] is JsonValue ? first : outputs).DeepClone().AsArray();
    }

    // ---- helpers ----

    private static JsonArray Ref(string layer, int node) => new(layer, node, 0);

    private static bool IsModel(JsonObject entry) => ClassOf(entry) is "Sequential" or "Model" or "Functional";

    private static string? ClassOf(JsonObject entry) =>
        entry["class_name"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static string? NameOf(JsonObject entry) => StringField(entry["config"] as JsonObject, "name");

    private static string? StringField(JsonObject? o, string field) =>
        o?[field] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static string? DataFormat(string dimOrdering) => dimOrdering switch
    {
        "tf" => "channels_last",
        "th" => "channels_first",
        _ => null,
    };

    /// <summary>Every dim_ordering a layer of the model states ('th' or 'tf'), as Keras 2's data_format.</summary>
    private static void CollectOrderings(JsonNode? node, HashSet<string> into)
    {
        var stack = new Stack<JsonNode?>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "dim_ordering" && value is JsonValue v && v.TryGetValue(out string? s) && DataFormat(s) is { } format) into.Add(format);
                        else stack.Push(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) stack.Push(item);
                    break;
            }
        }
    }

    private void Note(string note)
    {
        if (!notes.Contains(note)) notes.Add(note);
    }

    /// <summary>The refusal; an entry without a name is "the entry" in words, its path said beside them.</summary>
    private LegacyRefusalException Refuse(string path, string? layerName, string detail) =>
        new(new LegacyRefusal(path, layerName ?? "the entry", detail + ". " + Describe(evidence) + "."));

    /// <summary>What the file is, and the field that showed it, for every refusal's last sentence.</summary>
    internal static string Describe(LegacyEvidence evidence) => evidence.Kind == LegacyKind.Keras1
        ? $"The file is Keras 1 ({evidence.What}, at {evidence.Path}), read as Keras 2's legacy converters read it"
        : $"The file has what only Keras 2.0-2.1 wrote ({evidence.What}, at {evidence.Path}), read as Keras 2's legacy converters read it";

    private static string Field(string path, string field) => path.Length == 0 ? field : path + "." + field;

    private static string Item(string path, int i) => $"{path}[{i}]";
}

/// <summary>A legacy file the converter does not convert (<see cref="LegacyRefusal"/>).</summary>
internal sealed class LegacyRefusalException : Exception
{
    public LegacyRefusalException(LegacyRefusal refusal)
        : base(refusal.Detail)
    {
        Refusal = refusal;
    }

    public LegacyRefusal Refusal { get; }
}
