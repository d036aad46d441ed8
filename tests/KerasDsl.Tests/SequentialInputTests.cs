using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests;

/// <summary>
/// <c>Input(shape)</c> as the first element of a Sequential, Keras 3's style (keras/src/models/sequential.py: <c>add</c>
/// takes the InputLayer of a <c>keras.Input</c> tensor; <c>layers</c> leaves it out, so the summary does not list it).
/// </summary>
public class SequentialInputTests
{
    /// <summary>keras.io's MNIST convnet (examples/vision/mnist_convnet.py), which prints "Total params: 34,826".</summary>
    private static Sequential MnistConvnet(Sequential start, InputShape firstInput = default) => start
        .Conv2D(32, (3, 3), activation: "relu", input: firstInput).MaxPooling2D((2, 2))
        .Conv2D(64, (3, 3), activation: "relu").MaxPooling2D((2, 2))
        .Flatten().Dropout(0.5).Dense(10, activation: "softmax");

    [Fact]
    public void The_Keras_MNIST_convnet_with_Input_first_counts_34826_and_lists_no_input_row()
    {
        var m = MnistConvnet(Sequential().Input((28, 28, 1)));
        Assert.Equal(34826, m.TotalParams);
        Assert.Equal(7, m.Layers.Count);
        Assert.Equal("conv2d", m.Layers[0].Name);
        Assert.Equal("(None, 26, 26, 32)", m.Layers[0].OutputShape.ToString());
        Assert.Equal("input_layer", m.Model.InputLayerName);
        // The same model with input: on its first layer prints the same summary.
        Assert.Equal(MnistConvnet(Sequential(), (28, 28, 1)).Summary(), m.Summary());
    }

    [Fact]
    public void Adding_the_tensor_of_an_Input_is_Keras_model_add()
    {
        var m = Sequential().Add(Input((28, 28, 1), name: "pixels")).Conv2D(8, 3);
        Assert.Equal("(None, 26, 26, 8)", m.OutputShape.ToString());
        Assert.Equal("pixels", m.Model.InputLayerName);
        Assert.Equal(80, m.TotalParams);
    }

    [Fact]
    public void A_batch_size_fixes_the_batch_dim_of_every_output()
    {
        var m = Sequential().Input(4, batchSize: 32).Dense(2);
        Assert.Equal("(32, 2)", m.OutputShape.ToString());
        Assert.Equal(10, m.TotalParams);
        Assert.Equal("(32, 4)", m.Model.InputShape!.ToString());
    }

    [Fact]
    public void A_model_of_an_Input_alone_is_built_and_has_no_layers()
    {
        var m = Sequential().Input((null, 8));
        Assert.True(m.IsBuilt);
        Assert.Empty(m.Layers);
        Assert.Equal(0, m.TotalParams);
        Assert.Equal("(None, None, 8)", m.OutputShape.ToString());
    }

    [Fact]
    public void An_Input_after_a_layer_or_a_second_Input_is_refused()
    {
        var after = Refused("KD0002", "input_layer", () => Sequential().Dense(2).Input(4));
        Assert.Contains("only be the first element", after.Message);
        Assert.Equal(1, after.LayerIndex);   // the Input's position among the model's elements
        var second = Refused("KD0002", "input_layer", () => Sequential().Input(4).Input(4));
        Assert.Contains("already been configured to use input shape (None, 4)", second.Message);
        // Keras makes an InputLayer for a first layer's input_shape, so an Input after it is a second one.
        Refused("KD0002", "input_layer", () => Sequential().Dense(2, input: 4).Input(2));
    }

    [Fact]
    public void Input_then_a_layer_with_input_is_refused_since_Keras_would_ignore_it()
    {
        var e = Refused("KD0002", "dense", () => Sequential().Input(4).Dense(2, input: 8));
        Assert.Equal("input", e.Argument);
        Assert.Contains("already Input (4,) (input_layer)", e.Message);
    }

    [Fact]
    public void The_Input_name_counts_among_the_layer_names()
    {
        Refused("KD0005", "x", () => Sequential().Input(4, name: "x").Dense(2, name: "x"));
        Refused("KD0005", "input_layer", () => Sequential().Input(4).Dense(2, name: "input_layer"));
    }

    [Fact]
    public void Only_the_tensor_of_an_Input_can_be_added()
    {
        var e = Assert.Throws<KerasModelException>(() => Sequential().Add(Input(4).Dense(2)));
        Assert.Equal("KD0002", e.Id);
        Assert.Contains("Only instances of keras.Layer", e.Message);
        Assert.Equal("shape", Assert.Throws<KerasModelException>(() => Sequential().Input(default)).Argument);
        Assert.Equal("dtype", Refused("KD0003", "input_layer", () => Sequential().Input(4, dtype: "str")).Argument);
    }

    [Fact]
    public void A_zero_size_input_dim_is_warned_once()
    {
        var m = Sequential().Input((0, 3)).Dense(2);
        Assert.Single(m.Warnings, w => w.Id == "KD0009" && w.Detail.Contains("input shape (None, 0, 3)"));
    }

    [Fact]
    public void Branches_of_one_chain_keep_their_own_inputs()
    {
        var empty = Sequential();
        var a = empty.Input((0, 3));
        var b = empty.Dense(2);
        Assert.NotEmpty(a.Warnings);
        Assert.Empty(b.Warnings);
        Assert.False(b.IsBuilt);
    }
}
