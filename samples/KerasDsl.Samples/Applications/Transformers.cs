using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

public static partial class Applications
{
    /// <summary>
    /// BERT-base's encoder with its pooler, as keras-hub's BertBackbone builds it (vocabulary 30522, 512 positions,
    /// 2 token types, 12 layers, hidden 768, 12 heads, intermediate 3072): token, position and segment embeddings
    /// summed and normalized, 12 transformer encoder blocks (post-norm), and a tanh Dense on the first token.
    /// keras-hub's PositionEmbedding holds a learned (512, 768) table; here it is an Embedding of a position-ids input,
    /// the same weights. The sequence is the full 512 positions, which the pooler's crop needs (no count depends on it).
    /// Published: 109,482,240 params.
    /// </summary>
    [KerasModel]
    public static Model BertBase()
    {
        const int vocabulary = 30522, positions = 512, hidden = 768, heads = 12, intermediate = 3072, layers = 12;
        var tokenIds = Input(positions, name: "token_ids");
        var segmentIds = Input(positions, name: "segment_ids");
        var positionIds = Input(positions, name: "position_ids");

        var x = Add([
            tokenIds.Embedding(vocabulary, hidden, name: "token_embedding"),
            positionIds.Embedding(positions, hidden, name: "position_embedding"),
            segmentIds.Embedding(2, hidden, name: "segment_embedding"),
        ], name: "embeddings_add");
        x = x.LayerNormalization(epsilon: 1e-12, name: "embeddings_layer_norm").Dropout(0.1, name: "embeddings_dropout");

        for (int i = 0; i < layers; i++)
            x = TransformerEncoder(x, heads, hidden, intermediate, $"transformer_layer_{i}");

        var pooled = x
            .Cropping1D((0, positions - 1), name: "first_token")
            .Reshape(hidden, name: "first_token_flat")
            .Dense(hidden, activation: "tanh", name: "pooled_dense");
        return Model([tokenIds, segmentIds, positionIds], [x, pooled], name: "bert_backbone");
    }

    /// <summary>keras-hub's TransformerEncoder with normalize_first false (BERT): attention, add, norm; feed-forward, add, norm.</summary>
    private static Tensor TransformerEncoder(Tensor x, int heads, int hidden, int intermediate, string name)
    {
        var attention = MultiHeadAttention(heads, hidden / heads, dropout: 0.1, name: name + "_self_attention")
            .Apply(x, x)
            .Dropout(0.1, name: name + "_self_attention_dropout");
        x = Add([x, attention], name: name + "_self_attention_add")
            .LayerNormalization(epsilon: 1e-12, name: name + "_self_attention_layer_norm");
        var feedForward = x
            .Dense(intermediate, activation: "gelu", name: name + "_feedforward_intermediate_dense")
            .Dense(hidden, name: name + "_feedforward_output_dense")
            .Dropout(0.1, name: name + "_feedforward_dropout");
        return Add([x, feedForward], name: name + "_feedforward_add")
            .LayerNormalization(epsilon: 1e-12, name: name + "_feedforward_layer_norm");
    }

    /// <summary>
    /// GPT-2 small's backbone, as keras-hub's GPT2Backbone builds it (vocabulary 50257, 1024 positions, 12 layers,
    /// hidden 768, 12 heads, feed-forward 3072): token and position embeddings summed, 12 transformer decoder blocks
    /// (pre-norm, causal self-attention; the mask changes no weight), and a final layer norm. The output projection is
    /// the token embedding's transpose, so it adds nothing. The position table is an Embedding of a position-ids input,
    /// as in <see cref="BertBase"/>. Published: 124,439,808 params.
    /// </summary>
    [KerasModel]
    public static Model Gpt2Small()
    {
        const int vocabulary = 50257, positions = 1024, hidden = 768, heads = 12, intermediate = 3072, layers = 12;
        var tokenIds = Input(new InputShape((int?)null), name: "token_ids");
        var positionIds = Input(new InputShape((int?)null), name: "position_ids");

        var x = Add([
            tokenIds.Embedding(vocabulary, hidden, name: "token_embedding"),
            positionIds.Embedding(positions, hidden, name: "position_embedding"),
        ], name: "embeddings_add").Dropout(0.1, name: "embeddings_dropout");

        for (int i = 0; i < layers; i++)
            x = TransformerDecoder(x, heads, hidden, intermediate, $"transformer_layer_{i}");

        x = x.LayerNormalization(epsilon: 1e-5, name: "layer_norm");
        return Model([tokenIds, positionIds], x, name: "gpt2_backbone");
    }

    /// <summary>keras-hub's TransformerDecoder without cross-attention, normalize_first true (GPT-2).</summary>
    private static Tensor TransformerDecoder(Tensor x, int heads, int hidden, int intermediate, string name)
    {
        var normed = x.LayerNormalization(epsilon: 1e-5, name: name + "_self_attention_layer_norm");
        var attention = MultiHeadAttention(heads, hidden / heads, dropout: 0.1, name: name + "_self_attention")
            .Apply(normed, normed)
            .Dropout(0.1, name: name + "_self_attention_dropout");
        x = Add([x, attention], name: name + "_self_attention_add");
        var feedForward = x
            .LayerNormalization(epsilon: 1e-5, name: name + "_feedforward_layer_norm")
            .Dense(intermediate, activation: "gelu", name: name + "_feedforward_intermediate_dense")
            .Dense(hidden, name: name + "_feedforward_output_dense")
            .Dropout(0.1, name: name + "_feedforward_dropout");
        return Add([x, feedForward], name: name + "_feedforward_add");
    }
}
