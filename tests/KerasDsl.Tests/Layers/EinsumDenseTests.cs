using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

/// <summary>
/// keras.layers.EinsumDense (keras/src/layers/core/einsum_dense.py). The table is Keras 3.15's own
/// einsum_dense_test.py (test_einsum_dense_basics), with the batch dim unknown instead of 2.
/// </summary>
public class EinsumDenseTests
{
    /// <summary>A shape argument from Python's spelling: "32", "()", "(None, 64)".</summary>
    internal static ArgValue Dims(string text)
    {
        text = text.Trim();
        if (!text.StartsWith('(')) return ArgValue.Of(long.Parse(text));
        var items = text.Trim('(', ')').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ArgValue.Tuple(items.Select(i => i == "None" ? ArgValue.Null : ArgValue.Of(long.Parse(i))).ToArray());
    }

    private static Node Einsum(string equation, string? biasAxes, string input, string outputShape, params Arg[] more)
    {
        var args = new List<Arg>
        {
            new("input", Dims(input)), new("equation", ArgValue.Of(equation)), new("outputShape", Dims(outputShape)),
            new("biasAxes", ArgValue.Of(biasAxes)),
        };
        args.AddRange(more);
        return SequentialModel.FromCalls(new[] { new LayerCall("EinsumDense", args.ToArray()) }).Nodes.Single();
    }

    private static string WeightShapes(Node node) =>
        string.Join("; ", node.Output!.Weights.Select(w => w.Name + " (" + string.Join(", ", w.Shape) + ")" + (w.Trainable ? "" : " non-trainable")));

    [Theory]
    [InlineData("ab,b->a", null, "(32,)", "()", "kernel (32)", "(None,)")]
    [InlineData("ab,bc->ac", null, "(32,)", "64", "kernel (32, 64)", "(None, 64)")]
    [InlineData("abc,cde->abde", null, "(1, 2)", "(1, 3, 4)", "kernel (2, 3, 4)", "(None, 1, 3, 4)")]
    [InlineData("abc,cde->abde", "e", "(1, 2)", "(1, 3, 4)", "kernel (2, 3, 4); bias (4)", "(None, 1, 3, 4)")]
    [InlineData("abc,cde->abde", "d", "(1, 2)", "(1, 3, 4)", "kernel (2, 3, 4); bias (3, 1)", "(None, 1, 3, 4)")]
    [InlineData("abc,cde->abde", "be", "(7, 2)", "(7, 3, 4)", "kernel (2, 3, 4); bias (7, 1, 4)", "(None, 7, 3, 4)")]
    [InlineData("BFNH,NHD->BFD", null, "(1, 2, 3)", "(1, 4)", "kernel (2, 3, 4)", "(None, 1, 4)")]
    [InlineData("abc,cd->abd", null, "(1, 2)", "(1, 4)", "kernel (2, 4)", "(None, 1, 4)")]
    [InlineData("i,d->id", null, "()", "(2,)", "kernel (2)", "(None, 2)")]
    [InlineData("ibd,nd->ibn", null, "(2, 1)", "(2, 2)", "kernel (2, 1)", "(None, 2, 2)")]
    [InlineData("...b,bc->...c", null, "(32,)", "(64,)", "kernel (32, 64)", "(None, 64)")]
    [InlineData("...bc,bc->...b", null, "(32, 64)", "(32,)", "kernel (32, 64)", "(None, 32)")]
    [InlineData("...b,bc->...c", null, "(3, 32)", "(64,)", "kernel (32, 64)", "(None, 3, 64)")]
    [InlineData("...c,cde->...de", null, "(1, 2)", "(3, 4)", "kernel (2, 3, 4)", "(None, 1, 3, 4)")]
    [InlineData("...c,cde->...de", "e", "(1, 2)", "(3, 4)", "kernel (2, 3, 4); bias (4)", "(None, 1, 3, 4)")]
    [InlineData("...c,cde->...de", "d", "(1, 2)", "(3, 4)", "kernel (2, 3, 4); bias (3, 1)", "(None, 1, 3, 4)")]
    [InlineData("...c,cde->...de", "de", "(1, 2)", "(3, 4)", "kernel (2, 3, 4); bias (3, 4)", "(None, 1, 3, 4)")]
    [InlineData("bc...,cd->bd...", null, "(1, 2, 3)", "(4,)", "kernel (1, 4)", "(None, 4, 2, 3)")]
    [InlineData("bc...,cde->bde...", null, "(1, 2)", "(3, 4)", "kernel (1, 3, 4)", "(None, 3, 4, 2)")]
    [InlineData("bc...,cde->bde...", "d", "(1, 2)", "(3, 4)", "kernel (1, 3, 4); bias (3, 1, 1)", "(None, 3, 4, 2)")]
    [InlineData("bc...,cde->bde...", "e", "(1, 2)", "(3, 4)", "kernel (1, 3, 4); bias (4, 1)", "(None, 3, 4, 2)")]
    [InlineData("bc...,cde->bde...", "de", "(1, 2)", "(3, 4)", "kernel (1, 3, 4); bias (3, 4, 1)", "(None, 3, 4, 2)")]
    public void Weights_and_output_are_Keras_3s_test_table(string equation, string? biasAxes, string input, string outputShape, string weights, string output)
    {
        var node = Einsum(equation, biasAxes, input, outputShape);
        Assert.Equal(weights, WeightShapes(node));
        Assert.Equal(output, node.Output!.Shape.ToString());
    }

