namespace KerasDsl
{
    // keras.layers text and categorical preprocessing (keras/src/layers/preprocessing): TextVectorization, StringLookup,
    // IntegerLookup, CategoryEncoding, Hashing, Discretization. No weights. Where an output's size is a vocabulary's,
    // pass the vocabulary, padToMaxTokens with maxTokens, or vocabularySize (what adapt() gives, as Keras's config keeps it).
    public sealed partial class Sequential
    {
        /// <summary>
        /// keras.layers.TextVectorization: strings (give the model Input(..., dtype: "string")) to token indices,
        /// (batch, outputSequenceLength) in "int" mode, or to encodings of the vocabulary's size in "multi_hot", "count",
        /// "tf_idf" and "one_hot". standardize null is Keras's None (no standardization); split is a <see cref="TextSplit"/> (TextSplit.None: no splitting).
        /// </summary>
        public Sequential TextVectorization(int? maxTokens = null, string? standardize = "lower_and_strip_punctuation", TextSplit split = default,
            Size ngrams = default, string outputMode = "int", int? outputSequenceLength = null, bool padToMaxTokens = false, string[]? vocabulary = null,
            double[]? idfWeights = null, bool sparse = false, bool ragged = false, string encoding = "utf-8", int? vocabularySize = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.TextVectorization(maxTokens, standardize, split, ngrams, outputMode, outputSequenceLength, padToMaxTokens, vocabulary, idfWeights,
                sparse, ragged, encoding, vocabularySize, trainable, name), input);

        /// <summary>keras.layers.StringLookup: strings to indices ("int": the input's shape) or to encodings of the vocabulary's size.</summary>
        public Sequential StringLookup(int? maxTokens = null, int numOovIndices = 1, string? maskToken = null, string? oovToken = "[UNK]",
            string[]? vocabulary = null, double[]? idfWeights = null, bool invert = false, string outputMode = "int", bool padToMaxTokens = false,
            bool sparse = false, string encoding = "utf-8", Size salt = default, int? vocabularySize = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.StringLookup(maxTokens, numOovIndices, maskToken, oovToken, vocabulary, idfWeights, invert, outputMode, padToMaxTokens, sparse,
                encoding, salt, vocabularySize, trainable, name), input);

        /// <summary>keras.layers.IntegerLookup: integers to indices ("int": the input's shape) or to encodings of the vocabulary's size.</summary>
        public Sequential IntegerLookup(int? maxTokens = null, int numOovIndices = 1, int? maskToken = null, int? oovToken = -1, long[]? vocabulary = null,
            string vocabularyDtype = "int64", double[]? idfWeights = null, bool invert = false, string outputMode = "int", bool sparse = false,
            bool padToMaxTokens = false, string oovMethod = "floormod", Size salt = default, int? vocabularySize = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.IntegerLookup(maxTokens, numOovIndices, maskToken, oovToken, vocabulary, vocabularyDtype, idfWeights, invert, outputMode, sparse,
                padToMaxTokens, oovMethod, salt, vocabularySize, trainable, name), input);

        /// <summary>keras.layers.CategoryEncoding: indices in [0, numTokens) to "multi_hot", "count" or "one_hot" encodings of size numTokens.</summary>
        public Sequential CategoryEncoding(int numTokens, string outputMode = "multi_hot", bool sparse = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.CategoryEncoding(numTokens, outputMode, sparse, trainable, name), input);

        /// <summary>keras.layers.Hashing: values hashed into numBins bins ("int": the input's shape; else the last dim becomes numBins).</summary>
        public Sequential Hashing(int numBins, MaskValue maskValue = default, Size salt = default, string outputMode = "int", bool sparse = false,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Hashing(numBins, maskValue, salt, outputMode, sparse, trainable, name), input);

