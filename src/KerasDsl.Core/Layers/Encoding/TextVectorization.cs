using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.TextVectorization (keras/src/layers/preprocessing/text_vectorization.py): strings standardized,
    /// split into tokens (whitespace unless <c>split</c> says otherwise; null: not split), made into n-grams, and
    /// looked up by the StringLookup it makes (mask token "", one OOV index "[UNK]"; <see cref="LookupRules"/>).
    /// Keras 3.15's <c>compute_output_shape</c>: "int" gives (batch, output_sequence_length), its length None unless
    /// given, whatever the input's rank; the other modes give the lookup's shape of the input with a tokens axis
    /// appended (when splitting; else a rank-1 input gets an axis of 1), so that (batch, 1) strings give
    /// (batch, 1, vocabulary size) in "multi_hot", "count" and "tf_idf". (When the layer runs it squeezes that axis of 1
    /// and gives (batch, vocabulary size); Keras 3 before 3.14 printed that shape. The count of a Dense after it is the same.)
    /// When splitting, Keras's call refuses an input whose last dim is not 1 (rank 2 or more): so does KerasDsl.
    /// No weights.
    /// </summary>
    internal sealed class TextVectorization : Layer
    {
        public static readonly LayerType Type = new LayerType("TextVectorization", a => new TextVectorization(a));

        private static readonly string[] Standardizations = { "lower_and_strip_punctuation", "lower", "strip_punctuation" };
        private static readonly string[] Splits = { "whitespace", "character" };

        private readonly string outputMode;
        private readonly long? sequenceLength;
        private readonly bool splits;
        private readonly long? depth;

        private TextVectorization(LayerArgs args) : base(args)
        {
            var maxTokens = LookupRules.OptionalInt(args, "maxTokens");
            // standardize and split: absent is Keras's default; null is None (no standardization, no splitting).
            NullableOption(args, "standardize", "lower_and_strip_punctuation", Standardizations);
            string? split = NullableOption(args, "split", "whitespace", Splits);
            splits = split != null;
            outputMode = LookupRules.Canonical(args.String("outputMode", "int")!, tfIdfAlias: true);
            LookupRules.Option(args, "outputMode", outputMode, LookupRules.OutputModes);
            ReadNgrams(args);
            sequenceLength = LookupRules.OptionalInt(args, "outputSequenceLength");
            if (sequenceLength < 0)
                throw args.Invalid("outputSequenceLength", "a length of 0 or more, or null", LookupRules.Str(sequenceLength.Value), "pass outputSequenceLength: the number of tokens to pad or truncate to");
            if (outputMode != "int" && sequenceLength != null)
                throw args.Invalid("outputSequenceLength", "no outputSequenceLength unless outputMode is 'int'", LookupRules.Str(sequenceLength.Value),
                    $"leave outputSequenceLength out with outputMode '{outputMode}' (its output has one value per vocabulary entry)");
            bool ragged = args.Bool("ragged", false);
            if (ragged && outputMode != "int")
                throw args.Invalid("ragged", "ragged: true only with outputMode 'int'", $"outputMode '{outputMode}'", "leave ragged false, or use outputMode: \"int\"");
            args.String("encoding", "utf-8");

            depth = LookupRules.Check(args, new LookupSpec
            {
                MaxTokens = maxTokens,
                MaskToken = ArgValue.Of(""),
                OovToken = ArgValue.Of("[UNK]"),
                Vocabulary = LookupRules.ListOrPath(args, "vocabulary", pathAllowed: true),
                IdfWeights = LookupRules.ListOrPath(args, "idfWeights", pathAllowed: false),
                OutputMode = outputMode,
                Sparse = args.Bool("sparse", false),
                PadToMaxTokens = args.Bool("padToMaxTokens", false),
                VocabularySize = LookupRules.OptionalInt(args, "vocabularySize"),
            }, ClassName);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (splits && input.Rank > 1 && input.Last is long last && last != 1)
                throw ShapeError(input, $"splits strings into tokens, so its input must be one string per sample: rank 1, or a last dim of 1 (Keras: \"the input rank must be 1 " +
                    "or the last shape dimension must be 1\"), but {source} gives {input}. Give it (batch,) or (batch, 1) strings, or pass split: null for tokens already split.");
            if (outputMode == "int") return new Shape(input[0], sequenceLength);
            var tokens = splits ? input.Append((long?)null) : input.Rank <= 1 ? input.Append(1) : input;
            return LookupRules.OutputShape(tokens, outputMode, depth);
        }

        private static string? NullableOption(LayerArgs args, string name, string defaultValue, string[] allowed)
        {
            var v = args.Call.Find(name);
            args.Record(name, v ?? ArgValue.Of(defaultValue));
            if (v == null) return defaultValue;
            if (v.IsNull) return null;
            if (v.Kind != ArgKind.String)
                throw args.Invalid(name, "one of " + string.Join(", ", allowed.Select(a => "'" + a + "'")) + ", or null", v.ToString(), $"pass {name}: \"{defaultValue}\" or null");
            LookupRules.Option(args, name, v.Text!, allowed);
            return v.Text;
        }

        /// <summary>ngrams: None, an int (1 to n), or a tuple of ints.</summary>
        private static void ReadNgrams(LayerArgs args)
        {
            var v = args.Kept("ngrams");
            if (v == null || v.Kind == ArgKind.Int || (v.Kind == ArgKind.Tuple && v.Items.All(i => i.Kind == ArgKind.Int))) return;
            throw args.Invalid("ngrams", "null, an integer, or a tuple of integers", v.ToString(), "pass ngrams: e.g. 2 (unigrams and bigrams) or (1, 3)");
        }
    }
}