    [Fact]
    public void A_biased_dense_as_the_docstring_writes_it()
    {
        var m = Sequential().EinsumDense("ab,bc->ac", 64, biasAxes: "c", input: 32);
        Last(m, "(None, 64)", 32 * 64 + 64);
        Assert.Equal("einsum_dense", m.Layers[0].Name);
    }

    [Fact]
    public void A_null_in_outputShape_stays_None_as_Keras_3_computes_the_output_shape()
    {
        // The docstring says (None, 32, 64), but Keras 3's compute_output_shape returns the output shape as given.
        var x = Input((32, 128)).EinsumDense("abc,cd->abd", (null, 64), biasAxes: "d");
        Assert.Equal("(None, None, 64)", x.Shape.ToString());
        Assert.Equal("(None, 32, 64)", Input((32, 128)).EinsumDense("...x,xy->...y", 64, biasAxes: "y").Shape.ToString());
    }

    [Fact]
    public void Left_elided_dims_come_out_in_Keras_s_order()
    {
        // _analyze_split_string inserts each leading input dim at position 1, so that dims 1..elided-1 come out reversed.
        Assert.Equal("(None, 7, 6, 5, 64)", Einsum("...b,bc->...c", null, "(5, 6, 7, 32)", "64").Output!.Shape.ToString());
    }

    [Fact]
    public void Extra_input_dims_without_an_ellipsis_are_appended_as_Keras_appends_them()
    {
        // "ab,bc->ac" on a rank-3 input: b is the input's dim 1, and the input's last dim is appended to the output.
        var node = Einsum("ab,bc->ac", null, "(5, 32)", "64");
        Assert.Equal("kernel (5, 64)", WeightShapes(node));
        Assert.Equal("(None, 64, 32)", node.Output!.Shape.ToString());
    }

    [Fact]
    public void A_weight_dim_is_taken_from_the_output_shape_first_as_Keras_3_15_takes_it()
    {
        // "...bc,bc->...b": b is in the input and the output; a null given for it in outputShape leaves the kernel's size
        // unknown in Keras 3.15 (earlier 3.x took the input's 32).
        Assert.Equal("KD0007", Assert.Throws<KerasModelException>(() => Einsum("...bc,bc->...b", null, "(32, 64)", "(None,)")).Id);
        Assert.Equal("kernel (32, 64)", WeightShapes(Einsum("...bc,bc->...b", null, "(32, 64)", "(32,)")));
    }

