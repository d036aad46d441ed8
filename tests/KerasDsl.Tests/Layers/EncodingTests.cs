using KerasDsl.Core;
using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests.Layers;

/// <summary>
/// The text and categorical preprocessing layers (keras/src/layers/preprocessing, Keras 3.15): their shapes as
/// <c>compute_output_shape</c> computes them, no weights, and their constructors' checks. The encodings' sizes are the
/// vocabulary's tokens plus the OOV indices (and the mask index in "int" mode), as IndexLookup counts them.
/// </summary>
public class EncodingTests
{
    private static readonly string[] Abc = { "a", "b", "c" };

    private static Sequential Strings(InputShape shape) => Sequential().Input(shape, dtype: "string");

    /// <summary>Keras's <c>shape=()</c>: one value per sample, (batch,) with the batch dim.</summary>
    private static readonly InputShape Scalar = new(Array.Empty<int?>());

    // ---- TextVectorization (keras/src/layers/preprocessing/text_vectorization.py) ----

    [Fact]
    public void TextVectorization_in_int_mode_gives_the_batch_and_the_sequence_length()
    {
        // The end-to-end text model of the Keras tutorials: Input(shape=(1,), dtype="string"), TextVectorization(max_tokens=20000,
        // output_sequence_length=500), Embedding(20000, 128).
        var m = Strings(1).TextVectorization(maxTokens: 20000, outputSequenceLength: 500).Embedding(20000, 128);
        Assert.Equal("(None, 500)", m.Layers[0].OutputShape.ToString());
        Assert.Equal(0, m.Layers[0].Params);
        Assert.Equal(20000 * 128, m.TotalParams);
        Last(Strings(1).TextVectorization(), "(None, None)", 0);
        Last(Strings(Scalar).TextVectorization(outputSequenceLength: 8), "(None, 8)", 0);   // (batch,) strings
    }

    [Fact]
    public void TextVectorization_encodings_have_the_vocabularys_size_plus_the_OOV_index()
    {
        // Splitting appends a tokens axis, which multi_hot, count and tf_idf replace: (None, 1) -> (None, 1, None) -> (None, 1, 4).
        Last(Strings(1).TextVectorization(outputMode: "multi_hot", vocabulary: Abc), "(None, 1, 4)", 0);
        Last(Strings(Scalar).TextVectorization(outputMode: "count", vocabulary: Abc), "(None, 4)", 0);
        Last(Strings(1).TextVectorization(outputMode: "tf_idf", vocabulary: Abc, idfWeights: [0.5, 0.25, 1.0]), "(None, 1, 4)", 0);
        Last(Strings(Scalar).TextVectorization(outputMode: "one_hot", vocabulary: Abc), "(None, None, 4)", 0);
        // Not split: a rank-1 input gets an axis of 1; (None, 1) stays as it is.
        Last(Strings(1).TextVectorization(split: TextSplit.None, outputMode: "multi_hot", vocabulary: Abc), "(None, 4)", 0);
        Last(Strings(Scalar).TextVectorization(split: TextSplit.None, outputMode: "binary", vocabulary: Abc), "(None, 4)", 0);
        // padToMaxTokens: maxTokens; after adapt(): Keras's config keeps vocabulary_size; neither: unknown, as in Keras.
        Last(Strings(1).TextVectorization(maxTokens: 100, outputMode: "multi_hot", padToMaxTokens: true), "(None, 1, 100)", 0);
        Last(Strings(1).TextVectorization(outputMode: "multi_hot", vocabularySize: 7), "(None, 1, 7)", 0);
        Last(Strings(1).TextVectorization(outputMode: "multi_hot"), "(None, 1, None)", 0);
    }