        /// <summary>keras.layers.Discretization: numbers to bin indices, by binBoundaries (len + 1 bins) or numBins for adapt().</summary>
        public Sequential Discretization(double[]? binBoundaries = null, int? numBins = null, double epsilon = 0.01, string outputMode = "int",
            bool sparse = false, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.Discretization(binBoundaries, numBins, epsilon, outputMode, sparse, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.TextVectorization, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec TextVectorization(int? maxTokens = null, string? standardize = "lower_and_strip_punctuation", TextSplit split = default,
            Size ngrams = default, string outputMode = "int", int? outputSequenceLength = null, bool padToMaxTokens = false, string[]? vocabulary = null,
            double[]? idfWeights = null, bool sparse = false, bool ragged = false, string encoding = "utf-8", int? vocabularySize = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("TextVectorization", Args.A("maxTokens", maxTokens), Args.A("standardize", standardize), Args.A("split", split), Args.A("ngrams", ngrams),
                Args.A("outputMode", outputMode), Args.A("outputSequenceLength", outputSequenceLength), Args.A("padToMaxTokens", padToMaxTokens),
                Args.A("vocabulary", vocabulary), Args.A("idfWeights", idfWeights), Args.A("sparse", sparse), Args.A("ragged", ragged),
                Args.A("encoding", encoding), Args.A("vocabularySize", vocabularySize), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.StringLookup, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec StringLookup(int? maxTokens = null, int numOovIndices = 1, string? maskToken = null, string? oovToken = "[UNK]",
            string[]? vocabulary = null, double[]? idfWeights = null, bool invert = false, string outputMode = "int", bool padToMaxTokens = false,
            bool sparse = false, string encoding = "utf-8", Size salt = default, int? vocabularySize = null, bool trainable = true, string? name = null) =>
            Args.Spec("StringLookup", Args.A("maxTokens", maxTokens), Args.A("numOovIndices", numOovIndices), Args.A("maskToken", maskToken),
                Args.A("oovToken", oovToken), Args.A("vocabulary", vocabulary), Args.A("idfWeights", idfWeights), Args.A("invert", invert),
                Args.A("outputMode", outputMode), Args.A("padToMaxTokens", padToMaxTokens), Args.A("sparse", sparse), Args.A("encoding", encoding),
                Args.A("salt", salt), Args.A("vocabularySize", vocabularySize), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.IntegerLookup, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec IntegerLookup(int? maxTokens = null, int numOovIndices = 1, int? maskToken = null, int? oovToken = -1, long[]? vocabulary = null,
            string vocabularyDtype = "int64", double[]? idfWeights = null, bool invert = false, string outputMode = "int", bool sparse = false,
            bool padToMaxTokens = false, string oovMethod = "floormod", Size salt = default, int? vocabularySize = null, bool trainable = true, string? name = null) =>
            Args.Spec("IntegerLookup", Args.A("maxTokens", maxTokens), Args.A("numOovIndices", numOovIndices), Args.A("maskToken", maskToken),
                Args.A("oovToken", oovToken), Args.A("vocabulary", vocabulary), Args.A("vocabularyDtype", vocabularyDtype), Args.A("idfWeights", idfWeights),
                Args.A("invert", invert), Args.A("outputMode", outputMode), Args.A("sparse", sparse), Args.A("padToMaxTokens", padToMaxTokens),
                Args.A("oovMethod", oovMethod), Args.A("salt", salt), Args.A("vocabularySize", vocabularySize), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.CategoryEncoding, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec CategoryEncoding(int numTokens, string outputMode = "multi_hot", bool sparse = false, bool trainable = true, string? name = null) =>
            Args.Spec("CategoryEncoding", Args.A("numTokens", numTokens), Args.A("outputMode", outputMode), Args.A("sparse", sparse),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Hashing, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec Hashing(int numBins, MaskValue maskValue = default, Size salt = default, string outputMode = "int", bool sparse = false,
            bool trainable = true, string? name = null) =>
            Args.Spec("Hashing", Args.A("numBins", numBins), Args.A("maskValue", maskValue), Args.A("salt", salt), Args.A("outputMode", outputMode),
                Args.A("sparse", sparse), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.Discretization, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec Discretization(double[]? binBoundaries = null, int? numBins = null, double epsilon = 0.01, string outputMode = "int",
            bool sparse = false, bool trainable = true, string? name = null) =>
            Args.Spec("Discretization", Args.A("binBoundaries", binBoundaries), Args.A("numBins", numBins), Args.A("epsilon", epsilon),
                Args.A("outputMode", outputMode), Args.A("sparse", sparse), Args.A("trainable", trainable), Args.A("name", name));
    }
}