    [Fact]
    public void Lora_rank_factors_the_kernel_on_its_last_dim()
    {
        // Keras's test_lora_rank_argument: "ab,bcd->acd", (8, 32), input (None, 3): 2 trainable weights, 1 non-trainable.
        var node = Einsum("ab,bcd->acd", null, "(3,)", "(8, 32)", new Arg("loraRank", ArgValue.Of(2L)));
        Assert.Equal("kernel (3, 8, 32) non-trainable; lora_kernel_a (3, 8, 2); lora_kernel_b (2, 32)", WeightShapes(node));
        Assert.Equal(768 + 48 + 64, node.Output!.Params);
        Assert.Equal(48 + 64, node.Output.TrainableParams);
    }

    [Theory]
    [InlineData("ab,bc", "equation")]
    [InlineData("ab,bc->a1", "equation")]
    [InlineData("a...,ab->b...", "equation")]          // the right-elided form needs two letters before "..."
    [InlineData("ab,bc->ad", "equation")]              // d: in the output, in neither the input nor the weight
    [InlineData("ab,bcx->ac", "equation")]             // x: in the weight, in neither the input nor the output
    public void Bad_equations_are_refused_when_the_layer_is_made(string equation, string argument)
    {
        var e = Refused("KD0002", "einsum_dense", () => Sequential().EinsumDense(equation, 4));
        Assert.Equal(argument, e.Argument);
    }

    [Theory]
    [InlineData("z")]
    [InlineData("")]        // Keras's min() of no positions fails
    public void Bias_axes_outside_the_output_are_refused(string biasAxes) =>
        Assert.Equal("biasAxes", Refused("KD0002", "einsum_dense", () => Sequential().EinsumDense("ab,bc->ac", 4, biasAxes: biasAxes)).Argument);

    [Fact]
    public void An_equation_followed_by_other_text_is_read_as_Keras_s_re_match_reads_it() =>
        Last(Sequential().EinsumDense("ab,bc->ac and more", 4, input: 3), "(None, 4)", 12);

    [Fact]
    public void A_shared_dim_whose_output_size_is_not_the_input_s_is_refused()
    {
        var e = Refused("KD0008", "einsum_dense", () => Sequential().EinsumDense("abc,cd->abd", (7, 64), input: (32, 128)));
        Assert.Contains("shared dimension 'b'", e.Message);
    }

    [Fact]
    public void An_input_of_lower_rank_than_the_equation_is_refused() =>
        Refused("KD0001", "einsum_dense", () => Sequential().EinsumDense("abc,cd->abd", (null, 64), input: 128));

    [Fact]
    public void An_output_shape_too_short_for_the_equation_is_refused() =>
        Assert.Equal("outputShape", Refused("KD0002", "einsum_dense", () => Sequential().EinsumDense("ab,bc->ac", new PartialShape(), input: 3)).Argument);

    [Fact]
    public void An_unknown_kernel_dim_cannot_be_counted()
    {
        Refused("KD0007", "einsum_dense", () => Sequential().EinsumDense("ab,bc->ac", 4, input: new InputShape(new int?[] { null })));
        Refused("KD0007", "einsum_dense", () => Sequential().EinsumDense("ab,bc->ac", new PartialShape(new int?[] { null }), input: 3));
    }

    [Fact]
    public void Equation_and_output_shape_are_required()
    {
        RegularizationTests.AssertCoreRefused("KD0002", "equation", new LayerCall("EinsumDense", new Arg("input", ArgValue.Of(3L)), new Arg("outputShape", ArgValue.Of(4L))));
        RegularizationTests.AssertCoreRefused("KD0002", "outputShape", new LayerCall("EinsumDense", new Arg("input", ArgValue.Of(3L)), new Arg("equation", ArgValue.Of("ab,bc->ac"))));
    }

    [Fact]
    public void EinsumDense_factory_serves_TimeDistributed() =>
        Last(Sequential().TimeDistributed(EinsumDense("ab,bc->ac", 4, biasAxes: "c"), input: (5, 3)), "(None, 5, 4)", 16);
}
