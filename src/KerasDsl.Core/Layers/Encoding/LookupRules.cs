using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// What an index lookup was given (keras/src/layers/preprocessing/index_lookup.py, IndexLookup.__init__): StringLookup
    /// and IntegerLookup fill it from their arguments, TextVectorization from its own and the StringLookup it makes
    /// (mask token "", one OOV index).
    /// </summary>
    internal sealed class LookupSpec
    {
        public long? MaxTokens;
        public long NumOovIndices = 1;
        public ArgValue? MaskToken;
        public ArgValue? OovToken;
        public ArgValue? Vocabulary;
        public ArgValue? IdfWeights;
        public bool Invert;
        public string OutputMode = "int";
        public bool Sparse;
        public bool PadToMaxTokens;
        public string OovMethod = "floormod";
        public ArgValue? Salt;
        public long? VocabularySize;
        public bool IntegerTokens;
    }

    /// <summary>
    /// IndexLookup's checks, in Keras's order, and the size of its encoding (<c>compute_output_shape</c>'s depth):
    /// max_tokens when padding to it, else the vocabulary's size (its tokens plus the mask and OOV indices that come
    /// before them), which Keras knows from a given vocabulary or from the <c>vocabulary_size</c> its config writes after
    /// <c>adapt()</c>; unknown (None, as Keras's symbolic shape has it) for a layer not adapted yet.
    /// </summary>
    internal static class LookupRules
    {
        public static readonly string[] OutputModes = { "int", "one_hot", "multi_hot", "count", "tf_idf" };

        /// <summary>Keras's deprecated spellings of output modes, which its constructors rename.</summary>
        public static string Canonical(string mode, bool tfIdfAlias) =>
            mode == "binary" ? "multi_hot" : tfIdfAlias && mode == "tf-idf" ? "tf_idf" : mode;

        /// <summary>The encoding's size for a mode other than "int" (null: unknown to Keras too). Throws Keras's refusals.</summary>
        public static long? Check(LayerArgs args, LookupSpec s, string className)
        {
            if (s.MaxTokens is long max && max <= 1)
                throw args.Invalid("maxTokens", "more than 1, or null (no limit)", Str(max), "pass maxTokens: 2 or more (it counts the mask and OOV indices too)");
            if (s.PadToMaxTokens && s.MaxTokens == null)
                throw args.Invalid("padToMaxTokens", "padToMaxTokens: true only with maxTokens", "maxTokens not given", "pass maxTokens:, or leave padToMaxTokens false");
            if (s.NumOovIndices < 0)
                throw args.Invalid("numOovIndices", "0 or more", Str(s.NumOovIndices), "pass numOovIndices: 0 or more");
            Option(args, "oovMethod", s.OovMethod, "floormod", "farmhash");
            if (s.Salt != null)
            {
                if (s.IntegerTokens && s.OovMethod != "farmhash")
                    throw args.Invalid("salt", "salt only with oovMethod 'farmhash'", "oovMethod '" + s.OovMethod + "'", "pass oovMethod: \"farmhash\", or leave salt out");
                if (!(s.Salt.Kind == ArgKind.Int || (s.Salt.Kind == ArgKind.Tuple && s.Salt.Items.Count == 2)))
                    throw args.Invalid("salt", "an integer or a tuple of 2 integers", s.Salt.ToString(), "pass salt: e.g. 1234 or (1234, 5678)");
            }
            Option(args, "outputMode", s.OutputMode, OutputModes);
            if (s.Invert && s.OutputMode != "int")
                throw args.Invalid("outputMode", "'int' when invert is true", "'" + s.OutputMode + "'", "use outputMode: \"int\" to invert, or leave invert false");
            if (s.Sparse && s.OutputMode == "int")
                throw args.Invalid("sparse", "sparse: true only with outputMode 'one_hot', 'multi_hot', 'count' or 'tf_idf'", "outputMode 'int'", "leave sparse false, or pick another outputMode");
            if (s.IdfWeights != null && s.OutputMode != "tf_idf")
                throw args.Invalid("idfWeights", "idfWeights only with outputMode 'tf_idf'", "outputMode '" + s.OutputMode + "'", "leave idfWeights out, or use outputMode: \"tf_idf\"");
            if (s.OutputMode == "tf_idf" && s.Vocabulary != null && s.IdfWeights == null)
                throw args.Invalid("idfWeights", "idfWeights with a vocabulary in outputMode 'tf_idf'", "nothing", "pass idfWeights: one weight per vocabulary entry");

            long? frozen = s.VocabularySize;
            if (s.Vocabulary != null) frozen = VocabularySize(args, s, className) ?? frozen;
            bool needsSize = s.OutputMode != "int" && !s.PadToMaxTokens;
            if (needsSize && frozen == null && s.Vocabulary != null)
                throw args.Invalid("vocabulary", "a list of tokens (KerasDsl does not read vocabulary files)", s.Vocabulary.ToString(),
                    $"pass the tokens as a list, or vocabularySize: the size Keras reads from the file (its tokens plus {s.NumOovIndices} OOV {(s.NumOovIndices == 1 ? "index" : "indices")})");
            if (s.OutputMode == "int") return null;
            return s.PadToMaxTokens ? s.MaxTokens : frozen;
        }

        /// <summary>
        /// set_vocabulary: a list of tokens, its leading mask and OOV tokens dropped when they are exactly Keras's; the size
        /// is those tokens plus the mask and OOV indices. A string is a vocabulary file: null (KerasDsl does not read it).
        /// </summary>
        private static long? VocabularySize(LayerArgs args, LookupSpec s, string className)
        {
            var v = s.Vocabulary!;
            if (v.Kind == ArgKind.String)
            {
                if (s.OutputMode == "tf_idf")
                    throw args.Invalid("vocabulary", "a list of tokens in outputMode 'tf_idf' (Keras: \"does not support loading a vocabulary from file\")",
                        v.ToString(), "pass the tokens as a list, with their idfWeights");
                return null;
            }
            string kind = s.IntegerTokens ? "integers" : "strings";
            if (v.Kind != ArgKind.Tuple || v.Items.Any(t => t.Kind != (s.IntegerTokens ? ArgKind.Int : ArgKind.String)))
                throw args.Invalid("vocabulary", $"a list of {kind}", v.ToString(), $"pass vocabulary: the {className}'s tokens, as {kind}");
            var items = v.Items;
            if (items.Count == 0)
                throw args.Invalid("vocabulary", "at least one token (Keras: \"Cannot set an empty vocabulary\")", "[]", "pass the tokens, or leave vocabulary out to adapt the layer");

            int oovStart = s.MaskToken != null && s.OutputMode == "int" ? 1 : 0;
            long tokenStart = oovStart + s.NumOovIndices;
            // np.array_equal(special_tokens, vocabulary[:token_start]): the vocabulary starts with exactly the mask token
            // (when it has an index) and then num_oov_indices OOV tokens.
            bool foundSpecial = tokenStart <= items.Count;
            for (int i = 0; foundSpecial && i < tokenStart; i++)
            {
                var expected = i < oovStart ? s.MaskToken : s.OovToken;
                foundSpecial = expected != null && expected.Equals(items[i]);
            }
            var tokens = foundSpecial ? items.Skip((int)tokenStart).ToList() : items.ToList();
            var repeated = tokens.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ToList();
            if (repeated.Count > 0)
                throw args.Invalid("vocabulary", "each token once", "repeated " + string.Join(", ", repeated), "remove the repeated tokens");
            string order = (oovStart == 1 ? "the mask token, then " : "") + $"{Str(s.NumOovIndices)} OOV token{(s.NumOovIndices == 1 ? "" : "s")}";
            if (s.MaskToken != null && tokens.Contains(s.MaskToken))
                throw args.Invalid("vocabulary", $"the mask token {s.MaskToken} only at the start of the vocabulary (in this order: {order})", v.ToString(),
                    "remove the mask and OOV tokens from the vocabulary; the layer adds them");
            if (s.Invert && s.OovToken != null && tokens.Contains(s.OovToken))
                throw args.Invalid("vocabulary", $"the OOV token {s.OovToken} only at the start of the vocabulary when inverting (in this order: {order})", v.ToString(),
                    "remove the OOV token from the vocabulary; the layer adds it");
            long size = tokenStart + tokens.Count;
            if (s.MaxTokens is long max && size > max)
                throw args.Invalid("vocabulary", $"at most maxTokens ({Str(max)}) entries, the mask and OOV indices counted", $"{Str(size)} entries",
                    "pass fewer tokens, or a larger maxTokens");
            if (s.OutputMode != "int" && !s.PadToMaxTokens && s.VocabularySize is long given && given != size)
                throw args.Invalid("vocabularySize", $"the vocabulary's size, {Str(size)} (Keras: \"the vocabulary size cannot be changed\")", Str(given),
                    "leave vocabularySize out when the vocabulary is given");
            if (s.OutputMode == "tf_idf")
            {
                var idf = s.IdfWeights!;
                if (idf.Kind != ArgKind.Tuple || idf.Items.Any(w => w.Kind != ArgKind.Int && w.Kind != ArgKind.Float))
                    throw args.Invalid("idfWeights", "a list of numbers (TF-IDF data must be 1-D)", idf.ToString(), "pass one weight per vocabulary entry");
                if (idf.Items.Count != items.Count)
                    throw args.Invalid("idfWeights", $"as many weights as the vocabulary has entries ({items.Count})", $"{idf.Items.Count} weights",
                        "pass one weight per vocabulary entry");
            }
            return size;
        }

        /// <summary>
        /// The output shape of a lookup (Keras 3.15's IndexLookup.compute_output_shape): "int" keeps the input; "one_hot"
        /// encodes each element (a last dim of 1, at rank 2 or more, is replaced); the other modes read the last dim as
        /// the sample and replace it with the encoding's size. (Keras 3 before 3.14 gave (batch, size) whatever the rank.)
        /// </summary>
        public static Shape OutputShape(Shape input, string mode, long? depth)
        {
            if (mode == "int") return input;
            if (mode == "one_hot" && !(input.Rank > 1 && input.Last == 1)) return input.Append(depth);
            return input.Slice(0, input.Rank - 1).Append(depth);
        }

        /// <summary>Keras's validate_string_arg: the value exactly one of the allowed strings; KD0003 otherwise.</summary>
        public static void Option(LayerArgs args, string name, string value, params string[] allowed)
        {
            if (System.Array.IndexOf(allowed, value) >= 0) return;
            throw args.UnknownOption(name, value,
                $"has an unknown {name} '{value}': expected one of {string.Join(", ", allowed.Select(a => "'" + a + "'"))}, as written (case matters). Pass one of these.",
                allowed);
        }

        /// <summary>An optional int argument (Keras's None when absent or null).</summary>
        public static long? OptionalInt(LayerArgs args, string name) => args.Kept(name) != null ? args.Int(name) : (long?)null;

        /// <summary>A token (mask or OOV): absent means Keras's default, null means None; otherwise a string, or an int for integer tokens.</summary>
        public static ArgValue? Token(LayerArgs args, string name, ArgValue? defaultValue, bool integer)
        {
            var v = args.Call.Find(name);
            args.Record(name, v ?? defaultValue ?? ArgValue.Null);
            if (v == null) return defaultValue;
            if (v.IsNull) return null;
            if (v.Kind == (integer ? ArgKind.Int : ArgKind.String)) return v;
            throw args.Invalid(name, integer ? "an integer or null" : "a string or null", v.ToString(), $"pass {name}: " + (integer ? "e.g. 0" : "e.g. \"[UNK]\""));
        }

        /// <summary>A list argument kept for its checks (vocabulary, idf_weights): a list, or a string for vocabulary.</summary>
        public static ArgValue? ListOrPath(LayerArgs args, string name, bool pathAllowed)
        {
            var v = args.Kept(name);
            if (v == null || v.Kind == ArgKind.Tuple || (pathAllowed && v.Kind == ArgKind.String)) return v;
            throw args.Invalid(name, pathAllowed ? "a list (or a file path)" : "a list of numbers", v.ToString(), $"pass {name}: as a list");
        }

        public static string Str(long v) => v.ToString(CultureInfo.InvariantCulture);
    }
}
