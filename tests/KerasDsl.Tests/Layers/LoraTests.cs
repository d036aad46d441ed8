using KerasDsl.Core;

namespace KerasDsl.Tests.Layers;

/// <summary>
/// Keras 3's lora_rank on Dense, Embedding and Conv1D/2D/3D (keras/src/layers/core/dense.py, embedding.py,
/// convolutional/base_conv.py: enable_lora): the matrix becomes non-trainable, lora_*_a (in, r) and lora_*_b (r, out) are
/// added, trainable. The C# API takes it as loraRank:, as Core reads it from the calls the CLI makes of Keras 3 JSON.
/// </summary>
public class LoraTests
{
    private static Arg A(string name, ArgValue value) => new(name, value);

    private static Node Only(params Arg[] args) =>
        SequentialModel.FromCalls(new[] { new LayerCall(args[0].Value.Text!, args.Skip(1).ToArray()) }).Nodes.Single();

    private static string Weights(Node node) => string.Join("; ", node.Output!.Weights.Select(w => w.ToString()));

    [Fact]
    public void Dense_with_lora_rank_has_a_frozen_kernel_and_two_trainable_matrices()
    {
        var node = Only(A("class", ArgValue.Of("Dense")), A("units", ArgValue.Of(4L)), A("loraRank", ArgValue.Of(2L)), A("input", ArgValue.Ints(3)));
        Assert.Equal("kernel (3, 4) non-trainable; bias (4); lora_kernel_a (3, 2); lora_kernel_b (2, 4)", Weights(node));
        Assert.Equal(30, node.Output!.Params);            // 12 + 4 + 6 + 8
        Assert.Equal(18, node.Output.TrainableParams);
    }

    [Fact]
    public void Embedding_with_lora_rank_has_frozen_embeddings_and_two_trainable_matrices()
    {
        var node = Only(A("class", ArgValue.Of("Embedding")), A("inputDim", ArgValue.Of(10L)), A("outputDim", ArgValue.Of(4L)),
            A("loraRank", ArgValue.Of(2L)), A("input", ArgValue.Ints(5)));
        Assert.Equal("embeddings (10, 4) non-trainable; lora_embeddings_a (10, 2); lora_embeddings_b (2, 4)", Weights(node));
        Assert.Equal(68, node.Output!.Params);            // 40 + 20 + 8
        Assert.Equal(28, node.Output.TrainableParams);
    }

    [Fact]
    public void Conv2D_with_lora_rank_factors_its_kernel_on_the_filters()
    {
        // base_conv.py enable_lora: lora_kernel_a (*kernel[:-1], r), lora_kernel_b (r, filters), after the bias.
        var model = Keras.Sequential().Conv2D(2, 3, loraRank: 2, loraAlpha: 4, input: (8, 8, 3));
        Assert.Equal("kernel (3, 3, 3, 2) non-trainable; bias (2); lora_kernel_a (3, 3, 3, 2); lora_kernel_b (2, 2)", Weights(model.Model.Nodes[0]));
        Assert.Equal(54 + 2 + 54 + 4, model.TotalParams);
        Assert.Equal(2 + 54 + 4, model.TrainableParams);
    }

    [Fact]
    public void The_runtime_takes_lora_rank_on_Dense_and_Embedding()
    {
        Assert.Equal(30, Keras.Sequential().Dense(4, loraRank: 2, input: 3).TotalParams);
        Assert.Equal(28, Keras.Sequential().Embedding(10, 4, loraRank: 2, input: 5).TrainableParams);
        Assert.Equal("KD0002", Assert.Throws<KerasModelException>(() => Keras.Sequential().Conv1D(2, 3, loraRank: 2, kernelConstraint: "max_norm", input: (8, 3))).Id);
    }

    [Fact]
    public void Rank_0_or_null_is_no_lora_as_in_Keras()
    {
        foreach (var rank in new[] { ArgValue.Of(0L), ArgValue.Null })
        {
            var node = Only(A("class", ArgValue.Of("Dense")), A("units", ArgValue.Of(4L)), A("loraRank", rank), A("input", ArgValue.Ints(3)));
            Assert.Equal("kernel (3, 4); bias (4)", Weights(node));
        }
    }

    [Fact]
    public void Trainable_false_freezes_the_lora_matrices_too()
    {
        var node = Only(A("class", ArgValue.Of("Dense")), A("units", ArgValue.Of(4L)), A("loraRank", ArgValue.Of(2L)),
            A("trainable", ArgValue.False), A("input", ArgValue.Ints(3)));
        Assert.Equal(30, node.Output!.Params);
        Assert.Equal(0, node.Output.TrainableParams);
    }

    [Fact]
    public void A_negative_rank_is_refused()
    {
        var e = Assert.Throws<KerasModelException>(() =>
            Only(A("class", ArgValue.Of("Dense")), A("units", ArgValue.Of(4L)), A("loraRank", ArgValue.Of(-1L)), A("input", ArgValue.Ints(3))));
        Assert.Equal(Diagnostics.InvalidArgumentId, e.Id);
        Assert.Equal("loraRank", e.Argument);
    }

    [Theory]
    [InlineData("Dense", "units", "kernelConstraint", "kernel")]
    [InlineData("Embedding", "outputDim", "embeddingsConstraint", "embedding")]
    public void Lora_with_a_constraint_on_its_matrix_is_refused_as_Keras_refuses_it(string className, string size, string constraint, string matrix)
    {
        var args = new List<Arg> { A("class", ArgValue.Of(className)), A(size, ArgValue.Of(4L)), A("loraRank", ArgValue.Of(2L)),
            A(constraint, ArgValue.Of("MaxNorm")), A("input", ArgValue.Ints(3)) };
        if (className == "Embedding") args.Add(A("inputDim", ArgValue.Of(10L)));
        var e = Assert.Throws<KerasModelException>(() => Only(args.ToArray()));
        Assert.Equal(Diagnostics.InvalidArgumentId, e.Id);
        Assert.Equal("loraRank", e.Argument);
        Assert.Contains($"Lora is incompatible with {matrix} constraints", e.Message);
    }
}