    [Fact]
    public void TextVectorization_counts_the_mask_and_OOV_tokens_against_maxTokens()
    {
        // "int" mode has the mask index too: 2 + 3 tokens = 5 entries, more than maxTokens 4.
        Assert.Equal("vocabulary", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(maxTokens: 4, vocabulary: Abc)).Argument);
        Last(Strings(1).TextVectorization(maxTokens: 5, vocabulary: Abc, outputSequenceLength: 3), "(None, 3)", 0);
        Last(Strings(1).TextVectorization(maxTokens: 4, outputMode: "multi_hot", vocabulary: Abc), "(None, 1, 4)", 0);
        // A vocabulary that starts with the mask and OOV tokens, exactly, has them dropped.
        Last(Strings(1).TextVectorization(maxTokens: 5, vocabulary: ["", "[UNK]", "a", "b", "c"]), "(None, None)", 0);
        Assert.Equal("vocabulary", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(vocabulary: ["a", ""])).Argument);
        Assert.Equal("vocabulary", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(vocabulary: ["a", "b", "a"])).Argument);
        Assert.Equal("vocabulary", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(vocabulary: [])).Argument);
    }

    [Fact]
    public void TextVectorization_refuses_what_its_constructor_refuses()
    {
        Assert.Equal("outputSequenceLength", Refused("KD0002", "text_vectorization",
            () => Strings(1).TextVectorization(outputMode: "multi_hot", outputSequenceLength: 10)).Argument);
        Assert.Equal("ragged", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(outputMode: "count", ragged: true)).Argument);
        Assert.Equal("standardize", Refused("KD0003", "text_vectorization", () => Strings(1).TextVectorization(standardize: "upper")).Argument);
        Assert.Equal("split", Refused("KD0003", "text_vectorization", () => Strings(1).TextVectorization(split: "comma")).Argument);
        // C#'s null is "not given", Keras's None "no splitting" (another output shape): a null is refused, TextSplit.None spells None.
        var nullSplit = Assert.Throws<KerasModelException>(() => Strings(1).TextVectorization(split: (string?)null));
        Assert.Equal(("KD0003", "split"), (nullSplit.Id, nullSplit.Argument));
        Assert.Contains("TextSplit.None", nullSplit.Message);
        Assert.Equal(TextSplit.Character, (TextSplit)"character");
        Assert.Equal("outputMode", Refused("KD0003", "text_vectorization", () => Strings(1).TextVectorization(outputMode: "tfidf")).Argument);
        Assert.Equal("idfWeights", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(outputMode: "tf_idf", vocabulary: Abc)).Argument);
        Assert.Equal("idfWeights", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(vocabulary: Abc, idfWeights: [1.0, 1.0, 1.0])).Argument);
        Assert.Equal("idfWeights", Refused("KD0002", "text_vectorization",
            () => Strings(1).TextVectorization(outputMode: "tf_idf", vocabulary: Abc, idfWeights: [1.0])).Argument);
        Assert.Equal("padToMaxTokens", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(outputMode: "count", padToMaxTokens: true)).Argument);
        Assert.Equal("maxTokens", Refused("KD0002", "text_vectorization", () => Strings(1).TextVectorization(maxTokens: 1)).Argument);
        Assert.Equal("vocabularySize", Refused("KD0002", "text_vectorization",
            () => Strings(1).TextVectorization(outputMode: "multi_hot", vocabulary: Abc, vocabularySize: 9)).Argument);
        RegularizationTests.AssertCoreRefused("KD0002", "ngrams", new LayerCall("TextVectorization", new Arg("input", ArgValue.Ints(1)), new Arg("ngrams", ArgValue.Of("2"))));
    }

    [Fact]
    public void TextVectorization_that_splits_needs_one_string_per_sample()
    {
        var e = Refused("KD0008", "text_vectorization", () => Strings(5).TextVectorization());
        Assert.Contains("the last shape dimension must be 1", e.Message);
        Last(Strings(5).TextVectorization(split: TextSplit.None, outputSequenceLength: 5), "(None, 5)", 0);
    }

    [Fact]
    public void An_unadapted_encoding_of_unknown_size_cannot_feed_a_Dense() =>
        Refused("KD0007", "dense", () => Strings(Scalar).TextVectorization(outputMode: "multi_hot").Dense(4));

    // ---- StringLookup and IntegerLookup (string_lookup.py, integer_lookup.py, index_lookup.py) ----

    [Fact]
    public void StringLookup_keeps_the_shape_in_int_mode_and_encodes_otherwise()
    {
        Last(Strings(3).StringLookup(vocabulary: Abc), "(None, 3)", 0);
        Last(Strings(1).StringLookup(vocabulary: Abc, outputMode: "one_hot"), "(None, 4)", 0);       // a last dim of 1 is replaced
        Last(Strings(3).StringLookup(vocabulary: Abc, outputMode: "one_hot"), "(None, 3, 4)", 0);    // each element encoded
        Last(Strings(3).StringLookup(vocabulary: Abc, outputMode: "multi_hot"), "(None, 4)", 0);
        Last(Strings((2, 3)).StringLookup(vocabulary: Abc, outputMode: "count"), "(None, 2, 4)", 0);
        Last(Strings(3).StringLookup(vocabulary: Abc, outputMode: "multi_hot", numOovIndices: 2), "(None, 5)", 0);
        // The mask token has an index only in "int" mode.
        Last(Strings(3).StringLookup(vocabulary: Abc, outputMode: "multi_hot", maskToken: ""), "(None, 4)", 0);
        Last(Strings(3).StringLookup(maxTokens: 10, outputMode: "multi_hot", padToMaxTokens: true), "(None, 10)", 0);
        Last(Strings(3).StringLookup(outputMode: "multi_hot"), "(None, None)", 0);
    }

    [Fact]
    public void StringLookup_refuses_what_IndexLookup_refuses()
    {
        Assert.Equal("outputMode", Refused("KD0002", "string_lookup", () => Strings(3).StringLookup(vocabulary: Abc, invert: true, outputMode: "count")).Argument);
        Assert.Equal("sparse", Refused("KD0002", "string_lookup", () => Strings(3).StringLookup(vocabulary: Abc, sparse: true)).Argument);
        Assert.Equal("numOovIndices", Refused("KD0002", "string_lookup", () => Strings(3).StringLookup(numOovIndices: -1)).Argument);
        Assert.Equal("outputMode", Refused("KD0003", "string_lookup", () => Strings(3).StringLookup(outputMode: "ints")).Argument);
        Assert.Equal("vocabulary", Refused("KD0002", "string_lookup", () => Strings(3).StringLookup(vocabulary: ["a", "[UNK]"], invert: true)).Argument);
        Last(Strings(3).StringLookup(vocabulary: ["a", "[UNK]"]), "(None, 3)", 0);   // the OOV token is checked only when inverting
        RegularizationTests.AssertCoreRefused("KD0002", "vocabulary", new LayerCall("StringLookup", new Arg("input", ArgValue.Ints(3)),
            new Arg("vocabulary", ArgValue.Ints(1, 2))));
    }

    [Fact]
    public void A_vocabulary_file_is_refused_only_where_its_size_is_needed()
    {
        Arg[] File(string mode) => new[] { new Arg("input", ArgValue.Ints(3)), new Arg("vocabulary", ArgValue.Of("vocab.txt")), new Arg("outputMode", ArgValue.Of(mode)) };
        Assert.Equal("(None, 3)", SequentialModel.FromCalls(new[] { new LayerCall("StringLookup", File("int")) }).OutputShape!.ToString());
        RegularizationTests.AssertCoreRefused("KD0002", "vocabulary", new LayerCall("StringLookup", File("multi_hot")));
        var sized = File("multi_hot").Append(new Arg("vocabularySize", ArgValue.Of(12L))).ToArray();
        Assert.Equal("(None, 12)", SequentialModel.FromCalls(new[] { new LayerCall("StringLookup", sized) }).OutputShape!.ToString());
    }

    [Fact]
    public void IntegerLookup_encodes_with_its_OOV_index_and_checks_its_own_arguments()
    {
        long[] vocab = { 12, 36, 1138, 42 };
        Last(Sequential().IntegerLookup(vocabulary: vocab, input: 1), "(None, 1)", 0);
        Last(Sequential().IntegerLookup(vocabulary: vocab, outputMode: "multi_hot", input: 1), "(None, 5)", 0);
        Last(Sequential().IntegerLookup(vocabulary: [-1, 12, 36], outputMode: "one_hot", input: 1), "(None, 3)", 0);   // a leading OOV token is dropped
        Last(Sequential().IntegerLookup(vocabulary: vocab, oovMethod: "farmhash", salt: 7, input: 1), "(None, 1)", 0);
        Assert.Equal("salt", Refused("KD0002", "integer_lookup", () => Sequential().IntegerLookup(vocabulary: vocab, salt: 7, input: 1)).Argument);
        Assert.Equal("vocabularyDtype", Refused("KD0002", "integer_lookup", () => Sequential().IntegerLookup(vocabularyDtype: "int32", input: 1)).Argument);
        Assert.Equal("maxTokens", Refused("KD0002", "integer_lookup", () => Sequential().IntegerLookup(maxTokens: 1, input: 1)).Argument);
        Assert.Equal("oovMethod", Refused("KD0003", "integer_lookup", () => Sequential().IntegerLookup(oovMethod: "modulo", input: 1)).Argument);
        Assert.Equal("vocabulary", Refused("KD0002", "integer_lookup", () => Sequential().IntegerLookup(vocabulary: [1, 0], maskToken: 0, input: 1)).Argument);
    }

    // ---- CategoryEncoding (category_encoding.py; TensorFlow.js 4.22 computes the same shapes) ----

    [Fact]
    public void CategoryEncoding_shapes_are_Keras_and_tfjs_shapes()
    {
        // tfjs: categoryEncoding({numTokens: 6}) on [3] -> [null, 6]; oneHot on [1] -> [null, 6], on [3] -> [null, 3, 6];
        // count on [3] -> [null, 6]; multiHot on [4, 3] -> [null, 4, 6]; 0 params each.
        Last(Sequential().CategoryEncoding(6, input: 3), "(None, 6)", 0);
        Last(Sequential().CategoryEncoding(6, outputMode: "one_hot", input: 1), "(None, 6)", 0);
        Last(Sequential().CategoryEncoding(6, outputMode: "one_hot", input: 3), "(None, 3, 6)", 0);
        Last(Sequential().CategoryEncoding(6, outputMode: "count", input: 3), "(None, 6)", 0);
        Last(Sequential().CategoryEncoding(6, input: (4, 3)), "(None, 4, 6)", 0);
        Last(Sequential().CategoryEncoding(6, outputMode: "binary", input: 3), "(None, 6)", 0);
    }

    [Fact]
    public void CategoryEncoding_needs_tokens_and_a_known_mode()
    {
        Assert.Equal("numTokens", Refused("KD0002", "category_encoding", () => Sequential().CategoryEncoding(0, input: 3)).Argument);
        Assert.Equal("outputMode", Refused("KD0003", "category_encoding", () => Sequential().CategoryEncoding(4, outputMode: "tf_idf", input: 3)).Argument);
        RegularizationTests.AssertCoreRefused("KD0002", "numTokens", new LayerCall("CategoryEncoding", new Arg("input", ArgValue.Ints(3))));
    }

    // ---- Hashing (hashing.py) ----

    [Fact]
    public void Hashing_keeps_the_shape_in_int_mode_and_replaces_the_last_dim_otherwise()
    {
        Last(Sequential().Hashing(3, input: 1), "(None, 1)", 0);
        Last(Strings(1).Hashing(3, maskValue: ""), "(None, 1)", 0);
        Last(Sequential().Hashing(3, maskValue: 0, salt: (133, 137), outputMode: "multi_hot", input: 4), "(None, 3)", 0);
        Last(Sequential().Hashing(3, outputMode: "one_hot", input: 1), "(None, 3)", 0);
        Last(Sequential().Hashing(3, outputMode: "count", sparse: true, input: (2, 4)), "(None, 2, 3)", 0);
    }

    [Fact]
    public void Hashing_refuses_what_its_constructor_refuses()
    {
        Assert.Equal("numBins", Refused("KD0002", "hashing", () => Sequential().Hashing(0, input: 1)).Argument);
        Assert.Equal("sparse", Refused("KD0002", "hashing", () => Sequential().Hashing(3, sparse: true, input: 1)).Argument);
        Assert.Equal("outputMode", Refused("KD0003", "hashing", () => Sequential().Hashing(3, outputMode: "tf_idf", input: 1)).Argument);
        RegularizationTests.AssertCoreRefused("KD0002", "dtype", new LayerCall("Hashing", new Arg("input", ArgValue.Ints(1)),
            new Arg("numBins", ArgValue.Of(3L)), new Arg("dtype", ArgValue.Of("float32"))));
        RegularizationTests.AssertCoreRefused("KD0002", "salt", new LayerCall("Hashing", new Arg("input", ArgValue.Ints(1)),
            new Arg("numBins", ArgValue.Of(3L)), new Arg("salt", ArgValue.Ints(1, 2, 3))));
    }

    // ---- Discretization (discretization.py) ----

    [Fact]
    public void Discretization_shapes_follow_Keras_compute_output_shape()
    {
        double[] bounds = { 0.0, 1.0, 2.0 };   // four bins
        Last(Sequential().Discretization(bounds, input: 5), "(None, 5)", 0);
        Last(Sequential().Discretization(bounds, outputMode: "one_hot", input: 1), "(None, 4)", 0);
        Last(Sequential().Discretization(bounds, outputMode: "one_hot", input: 5), "(None, 5, 4)", 0);
        Last(Sequential().Discretization(bounds, outputMode: "multi_hot", input: 5), "(None, 4)", 0);
        // multi_hot and count drop the second dim: (None, 3, 5) -> (None, 5, 4); a rank-1 input gives (4).
        Last(Sequential().Discretization(bounds, outputMode: "count", input: (3, 5)), "(None, 5, 4)", 0);
        Last(Sequential().Discretization(bounds, outputMode: "count", input: Scalar), "(4,)", 0);
        Last(Sequential().Discretization(numBins: 3, outputMode: "multi_hot", input: 5), "(None, 3)", 0);
    }

    [Fact]
    public void Discretization_takes_bin_boundaries_or_a_number_of_bins()
    {
        Assert.Equal("numBins", Refused("KD0002", "discretization", () => Sequential().Discretization([0.5], numBins: 2, input: 1)).Argument);
        Assert.Equal("binBoundaries", Refused("KD0002", "discretization", () => Sequential().Discretization(input: 1)).Argument);
        Assert.Equal("numBins", Refused("KD0002", "discretization", () => Sequential().Discretization(numBins: -1, input: 1)).Argument);
        Assert.Equal("sparse", Refused("KD0002", "discretization", () => Sequential().Discretization([0.5], sparse: true, input: 1)).Argument);
        Assert.Equal("outputMode", Refused("KD0003", "discretization", () => Sequential().Discretization([0.5], outputMode: "tf_idf", input: 1)).Argument);
    }

    [Fact]
    public void The_factories_serve_Add_and_the_functional_API()
    {
        Last(Strings(1).Add(StringLookup(vocabulary: Abc, outputMode: "one_hot")), "(None, 4)", 0);
        var x = Input(1, dtype: "string");
        var y = x.TextVectorization(outputMode: "int", outputSequenceLength: 4, vocabulary: Abc).Embedding(5, 2);
        Assert.Equal("(None, 4, 2)", y.Shape.ToString());
        Assert.Equal(10, Model(x, y).TotalParams);
        var ids = Input(2, dtype: "int64");
        Assert.Equal("(None, 8)", ids.IntegerLookup(vocabulary: [1, 2]).Hashing(8, outputMode: "multi_hot").Shape.ToString());
        Assert.Equal("(None, 2, 3)", Input(2).Discretization([0.0, 1.0], outputMode: "one_hot").Shape.ToString());
        Assert.Equal("(None, 5)", Input(2).CategoryEncoding(5).Shape.ToString());
    }
}
