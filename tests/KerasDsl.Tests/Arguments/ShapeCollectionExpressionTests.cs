using KerasDsl.Core;
using static KerasDsl.Keras;

namespace KerasDsl.Tests.Arguments;

/// <summary>
/// Shapes as C# 12 collection expressions (this project's LangVersion is the SDK's latest): the one-dim shape a tuple
/// cannot spell, Keras's <c>(None,)</c>, is <c>[null]</c>, and every other shape may be written the same way. The record
/// Core gets is the one the tuple spelling gives, so the analyzer and the runtime agree whichever is written.
/// </summary>
public class ShapeCollectionExpressionTests
{
    [Fact]
    public void A_variable_length_sequence_input_is_null_in_brackets()
    {
        var model = Sequential().Embedding(10_000, 16, input: [null]).GlobalAveragePooling1D().Dense(1);
        Assert.Equal("(None, None, 16)", model.Layers[0].OutputShape.ToString());
        Assert.Equal(160_017, model.TotalParams);
    }

    [Fact]
    public void Brackets_give_the_record_a_tuple_gives()
    {
        Assert.Equal(((InputShape)(28, 28, 1)).ToString(), Shape([28, 28, 1]).ToString());
        Assert.Equal(((InputShape)(null, 5)).ToString(), Shape([null, 5]).ToString());
        Assert.Equal(((InputShape)3).ToString(), Shape([3]).ToString());
        Assert.Equal("(None,)", Shape([null]).ToString());
        Assert.Equal("()", Shape([]).ToString());
        Assert.Equal(((Size)(3, 3)).ToString(), Sizes([3, 3]).ToString());
        Assert.Equal("(3,)", Sizes([3]).ToString());
        Assert.Equal("(None,)", Partial([null]).ToString());
    }

    [Fact]
    public void An_input_of_unknown_length_in_a_functional_model()
    {
        var tokens = Input([null], name: "tokens");
        Assert.Equal("(None, None)", tokens.Shape.ToString());
        var model = Model(tokens, tokens.Embedding(100, 8).LSTM(4));
        Assert.Equal(800 + 4 * (8 + 4 + 1) * 4, model.TotalParams);
    }

    [Fact]
    public void An_empty_shape_is_Kerass_scalar_input()
    {
        // keras.Input(shape=()) is one value per sample: (None,).
        Assert.Equal("(None,)", Input([]).Shape.ToString());
        Assert.False(default(InputShape).IsSpecified);
        Assert.True(Shape([]).IsSpecified);
    }

    [Fact]
    public void Sizes_and_partial_shapes_take_brackets()
    {
        Assert.Equal("(None, 13, 13, 8)", Sequential().Conv2D(8, [3, 3], strides: [2, 2], input: [28, 28, 1]).OutputShape.ToString());
        var e = Assert.Throws<KerasModelException>(() => Sequential().Conv2D(8, [3], input: [28, 28, 1]));
        Assert.Contains("found (3,)", e.Message);
        // An empty [] is given, not Keras's default: refused as Keras refuses an empty kernel_size. Six or more values are held too.
        Assert.Contains("found ()", Assert.Throws<KerasModelException>(() => Sequential().Conv2D(8, [], input: [28, 28, 1])).Message);
        Assert.Equal("(None, 1, 2, 1, 3, 2, 2)", Sequential().Reshape([1, 2, 1, 3, 2, 2], input: 24).OutputShape.ToString());
        // A null of output_shape stays None, as Keras 3 computes it.
        Assert.Equal("(None, None, 64)", Sequential().EinsumDense("abc,cd->abd", [null, 64], input: (5, 3)).OutputShape.ToString());
    }

    [Fact]
    public void The_brackets_enumerate_the_dims()
    {
        var dims = new List<int?>();
        foreach (var d in Shape([null, 8])) dims.Add(d);
        Assert.Equal(new int?[] { null, 8 }, dims);
    }

    // A cast cannot take brackets ((InputShape)[3] is an index); a parameter can, as layer methods' do.
    private static InputShape Shape(InputShape shape) => shape;

    private static Size Sizes(Size size) => size;

    private static PartialShape Partial(PartialShape shape) => shape;
}
