namespace KerasDsl
{
    // The text and categorical preprocessing layers applied to a tensor: x.StringLookup(...) is Keras's StringLookup(...)(x).
    public sealed partial class Tensor
    {
        /// <summary>keras.layers.TextVectorization (see <see cref="Sequential.TextVectorization"/>). No weights.</summary>
        public Tensor TextVectorization(int? maxTokens = null, string? standardize = "lower_and_strip_punctuation", TextSplit split = default,
            Size ngrams = default, string outputMode = "int", int? outputSequenceLength = null, bool padToMaxTokens = false, string[]? vocabulary = null,
            double[]? idfWeights = null, bool sparse = false, bool ragged = false, string encoding = "utf-8", int? vocabularySize = null,
            bool trainable = true, string? name = null) =>
            Then(Keras.TextVectorization(maxTokens, standardize, split, ngrams, outputMode, outputSequenceLength, padToMaxTokens, vocabulary, idfWeights,
                sparse, ragged, encoding, vocabularySize, trainable, name));

        /// <summary>keras.layers.StringLookup. No weights.</summary>
        public Tensor StringLookup(int? maxTokens = null, int numOovIndices = 1, string? maskToken = null, string? oovToken = "[UNK]",
            string[]? vocabulary = null, double[]? idfWeights = null, bool invert = false, string outputMode = "int", bool padToMaxTokens = false,
            bool sparse = false, string encoding = "utf-8", Size salt = default, int? vocabularySize = null, bool trainable = true, string? name = null) =>
            Then(Keras.StringLookup(maxTokens, numOovIndices, maskToken, oovToken, vocabulary, idfWeights, invert, outputMode, padToMaxTokens, sparse,
                encoding, salt, vocabularySize, trainable, name));

        /// <summary>keras.layers.IntegerLookup. No weights.</summary>
        public Tensor IntegerLookup(int? maxTokens = null, int numOovIndices = 1, int? maskToken = null, int? oovToken = -1, long[]? vocabulary = null,
            string vocabularyDtype = "int64", double[]? idfWeights = null, bool invert = false, string outputMode = "int", bool sparse = false,
            bool padToMaxTokens = false, string oovMethod = "floormod", Size salt = default, int? vocabularySize = null, bool trainable = true, string? name = null) =>
            Then(Keras.IntegerLookup(maxTokens, numOovIndices, maskToken, oovToken, vocabulary, vocabularyDtype, idfWeights, invert, outputMode, sparse,
                padToMaxTokens, oovMethod, salt, vocabularySize, trainable, name));

        /// <summary>keras.layers.CategoryEncoding. No weights.</summary>
        public Tensor CategoryEncoding(int numTokens, string outputMode = "multi_hot", bool sparse = false, bool trainable = true, string? name = null) =>
            Then(Keras.CategoryEncoding(numTokens, outputMode, sparse, trainable, name));

        /// <summary>keras.layers.Hashing. No weights.</summary>
        public Tensor Hashing(int numBins, MaskValue maskValue = default, Size salt = default, string outputMode = "int", bool sparse = false,
            bool trainable = true, string? name = null) =>
            Then(Keras.Hashing(numBins, maskValue, salt, outputMode, sparse, trainable, name));

        /// <summary>keras.layers.Discretization. No weights.</summary>
        public Tensor Discretization(double[]? binBoundaries = null, int? numBins = null, double epsilon = 0.01, string outputMode = "int",
            bool sparse = false, bool trainable = true, string? name = null) =>
            Then(Keras.Discretization(binBoundaries, numBins, epsilon, outputMode, sparse, trainable, name));
    }
}
