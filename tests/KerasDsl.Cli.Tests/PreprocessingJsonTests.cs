using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// The layers real Sequential models use, read from Keras JSON: a model as a layer of a Sequential, the image
/// augmentation layers, the text and categorical preprocessing layers, and Lambda. The Data/keras3 files are in the
/// form Keras 3.15's <c>model.to_json()</c> writes (see Data/README.md); the inline ones in tf.keras 2.x's form.
/// </summary>
public class PreprocessingJsonTests
{
    private static string[] Rows(string file)
    {
        var run = Cli.Run("summary", "--format", "json", Cli.Data("keras3", file));
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Code);
        using var document = JsonDocument.Parse(Assert.Single(run.OutLines));
        var rows = document.RootElement.GetProperty("layers").EnumerateArray()
            .Select(l => $"{l.GetProperty("name").GetString()} {l.GetProperty("output_shape").GetRawText()} {l.GetProperty("params").GetInt64()}").ToList();
        rows.Add("total " + document.RootElement.GetProperty("total").GetInt64());
        return rows.ToArray();
    }

    private static (KerasModelException Error, string? Path) Refusal(string json)
    {
        var model = KerasJsonReader.ReadSequential(json);
        var error = Assert.Throws<KerasModelException>(() => model.Count());
        return (error, model.PathOf(error));
    }

    [Fact]
    public void The_tutorials_augmented_model_with_a_nested_Sequential_counts_3989285()
    {
        // tensorflow.org/tutorials/images/classification: data_augmentation (RandomFlip, RandomRotation, RandomZoom) first.
        var rows = Rows("augmentation-nested.json");
        Assert.Equal("sequential [null,180,180,3] 0", rows[0]);
        Assert.Equal("dense [null,128] 3965056", rows[^3]);
        Assert.Equal("total 3989285", rows[^1]);
    }

    [Fact]
    public void A_TextVectorization_adapted_before_saving_has_its_vocabulary_size_and_sequence_length()
    {
        Assert.Equal(new[] { "text_vectorization [null,500] 0", "embedding [null,500,128] 2560000", "global_max_pooling1d [null,128] 0",
            "dense [null,1] 129", "total 2560129" }, Rows("text-vectorization.json"));
    }

    [Fact]
    public void The_lookup_layers_have_Keras_3_shapes_and_no_params()
    {
        // Discretization's config after adapt() has both bin_boundaries (3: four bins) and num_bins, as Keras's from_config reads it.
        Assert.Equal(new[] { "string_lookup [null,4] 0", "dense [null,8] 40", "discretization [null,4] 0", "category_encoding [null,6] 0",
            "hashing [null,6] 0", "integer_lookup [null,4] 0", "total 40" }, Rows("lookups.json"));
    }

    [Fact]
    public void Tf_keras_2_augmentation_layers_are_read_with_their_fields()
    {
        var json = KerasJson.Sequential(
            KerasJson.Layer("RandomFlip", "\"name\": \"random_flip\", \"trainable\": true, \"batch_input_shape\": [null, 32, 32, 3], \"dtype\": \"float32\", \"mode\": \"horizontal\", \"seed\": null"),
            KerasJson.Layer("RandomRotation", "\"name\": \"random_rotation\", \"factor\": 0.1, \"fill_mode\": \"reflect\", \"fill_value\": 0.0, \"interpolation\": \"bilinear\", \"seed\": null"),
            KerasJson.Layer("RandomTranslation", "\"name\": \"random_translation\", \"height_factor\": 0.1, \"width_factor\": [-0.1, 0.2], \"fill_mode\": \"nearest\", \"fill_value\": 0.0, \"interpolation\": \"nearest\", \"seed\": 3"),
            KerasJson.Layer("RandomContrast", "\"name\": \"random_contrast\", \"factor\": 0.2, \"seed\": null"),
            KerasJson.Layer("RandomBrightness", "\"name\": \"random_brightness\", \"factor\": 0.2, \"value_range\": [0, 255], \"seed\": null"),
            KerasJson.Layer("RandomCrop", "\"name\": \"random_crop\", \"height\": 24, \"width\": 24, \"seed\": null"));
        var summary = KerasJsonReader.ReadSequential(json).Evaluate().Summarize();
        Assert.Equal("(None, 24, 24, 3)", summary.OutputShape.ToString());
        Assert.Equal(0, summary.TotalParams);
    }

    [Fact]
    public void An_unknown_flip_mode_in_a_file_is_refused_at_its_field()
    {
        var (error, path) = Refusal(KerasJson.Sequential(KerasJson.Input("[null, 8, 8, 3]"), KerasJson.Layer("RandomFlip", "\"name\": \"random_flip\", \"mode\": \"diagonal\"")));
        Assert.Equal("KD0003", error.Id);
        Assert.Equal("config.layers[1].config.mode", path);
    }

    [Fact]
    public void A_refusal_inside_a_nested_model_points_into_its_JSON()
    {
        var inner = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"block\", \"layers\": [" + KerasJson.Dense("inner", 4) + ", " +
            KerasJson.Layer("RandomRotation", "\"name\": \"rotation\", \"factor\": 3") + "]}}";
        var (error, path) = Refusal(KerasJson.Sequential(KerasJson.Input("[null, 8, 8, 3]"), inner));
        Assert.Equal("KD0002", error.Id);
        Assert.Equal("config.layers[1].config.layers[1].config.factor", path);
    }

    [Fact]
    public void A_nested_model_that_cannot_take_the_input_is_refused_at_its_entry()
    {
        var inner = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"block\", \"layers\": [" + KerasJson.Input("[null, 4]") + ", " + KerasJson.Dense("inner", 2) + "]}}";
        var (error, path) = Refusal(KerasJson.Sequential(KerasJson.Input("[null, 5]"), inner));
        Assert.Equal("KD0008", error.Id);
        Assert.Equal("config.layers[1]", path);
        var fits = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 4]"), inner, KerasJson.Dense("dense", 3))).Evaluate().Summarize();
        Assert.Equal(10 + 9, fits.TotalParams);
        Assert.Equal("block", fits.Rows[0].Name);
    }

    [Fact]
    public void A_Lambda_is_counted_with_its_output_shape_and_refused_without_one()
    {
        // tf.keras 2.x writes the shape raw; a function there (output_shape_type "lambda", or Keras 3's object) cannot be run.
        const string Function = "\"function\": [\"4wEAAAAAAAAA\", null, null], \"function_type\": \"lambda\", \"module\": \"__main__\", \"output_shape_module\": null, \"arguments\": {}";
        var raw = KerasJson.Sequential(KerasJson.Input("[null, 10]"), KerasJson.Layer("Lambda", "\"name\": \"lambda\", " + Function + ", \"output_shape\": [5, 2], \"output_shape_type\": \"raw\""));
        Assert.Equal("(None, 5, 2)", KerasJsonReader.ReadSequential(raw).Evaluate().Summarize().OutputShape.ToString());

        var code = Refusal(KerasJson.Sequential(KerasJson.Input("[null, 10]"), KerasJson.Layer("Lambda", "\"name\": \"lambda\", " + Function +
            ", \"output_shape\": [\"4wEAAAAAAAAA\", null, null], \"output_shape_type\": \"lambda\"")));
        Assert.Equal(("KD0018", "config.layers[1].config.output_shape_type"), (code.Error.Id, code.Path));

        var keras3 = Refusal(KerasJson.Sequential(KerasJson.Input("[null, 10]"), KerasJson.Layer("Lambda", "\"name\": \"lambda\", " +
            "\"function\": {\"class_name\": \"__lambda__\", \"config\": {\"code\": \"4wEA\"}}, \"output_shape\": {\"class_name\": \"__lambda__\", \"config\": {\"code\": \"4wEA\"}}")));
        Assert.Equal(("KD0018", "config.layers[1].config.output_shape"), (keras3.Error.Id, keras3.Path));
        Assert.Contains("not a function, which kerasdsl cannot run", keras3.Error.Message);

        var none = Refusal(KerasJson.Sequential(KerasJson.Input("[null, 10]"), KerasJson.Layer("Lambda", "\"name\": \"lambda\", \"function\": {\"class_name\": \"__lambda__\", \"config\": {}}")));
        Assert.Equal(("KD0002", "config.layers[1]"), (none.Error.Id, none.Path));
        Assert.Contains("Keras infers it by running the function", none.Error.Message);
    }
}
