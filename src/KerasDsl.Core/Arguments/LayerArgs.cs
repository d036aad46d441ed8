using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Reads a layer's arguments with Keras's defaults and checks, turning each bad value into
    /// a KD0002/KD0003 refusal that names the argument, what was expected, what was found and
    /// how to fix it. Absent and null arguments mean "Keras's default".
    /// <para>
    /// Made by <see cref="Recording"/>, every typed read records the value it resolved (the argument as given, or
    /// Keras's default), in the order read: <see cref="Config"/>, the layer's configuration as Keras's
    /// <c>get_config</c> would hold it, which an export needs and which a test holds equal between a call with only its
    /// required arguments and one with every optional argument at the C# signature's default. Layers are made without
    /// recording (every layer of every model would pay for it); <see cref="Layer.Config"/> reads the call again.
    /// </para>
    /// </summary>
    internal sealed class LayerArgs
    {
        private readonly List<Arg>? config;
        private List<string>? deprecations;
        private Dictionary<string, string>? aliases;

        public LayerArgs(LayerCall call, string layerName)
            : this(call, layerName, record: false)
        {
        }

        private LayerArgs(LayerCall call, string layerName, bool record)
        {
            Call = call;
            LayerName = layerName;
            if (record) config = new List<Arg>();
        }

        /// <summary>Arguments that record what each read resolved (<see cref="Config"/>).</summary>
        public static LayerArgs Recording(LayerCall call, string layerName) => new LayerArgs(call, layerName, record: true);

        /// <summary>True when reads are recorded in <see cref="Config"/>.</summary>
        public bool IsRecording => config != null;

        public LayerCall Call { get; }
        public string LayerName { get; }

        /// <summary>
        /// The argument as given (null when absent or None), kept in the configuration as given: for an argument a layer
        /// checks itself (a list, a pair of numbers, a token) rather than through one of the typed readers below.
        /// </summary>
        public ArgValue? Kept(string name)
        {
            var v = Raw(name);
            Record(name, v ?? ArgValue.Null);
            return v;
        }

        /// <summary>The value given for an argument, or null when it is absent or null (Keras's default).</summary>
        public ArgValue? Raw(string name)
        {
            var v = Call.Find(name);
            return v == null || v.IsNull ? null : v;
        }

        /// <summary>True when the call gives the argument as null explicitly (Keras's None where None differs from the default).</summary>
        public bool IsExplicitNull(string name) => Call.Find(name) is { IsNull: true };

        // ---- the resolved configuration ----

        /// <summary>The arguments read so far with the values they resolved to, in the order first read (empty unless <see cref="IsRecording"/>).</summary>
        public IReadOnlyList<Arg> Config
        {
            get
            {
                if (config == null) return Array.Empty<Arg>();
                lock (config) return config.ToArray();
            }
        }

        /// <summary>Records an argument's resolved value (a later read of the same argument replaces it in place).</summary>
        public void Record(string name, ArgValue value)
        {
            if (config == null) return;
            if (aliases != null && aliases.TryGetValue(name, out var canonical)) name = canonical;
            lock (config)
            {
                for (int i = 0; i < config.Count; i++)
                {
                    if (config[i].Name != name) continue;
                    config[i] = new Arg(name, value);
                    return;
                }
                config.Add(new Arg(name, value));
            }
        }

        private T Recorded<T>(string name, T value, Func<T, ArgValue> toValue)
        {
            if (config != null) Record(name, toValue(value));
            return value;
        }

        // ---- deprecated arguments (KD0025) ----

        /// <summary>The KD0025 warnings of the deprecated arguments this call gave, in Keras's words.</summary>
        public IReadOnlyList<string> Deprecations => (IReadOnlyList<string>?)deprecations ?? Array.Empty<string>();

        /// <summary>
        /// A deprecated name Keras 3 still takes for <paramref name="canonical"/> (LeakyReLU's alpha for negative_slope).
        /// Returns the name to read: the alias when it is given (it wins, as in Keras, whose constructor pops it over the
        /// other), with a KD0025 warning in Keras's words, its refusals naming it as written and its value recorded in
        /// <see cref="Config"/> under the canonical name; otherwise the canonical name.
        /// </summary>
        public string DeprecatedAlias(string alias, string canonical, string kerasWarning)
        {
            if (Raw(alias) == null) return canonical;
            (aliases ??= new Dictionary<string, string>(StringComparer.Ordinal))[alias] = canonical;
            Warn(alias, kerasWarning, $"write {canonical}: instead");
            return alias;
        }

        /// <summary>
        /// A deprecated argument Keras 3 takes and ignores, with a warning, when it is not null (Embedding's
        /// input_length). It is not part of <see cref="Config"/>.
        /// </summary>
        public void DeprecatedIgnored(string name, string kerasWarning)
        {
            if (Raw(name) != null) Warn(name, kerasWarning, $"remove {name}:");
        }

        /// <summary>A KD0025 warning about the argument <paramref name="name"/>, quoting Keras's own warning.</summary>
        public void Warn(string name, string kerasWarning, string fix) =>
            AddDeprecation($"has the deprecated argument {name}: Keras 3 accepts it with the warning \"{kerasWarning}\" Fix: {fix}.");

        /// <summary>Adds a KD0025 warning's words (a wrapper adds its inner layer's), once.</summary>
        internal void AddDeprecation(string detail)
        {
            deprecations ??= new List<string>();
            if (!deprecations.Contains(detail)) deprecations.Add(detail);
        }

        public bool Has(string name) => Raw(name) != null;

        // ---- scalars ----

        public long Int(string name, long? defaultValue = null) => Recorded(name, ReadInt(name, defaultValue), ArgValue.Of);

        private long ReadInt(string name, long? defaultValue)
        {
            var v = Raw(name);
            if (v == null)
            {
                if (defaultValue.HasValue) return defaultValue.Value;
                throw Invalid(name, "an integer", "nothing", $"pass {name}: explicitly; it has no default");
            }
            if (v.Kind == ArgKind.Int) return v.Integer;
            // Keras JSON may spell an integer as 3.0.
            if (v.Kind == ArgKind.Float && v.Number == Math.Floor(v.Number) && Math.Abs(v.Number) < 9e15) return (long)v.Number;
            throw Invalid(name, "an integer", v.ToString(), $"pass an integer for {name}:");
        }

        /// <summary>An integer whose Keras default is None (a seed, a window): null when absent.</summary>
        public long? OptionalInt(string name)
        {
            if (Raw(name) != null) return Int(name);
            Record(name, ArgValue.Null);
            return null;
        }

        /// <summary>A positive integer whose Keras default is None: null when absent.</summary>
        public long? OptionalPositiveInt(string name)
        {
            if (Raw(name) != null) return PositiveInt(name);
            Record(name, ArgValue.Null);
            return null;
        }

        /// <summary>A random seed (keras.random.SeedGenerator's): an integer, or None for a random one.</summary>
        public long? Seed(string name = "seed") => OptionalInt(name);

        public long PositiveInt(string name, long? defaultValue = null)
        {
            long value = Int(name, defaultValue);
            if (value <= 0) throw Invalid(name, "a positive integer", value.ToString(CultureInfo.InvariantCulture), $"pass {name}: 1 or more");
            return value;
        }

        public long NonNegativeInt(string name, long? defaultValue = null)
        {
            long value = Int(name, defaultValue);
            if (value < 0) throw Invalid(name, "a non-negative integer", value.ToString(CultureInfo.InvariantCulture), $"pass {name}: 0 or more");
            return value;
        }

        public bool Bool(string name, bool defaultValue)
        {
            var v = Raw(name);
            if (v == null) return Recorded(name, defaultValue, ArgValue.Of);
            if (v.Kind == ArgKind.Bool) return Recorded(name, v.Bool, ArgValue.Of);
            throw Invalid(name, "true or false", v.ToString(), $"pass {name}: true or false");
        }

        public double Float(string name, double defaultValue, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
            bool minInclusive = true, bool maxInclusive = true)
        {
            var v = Raw(name);
            double value;
            if (v == null) value = defaultValue;
            else if (v.Kind == ArgKind.Float) value = v.Number;
            else if (v.Kind == ArgKind.Int) value = v.Integer;
            else throw Invalid(name, "a number", v.ToString(), $"pass a number for {name}:");
            bool ok = !double.IsNaN(value)
                && (minInclusive ? value >= min : value > min)
                && (maxInclusive ? value <= max : value < max);
            if (!ok)
            {
                string range = (minInclusive ? "[" : "(") + Fmt(min) + ", " + Fmt(max) + (maxInclusive ? "]" : ")");
                throw Invalid(name, "a number in " + range, Fmt(value), $"pass {name}: a value in {range}");
            }
            return Recorded(name, value, ArgValue.Of);
        }

        /// <summary>A number Keras requires (Dropout's rate, GaussianNoise's stddev), checked as <see cref="Float"/> checks.</summary>
        public double RequiredFloat(string name, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
            bool minInclusive = true, bool maxInclusive = true)
        {
            if (Raw(name) == null) throw Invalid(name, "a number", "nothing", $"pass {name}: explicitly; it has no default");
            return Float(name, 0, min, max, minInclusive, maxInclusive);
        }

        /// <summary>A number whose Keras default is None (ReLU's max_value): null when absent, else checked as <see cref="Float"/> checks.</summary>
        public double? OptionalFloat(string name, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
            bool minInclusive = true, bool maxInclusive = true)
        {
            if (Raw(name) != null) return Float(name, 0, min, max, minInclusive, maxInclusive);
            Record(name, ArgValue.Null);
            return null;
        }

        public string? String(string name, string? defaultValue = null) => Recorded(name, ReadString(name, defaultValue), ArgValue.Of);

        private string? ReadString(string name, string? defaultValue)
        {
            var v = Raw(name);
            if (v == null) return defaultValue;
            if (v.Kind == ArgKind.String) return v.Text;
            throw Invalid(name, "a string", v.ToString(), $"pass a string for {name}:");
        }

        /// <summary>A string that must be one of Keras's names for it (case-insensitive, as Keras lowercases).</summary>
        public string Option(string name, string defaultValue, params string[] allowed)
        {
            string value = ReadString(name, defaultValue)!;
            // Most values are written as Keras spells them: found as they are, without lowercasing a copy.
            int exact = Array.IndexOf(allowed, value);
            if (exact >= 0) return Recorded(name, allowed[exact], ArgValue.Of);
            string lower = value.ToLowerInvariant();
            if (Array.IndexOf(allowed, lower) < 0)
                throw UnknownOption(name, value, $"has an unknown {name} '{value}': expected one of {Quote(allowed)}. Pass one of these.", allowed);
            return Recorded(name, lower, ArgValue.Of);
        }

        /// <summary>A string that must be one of these names exactly (case-sensitive, for Keras arguments it does not lowercase).</summary>
        public string ExactOption(string name, string defaultValue, params string[] allowed)
        {
            string value = ReadString(name, defaultValue)!;
            if (Array.IndexOf(allowed, value) < 0)
                throw UnknownOption(name, value, $"has an unknown {name} '{value}': expected one of {Quote(allowed)}, as written (case matters). Pass one of these.", allowed);
            return Recorded(name, value, ArgValue.Of);
        }

        /// <summary>
        /// KD0003 for a string that is none of <paramref name="allowed"/>, with the nearest allowed names for the code fix
        /// (found only now, on the refusal).
        /// </summary>
        internal KerasModelException UnknownOption(string name, string value, string detail, IEnumerable<string> allowed) =>
            new KerasModelException(Diagnostics.UnknownOption, LayerName, detail, -1, name, RefusalFix.ReplaceOption(name, value, NearestNames.Find(value, allowed)));

        /// <summary>An activation name; null or absent means 'linear', as in Keras.</summary>
        public string Activation(string name = "activation", string defaultValue = "linear")
        {
            string value = ReadString(name, defaultValue)!;
            if (!Activations.IsKnown(value))
                throw UnknownOption(name, value, $"has an unknown {name} '{value}': expected one of Keras's activations ({string.Join(", ", Activations.Names)}). " +
                    "Check the spelling, or use Activation layers for custom functions.", Activations.Names);
            return Recorded(name, value, ArgValue.Of);
        }

        // ---- Keras objects: initializers, regularizers, constraints, dtype policies ----

        /// <summary>An initializer: a Keras name or an object; absent, Keras's default (<paramref name="defaultName"/>).</summary>
        public void Initializer(string name, string defaultName) => KerasObject(name, KerasObjects.Initializers, defaultName);

        /// <summary>A regularizer (a Keras name or an object), or null for none, Keras's default.</summary>
        public void Regularizer(string name) => KerasObject(name, KerasObjects.Regularizers, null);

        /// <summary>A constraint (a Keras name or an object), or null for none, Keras's default.</summary>
        public void Constraint(string name) => KerasObject(name, KerasObjects.Constraints, null);

        /// <summary>
        /// The initializer, regularizer and constraint of a weight, as Keras's layers take them: <c>{weight}Initializer</c>
        /// (default <paramref name="initializer"/>), <c>{weight}Regularizer</c> and <c>{weight}Constraint</c> (default none).
        /// </summary>
        public void WeightOptions(string weight, string initializer) => WeightOptions(weight, initializer, null, null, null, null);

        /// <summary>The options of two weights, in Keras's order: both initializers, both regularizers, both constraints.</summary>
        public void WeightOptions(string weight1, string initializer1, string weight2, string initializer2) =>
            WeightOptions(weight1, initializer1, weight2, initializer2, null, null);

        /// <summary>
        /// The options of up to three weights, in Keras's order: the initializers, the regularizers, the constraints, e.g.
        /// ("kernel", "glorot_uniform", "recurrent", "orthogonal", "bias", "zeros"). The names are made only when a layer
        /// gives one of these arguments or records its configuration: every layer of every model reads them.
        /// </summary>
        public void WeightOptions(string weight1, string initializer1, string? weight2, string? initializer2, string? weight3, string? initializer3)
        {
            if (config == null && !GivesWeightOptions()) return;
            Initializer(weight1 + "Initializer", initializer1);
            if (weight2 != null) Initializer(weight2 + "Initializer", initializer2!);
            if (weight3 != null) Initializer(weight3 + "Initializer", initializer3!);
            Regularizer(weight1 + "Regularizer");
            if (weight2 != null) Regularizer(weight2 + "Regularizer");
            if (weight3 != null) Regularizer(weight3 + "Regularizer");
            Constraint(weight1 + "Constraint");
            if (weight2 != null) Constraint(weight2 + "Constraint");
            if (weight3 != null) Constraint(weight3 + "Constraint");
        }

        /// <summary>Whether any argument named *Initializer, *Regularizer or *Constraint is given (not null).</summary>
        private bool GivesWeightOptions()
        {
            foreach (var a in Call.Args)
            {
                if (a.Value.IsNull) continue;
                string n = a.Name;
                if (n.EndsWith("Initializer", StringComparison.Ordinal) || n.EndsWith("Regularizer", StringComparison.Ordinal) ||
                    n.EndsWith("Constraint", StringComparison.Ordinal))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// A value of one of Keras's object families: a string among its names (exactly as Keras 3's <c>get()</c>
        /// resolves them, case-sensitively), or an object (<see cref="ArgKind.Layer"/>: a class of the family with its
        /// constructor's arguments, each checked). Absent: <paramref name="defaultName"/>, or None.
        /// </summary>
        public void KerasObject(string name, KerasObjectKind kind, string? defaultName)
        {
            var v = Raw(name);
            if (v == null)
            {
                if (config != null) Record(name, defaultName == null ? ArgValue.Null : ArgValue.Of(defaultName));
                return;
            }
            if (v.Kind == ArgKind.String)
            {
                string text = v.Text!;
                if (kind.IsRefused(text))
                    throw new KerasModelException(Diagnostics.UnknownOption, LayerName,
                        $"has the {name} '{text}': Keras's base {kind.What} class, which Keras resolves but cannot make weights with " +
                        $"(its __call__ raises NotImplementedError). Pass one of Keras's {kind.What}s, e.g. '{kind.ExampleName}' or {kind.Example}.", argument: name);
                if (!kind.IsName(text))
                    throw UnknownOption(name, text, $"has an unknown {name} '{text}': expected one of Keras's {kind.What}s ({string.Join(", ", kind.Names)}), " +
                        $"as written (case matters), or an object such as {kind.Example}. Check the spelling.", kind.Names);
                Record(name, v);
                return;
            }
            if (v.Kind == ArgKind.Layer)
            {
                ReadObject(name, kind, v.Layer!);
                Record(name, v);
                return;
            }
            throw Invalid(name, $"a {kind.What}: a Keras name such as '{kind.ExampleName}' or an object such as {kind.Example}", v.ToString(),
                $"pass {name}: \"{kind.ExampleName}\" or {name}: {kind.Example}");
        }

        /// <summary>
        /// Checks an object's class and its constructor's arguments (an argument the class does not take is refused) and
        /// returns its resolved configuration.
        /// </summary>
        internal IReadOnlyList<Arg> ReadObject(string name, KerasObjectKind kind, LayerCall obj)
        {
            if (!kind.TryGetClass(obj.ClassName, out var readArguments))
                throw new KerasModelException(Diagnostics.UnknownOption, LayerName,
                    $"has a {name} of unknown class {obj.ClassName}: expected one of Keras's {kind.What} classes " +
                    $"({string.Join(", ", kind.ClassNames)}). Use one of these, e.g. {kind.Example}.", argument: name);
            var inner = Recording(obj, LayerName);
            try
            {
                readArguments(inner);
                var read = new HashSet<string>(inner.Config.Select(a => a.Name), StringComparer.Ordinal);
                foreach (var a in obj.Args)
                    if (!read.Contains(a.Name))
                        throw inner.Invalid(a.Name, $"one of {obj.ClassName}'s arguments ({(read.Count == 0 ? "it takes none" : string.Join(", ", read))})",
                            a.Name + "=" + a.Value, $"remove {a.Name}:");
                return inner.Config;
            }
            catch (KerasModelException e)
            {
                throw new KerasModelException(e.Diagnostic, LayerName, $"(its {name} {obj.ClassName}) {e.Detail}", argument: name);
            }
        }

        /// <summary>
        /// A dtype policy name (keras/src/dtype_policies/__init__.py get, DTypePolicy._parse_name): "mixed_float16",
        /// "mixed_bfloat16", or a dtype of keras/src/backend/common/dtypes.py ALLOWED_DTYPES (and "int"). A name that
        /// starts with a quantization mode (int8, float8, int4, ternary, gptq, awq) is a quantized policy, which changes
        /// the weights: refused, as the CLI refuses such a policy. Absent: Keras's default policy, "float32".
        /// </summary>
        public string DType(string name = "dtype")
        {
            var v = Raw(name);
            if (v == null) return Recorded(name, "float32", ArgValue.Of);
            if (v.Kind != ArgKind.String)
                throw Invalid(name, "a dtype policy name such as 'float32' or 'mixed_float16'", v.ToString(), $"pass {name}: \"float32\"");
            string text = v.Text!;
            foreach (var mode in QuantizationModes)
                if (text.StartsWith(mode, StringComparison.Ordinal))
                    throw new KerasModelException(Diagnostics.UnknownOption, LayerName,
                        $"has the {name} '{text}', which Keras reads as a quantized dtype policy (it starts with '{mode}'): quantization changes the weights, " +
                        $"which KerasDsl does not model. Pass an unquantized policy such as 'float32' or 'mixed_float16'.", argument: name);
            if (!DTypePolicies.Contains(text))
                throw UnknownOption(name, text, $"has an unknown {name} '{text}': expected one of Keras's dtype policies ({string.Join(", ", DTypePolicies)}). Check the spelling.", DTypePolicies);
            return Recorded(name, text, ArgValue.Of);
        }

        /// <summary>keras/src/dtype_policies/dtype_policy.py QUANTIZATION_MODES.</summary>
        private static readonly string[] QuantizationModes = { "int8", "float8", "int4", "ternary", "gptq", "awq" };

        /// <summary>
        /// The policy names DTypePolicy takes: the two mixed ones, then ALLOWED_DTYPES (dtypes.py) and the string "int"
        /// (PYTHON_DTYPES_MAP), less the dtypes that start with a quantization mode (int8, float8_*), which get() reads as
        /// quantized policies and refuses without "_from_".
        /// </summary>
        public static readonly IReadOnlyList<string> DTypePolicies = Array.AsReadOnly(new[]
        {
            "mixed_float16", "mixed_bfloat16", "float16", "float32", "float64", "uint8", "uint16", "uint32", "uint64",
            "int16", "int32", "int64", "bfloat16", "bool", "string", "complex64", "complex128", "int",
        });

        // ---- tuples ----

        /// <summary>
        /// A size that is an int (repeated <paramref name="rank"/> times, as Keras's
        /// standardize_tuple does) or a tuple of exactly <paramref name="rank"/> ints.
        /// </summary>
        public long[] IntTuple(string name, int rank, long[]? defaultValue = null, bool allowZero = false)
        {
            var v = Raw(name);
            long[] values;
            if (v == null)
            {
                if (defaultValue != null) return Recorded(name, defaultValue, Ints);
                throw Invalid(name, $"an integer or a tuple of {rank} integers", "nothing", $"pass {name}: explicitly; it has no default");
            }
            if (v.Kind == ArgKind.Int || (v.Kind == ArgKind.Float && v.Number == Math.Floor(v.Number)))
            {
                long single = v.Kind == ArgKind.Int ? v.Integer : (long)v.Number;
                values = new long[rank];
                for (int i = 0; i < rank; i++) values[i] = single;
            }
            else if (v.Kind == ArgKind.Tuple && v.Items.Count == rank && v.Items.All(i => i.Kind == ArgKind.Int))
            {
                values = v.Items.Select(i => i.Integer).ToArray();
            }
            else
            {
                throw Invalid(name, rank == 1 ? "an integer" : $"an integer or a tuple of {rank} integers", v.ToString(),
                    rank == 1 ? $"pass {name}: as one integer" : $"pass {name}: as n or ({string.Join(", ", Enumerable.Repeat("n", rank))})");
            }
            foreach (var x in values)
                if (x < 0 || (x == 0 && !allowZero))
                    throw Invalid(name, allowZero ? "non-negative integers" : "positive integers", v.ToString(),
                        $"pass {name}: with every value {(allowZero ? "0" : "1")} or more");
            return Recorded(name, values, Ints);
        }

        /// <summary>
        /// A list of ints of any length (Reshape's target shape, Permute's dims, an axis or a list of
        /// axes); one int is a list of one. Absent: <paramref name="defaultValue"/>, or an error when there is none.
        /// </summary>
        public long[] IntList(string name, long[]? defaultValue = null)
        {
            var v = Raw(name);
            if (v == null)
            {
                if (defaultValue != null) return Recorded(name, defaultValue, Ints);
                throw Invalid(name, "a tuple of integers", "nothing", $"pass {name}: explicitly; it has no default");
            }
            // One int stays one int in the configuration, as Keras keeps axis=-1 an int.
            if (IsWhole(v))
            {
                long single = WholeValue(v);
                if (config != null) Record(name, ArgValue.Of(single));
                return new[] { single };
            }
            if (v.Kind == ArgKind.Tuple && v.Items.All(IsWhole)) return Recorded(name, v.Items.Select(WholeValue).ToArray(), Ints);
            throw Invalid(name, "a tuple of integers", v.ToString(), $"pass {name}: as (a, b, ...)");
        }

        /// <summary>A list of ints whose Keras default is None (an initializer's input_axes): null when absent.</summary>
        public long[]? OptionalIntList(string name)
        {
            if (Raw(name) != null) return IntList(name);
            Record(name, ArgValue.Null);
            return null;
        }

        /// <summary>
        /// Keras's padding/cropping forms, as (before, after) pairs for each of <paramref name="rank"/>
        /// axes. Rank 1 (ZeroPadding1D, Cropping1D, via standardize_tuple): n → (n, n), or (before, after).
        /// Rank 2 and 3 (keras/src/layers/reshaping/zero_padding2d.py, cropping2d.py): n → every axis (n, n);
        /// a tuple of <paramref name="rank"/> entries, each n (symmetric) or (before, after).
        /// Every value must be 0 or more.
        /// </summary>
        public long[][] IntPairs(string name, int rank, long[][] defaultValue) =>
            Recorded(name, ReadIntPairs(name, rank, defaultValue), pairs => ArgValue.Tuple(pairs.Select(Ints).ToArray()));

        private long[][] ReadIntPairs(string name, int rank, long[][] defaultValue)
        {
            var v = Raw(name);
            if (v == null) return defaultValue;
            // The refusal's words are composed only when it is thrown: ZeroPadding2D reads this for every layer made.
            KerasModelException Refusal(string found)
            {
                string expected = rank == 1
                    ? "an integer or a tuple of 2 integers (before, after)"
                    : $"an integer, a tuple of {rank} integers, or a tuple of {rank} pairs " +
                      "(" + string.Join(", ", Enumerable.Repeat("(before, after)", rank)) + ")";
                string fix = rank == 1
                    ? $"write {name}: n or {name}: (before, after)"
                    : $"write {name}: n, {name}: (" + string.Join(", ", Enumerable.Repeat("n", rank)) + $"), or {name}: (" +
                      string.Join(", ", Enumerable.Repeat("(a, b)", rank)) + ")";
                return Invalid(name, expected, found, fix);
            }
            var result = new long[rank][];
            if (IsWhole(v))
            {
                for (int i = 0; i < rank; i++) result[i] = new[] { WholeValue(v), WholeValue(v) };
            }
            else if (rank == 1 && v.Kind == ArgKind.Tuple && v.Items.Count == 2 && v.Items.All(IsWhole))
            {
                result[0] = new[] { WholeValue(v.Items[0]), WholeValue(v.Items[1]) };
            }
            else if (rank > 1 && v.Kind == ArgKind.Tuple && v.Items.Count == rank)
            {
                for (int i = 0; i < rank; i++)
                {
                    var item = v.Items[i];
                    if (IsWhole(item)) result[i] = new[] { WholeValue(item), WholeValue(item) };
                    else if (item.Kind == ArgKind.Tuple && item.Items.Count == 2 && item.Items.All(IsWhole))
                        result[i] = new[] { WholeValue(item.Items[0]), WholeValue(item.Items[1]) };
                    else throw Refusal(v.ToString());
                }
            }
            else
            {
                throw Refusal(v.ToString());
            }
            if (result.Any(pair => pair[0] < 0 || pair[1] < 0))
                throw Invalid(name, "values of 0 or more", v.ToString(), $"pass {name}: with every value 0 or more");
            return result;
        }

        /// <summary>
        /// A shape whose entries are positive sizes or nulls (Dropout's noise_shape, batch dim included);
        /// one int is a shape of one. Null when absent.
        /// </summary>
        public long?[]? OptionalDims(string name) => Recorded(name, ReadOptionalDims(name), Dims);

        private long?[]? ReadOptionalDims(string name)
        {
            var v = Raw(name);
            if (v == null) return null;
            long?[] dims;
            if (IsWhole(v)) dims = new long?[] { WholeValue(v) };
            else if (v.Kind == ArgKind.Tuple && v.Items.All(i => IsWhole(i) || i.IsNull))
                dims = v.Items.Select(i => i.IsNull ? (long?)null : WholeValue(i)).ToArray();
            else throw Invalid(name, "a tuple of integers and nulls", v.ToString(), $"write {name}: (null, 1, 64), null meaning the input's size");
            if (dims.Any(d => d <= 0))
                throw Invalid(name, "sizes of 1 or more, or null", v.ToString(), $"pass {name}: with every size 1 or more, or null for the input's size");
            return dims;
        }

        /// <summary>The input shape without the batch dim: an int or a tuple whose nulls are unknown dims.</summary>
        public long?[]? InputShape(string name = "input") => PartialShape(name);

        /// <summary>
        /// A shape without the batch dim (the input shape, EinsumDense's output_shape): an int, or a tuple of sizes of 0
        /// or more and nulls (unknown sizes). Null when absent.
        /// </summary>
        public long?[]? PartialShape(string name) => Recorded(name, ReadPartialShape(name), Dims);

        private long?[]? ReadPartialShape(string name)
        {
            var v = Raw(name);
            if (v == null) return null;
            if (v.Kind == ArgKind.Int)
            {
                if (v.Integer < 0) throw Invalid(name, "a shape of non-negative sizes", v.ToString(), "pass sizes of 0 or more, or null for an unknown size");
                return new long?[] { v.Integer };
            }
            if (v.Kind == ArgKind.Tuple && v.Items.All(i => i.Kind == ArgKind.Int || i.Kind == ArgKind.Null))
            {
                var dims = v.Items.Select(i => i.Kind == ArgKind.Null ? (long?)null : i.Integer).ToArray();
                if (dims.Any(d => d < 0)) throw Invalid(name, "a shape of non-negative sizes", v.ToString(), "pass sizes of 0 or more, or null for an unknown size");
                return dims;
            }
            throw Invalid(name, "a shape: an integer, or a tuple of integers and nulls", v.ToString(), $"write e.g. {name}: 3 or {name}: (null, 5)");
        }

        public LayerCall? Layer(string name)
        {
            var v = Raw(name);
            if (v == null) return Recorded(name, (LayerCall?)null, ArgValue.Of);
            if (v.Kind == ArgKind.Layer) return Recorded(name, v.Layer, ArgValue.Of);
            throw Invalid(name, "a layer", v.ToString(), $"pass a layer such as LSTM(64) for {name}:");
        }

        private static ArgValue Ints(long[] values)
        {
            var items = new ArgValue[values.Length];
            for (int i = 0; i < items.Length; i++) items[i] = ArgValue.Of(values[i]);
            return ArgValue.Tuple(items);
        }

        private static ArgValue Dims(long?[]? dims)
        {
            if (dims == null) return ArgValue.Null;
            var items = new ArgValue[dims.Length];
            for (int i = 0; i < items.Length; i++) items[i] = ArgValue.Of(dims[i]);
            return ArgValue.Tuple(items);
        }

        // Keras JSON may spell an integer as 3.0.
        private static bool IsWhole(ArgValue v) =>
            v.Kind == ArgKind.Int || (v.Kind == ArgKind.Float && v.Number == Math.Floor(v.Number) && Math.Abs(v.Number) < 9e15);

        private static long WholeValue(ArgValue v) => v.Kind == ArgKind.Int ? v.Integer : (long)v.Number;

        // ---- errors ----

        public KerasModelException Invalid(string name, string expected, string found, string fix) =>
            new KerasModelException(Diagnostics.InvalidArgument, LayerName,
                $"has an invalid {name}: expected {expected}, found {found}. Fix: {fix}.", argument: name);

        private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + v + "'"));

        private static string Fmt(double d) =>
            double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf" : d.ToString("R", CultureInfo.InvariantCulture);
    }
}
