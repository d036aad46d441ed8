using System.Text.Json.Nodes;

namespace KerasDsl.Cli.Keras1;

/// <summary>Keras 1's Merge layer, and a Sequential whose first layer is a Merge of branch models.</summary>
internal sealed partial class LegacyConverter
{
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
}
