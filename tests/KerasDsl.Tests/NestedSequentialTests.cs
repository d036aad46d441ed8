using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests;

/// <summary>
/// A model as a layer of a Sequential (keras/src/models/sequential.py, Keras's <c>Sequential([data_augmentation, ...])</c>):
/// one row named after the model, of its class, with all its layers' params; a built model added first gives the
/// Sequential its input shape (<c>_maybe_rebuild</c> reads the first layer's <c>input_shape</c>).
/// </summary>
public class NestedSequentialTests
{
    /// <summary>
    /// The TensorFlow image classification tutorial (tensorflow.org/tutorials/images/classification), whose summary
    /// prints "Total params: 3,989,285": data_augmentation (RandomFlip with input_shape (180, 180, 3), RandomRotation,
    /// RandomZoom) as the first layer of the model.
    /// </summary>
    [Fact]
    public void The_tutorials_model_with_its_data_augmentation_block_counts_3989285()
    {
        var dataAugmentation = Sequential().RandomFlip("horizontal", input: (180, 180, 3)).RandomRotation(0.1).RandomZoom(0.1);
        var model = Sequential()
            .Add(dataAugmentation)
            .Rescaling(1.0 / 255)
            .Conv2D(16, 3, padding: "same", activation: "relu").MaxPooling2D()
            .Conv2D(32, 3, padding: "same", activation: "relu").MaxPooling2D()
            .Conv2D(64, 3, padding: "same", activation: "relu").MaxPooling2D()
            .Dropout(0.2).Flatten().Dense(128, activation: "relu").Dense(5, name: "outputs");
        Assert.Equal(3989285, model.TotalParams);
        var row = model.Layers[0];
        Assert.Equal(("sequential", "Sequential", "(None, 180, 180, 3)", 0L), (row.Name, row.ClassName, row.OutputShape.ToString(), row.Params));
        Assert.Equal("sequential_1", model.Name);   // the block was made first
        Assert.Equal("(None, 5)", model.OutputShape.ToString());
        Assert.Contains("sequential (Sequential)", model.Summary());
    }

    [Fact]
    public void An_unbuilt_block_is_built_by_the_model_it_is_added_to()
    {
        // keras.io's style: the block has no input shape; the outer model's Input builds it.
        var dataAugmentation = Sequential().RandomFlip("horizontal").RandomRotation(0.1);
        var model = Sequential().Input((32, 32, 3)).Add(dataAugmentation).Conv2D(8, 3);
        Assert.Equal(new[] { ("sequential", "(None, 32, 32, 3)"), ("conv2d", "(None, 30, 30, 8)") },
            model.Layers.Select(r => (r.Name, r.OutputShape.ToString())));
        Assert.Equal(224, model.TotalParams);
    }

    [Fact]
    public void A_nested_model_row_has_all_its_layers_params()
    {
        var inner = Sequential(name: "encoder").Dense(8, input: 4).Dense(3);
        var model = Sequential().Add(inner).Dense(2);
        Assert.Equal(("encoder", "(None, 3)", 4 * 8 + 8 + 8 * 3 + 3L), (model.Layers[0].Name, model.Layers[0].OutputShape.ToString(), model.Layers[0].Params));
        Assert.Equal(67 + 8, model.TotalParams);
        Assert.Equal("sequential", model.Name);
    }

    [Fact]
    public void A_frozen_nested_model_counts_as_non_trainable()
    {
        var frozen = Sequential(trainable: false).Dense(8, input: 4);
        var model = Sequential().Add(frozen).Dense(2);
        Assert.Equal(40, model.NonTrainableParams);
        Assert.Equal(18, model.TrainableParams);
    }

    [Fact]
    public void A_nested_model_refuses_an_input_it_cannot_take()
    {
        var inner = Sequential().Dense(8, input: 4);
        var e = Refused("KD0008", "sequential", () => Sequential().Input(5).Add(inner));
        Assert.Contains("expects input of shape (None, 4)", e.Message);
    }

    [Fact]
    public void Layers_inside_a_nested_model_were_made_first_and_count_for_automatic_names()
    {
        var inner = Sequential().RandomFlip(input: (4, 4, 3)).Dense(2);
        var model = Sequential().Add(inner).RandomFlip().Flatten().Dense(1);
        Assert.Equal(new[] { "sequential", "random_flip_1", "flatten", "dense_1" }, model.Layers.Select(r => r.Name));
    }

    [Fact]
    public void Two_unnamed_blocks_are_numbered_in_the_order_they_were_made()
    {
        var first = Sequential().Dense(4, input: 4);
        var second = Sequential().Dense(4);
        var model = Sequential().Add(first).Add(second);
        Assert.Equal(new[] { "sequential", "sequential_1" }, model.Layers.Select(r => r.Name));
        Assert.Equal("sequential_2", model.Name);
        Assert.Equal(40, model.TotalParams);
    }

    [Fact]
    public void A_functional_model_is_a_layer_too()
    {
        var x = Input(3);
        var encoder = Model(x, x.Dense(2), name: "encoder");
        var model = Sequential().Add(encoder).Dense(1);
        Assert.Equal(("encoder", "Functional", "(None, 2)", 8L), (model.Layers[0].Name, model.Layers[0].ClassName, model.Layers[0].OutputShape.ToString(), model.Layers[0].Params));
        Assert.Equal(11, model.TotalParams);
    }

    [Fact]
    public void A_nested_block_shares_its_weights_with_the_models_it_is_in()
    {
        var shared = Sequential().Dense(8, input: 4);
        var a = Sequential().Add(shared).Dense(1);
        var b = Sequential().Add(shared).Dense(2);
        Assert.Equal(40 + 9, a.TotalParams);
        Assert.Equal(40 + 18, b.TotalParams);
        // In a functional model that applies both, the block's weights are counted once.
        var x = Input(4);
        Assert.Equal(40 + 9 + 18, Model(x, Concatenate([a.Apply(x), b.Apply(x)])).TotalParams);
    }
}
