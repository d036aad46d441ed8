using System;
using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// One family of Keras objects a layer argument takes either by name (<c>"he_normal"</c>) or as an object
    /// (<c>HeNormal(seed: 1)</c>): initializers, regularizers, constraints. The names are exactly the strings Keras 3's
    /// <c>get()</c> resolves (its <c>ALL_OBJECTS_DICT</c>: each class's name, its snake_case name, and the aliases);
    /// an object is written as a <see cref="LayerCall"/> whose class name is the Keras class and whose arguments are the
    /// class's constructor arguments in camelCase, each checked here as Keras's constructor checks it.
    /// </summary>
    internal sealed class KerasObjectKind
    {
        private readonly HashSet<string> names;
        private readonly Dictionary<string, Action<LayerArgs>> classes;

        internal KerasObjectKind(string what, string exampleName, string example, string[] names, Dictionary<string, Action<LayerArgs>> classes,
            params string[] refused)
        {
            What = what;
            ExampleName = exampleName;
            Example = example;
            Names = names;
            this.names = new HashSet<string>(names, StringComparer.Ordinal);
            this.classes = classes;
            Refused = refused;
        }

        /// <summary>What the objects are, in a message: "initializer".</summary>
        public string What { get; }

        /// <summary>A name, for messages: <c>glorot_uniform</c>.</summary>
        public string ExampleName { get; }

        /// <summary>An object written as the runtime writes it, for messages: <c>HeNormal(seed: 1)</c>.</summary>
        public string Example { get; }

        /// <summary>Every name Keras 3 resolves, case-sensitively, as written in its source.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The class names an object may have (the keys of its argument checks).</summary>
        public IEnumerable<string> ClassNames => classes.Keys;

        /// <summary>Names Keras's <c>get()</c> resolves but whose object cannot do its work (the abstract base Initializer).</summary>
        private string[] Refused { get; }

        internal bool IsRefused(string name) => Array.IndexOf(Refused, name) >= 0;

        /// <summary>Whether Keras 3's <c>get()</c> resolves this name (exactly as written).</summary>
        public bool IsName(string name) => names.Contains(name);

        /// <summary>
        /// Checks an object of this family (a class and its constructor's arguments, as <see cref="LayerArgs.KerasObject"/>
        /// does for a layer's argument) and returns its resolved configuration: each argument the class takes, as given or
        /// at Keras's default. Throws <see cref="KerasModelException"/> as the layer would, attributed to <paramref name="layerName"/>.
        /// </summary>
        public IReadOnlyList<Arg> ReadConfig(LayerCall obj, string layerName, string argument) =>
            new LayerArgs(obj, layerName).ReadObject(argument, this, obj);

        internal bool TryGetClass(string className, out Action<LayerArgs> readArguments) => classes.TryGetValue(className, out readArguments!);
    }

    /// <summary>Keras 3's initializers, regularizers and constraints: their names and their constructors' checks.</summary>
    internal static class KerasObjects
    {
        /// <summary>
        /// keras/src/initializers/__init__.py: ALL_OBJECTS by class name and by to_snake_case(class name), and the aliases
        /// (IdentityInitializer, normal, one, STFTInitializer, OrthogonalInitializer, uniform, zero). The base class
        /// <c>Initializer</c> is resolved by <c>get()</c> too, but its <c>__call__</c> raises NotImplementedError when the
        /// layer builds its weights, so it is refused here.
        /// </summary>
        public static readonly KerasObjectKind Initializers = new KerasObjectKind("initializer", "glorot_uniform", "HeNormal(seed: 1)",
            new[]
            {
                "Constant", "constant", "Identity", "identity", "Ones", "ones", "STFT", "stft", "Zeros", "zeros",
                "GlorotNormal", "glorot_normal", "GlorotUniform", "glorot_uniform", "HeNormal", "he_normal", "HeUniform", "he_uniform",
                "LecunNormal", "lecun_normal", "LecunUniform", "lecun_uniform", "Orthogonal", "orthogonal",
                "RandomNormal", "random_normal", "RandomUniform", "random_uniform", "TruncatedNormal", "truncated_normal",
                "VarianceScaling", "variance_scaling",
                "IdentityInitializer", "normal", "one", "STFTInitializer", "OrthogonalInitializer", "uniform", "zero",
            },
            new Dictionary<string, Action<LayerArgs>>(StringComparer.Ordinal)
            {
                // keras/src/initializers/constant_initializers.py
                ["Constant"] = a => a.Float("value", 0.0),
                ["Zeros"] = a => { },
                ["Ones"] = a => { },
                ["Identity"] = a => a.Float("gain", 1.0),
                ["STFT"] = a =>
                {
                    a.ExactOption("side", "real", "real", "imag");
                    // window and scaling take None (no window, no scaling), which differs from their defaults.
                    if (a.IsExplicitNull("window")) a.Record("window", ArgValue.Null);
                    else a.String("window", "hann");
                    if (a.IsExplicitNull("scaling")) a.Record("scaling", ArgValue.Null);
                    else a.ExactOption("scaling", "density", "density", "spectrum");
                    a.Bool("periodic", false);
                },
                // keras/src/initializers/random_initializers.py
                ["RandomNormal"] = a => { a.Float("mean", 0.0); a.Float("stddev", 0.05); a.Seed(); },
                ["TruncatedNormal"] = a => { a.Float("mean", 0.0); a.Float("stddev", 0.05); a.Seed(); },
                ["RandomUniform"] = a => { a.Float("minval", -0.05); a.Float("maxval", 0.05); a.Seed(); },
                ["VarianceScaling"] = a =>
                {
                    a.Float("scale", 1.0, min: 0, minInclusive: false);
                    a.ExactOption("mode", "fan_in", "fan_in", "fan_out", "fan_avg");
                    // Keras lowercases distribution and reads "normal" as "truncated_normal".
                    string distribution = a.Option("distribution", "truncated_normal", "uniform", "truncated_normal", "untruncated_normal", "normal");
                    if (distribution == "normal") a.Record("distribution", ArgValue.Of("truncated_normal"));
                    a.Seed();
                    FanAxes(a);
                },
                ["GlorotNormal"] = FanInitializer,
                ["GlorotUniform"] = FanInitializer,
                ["LecunNormal"] = FanInitializer,
                ["LecunUniform"] = FanInitializer,
                ["HeNormal"] = FanInitializer,
                ["HeUniform"] = FanInitializer,
                ["Orthogonal"] = a => { a.Float("gain", 1.0); a.Seed(); },
            },
            "Initializer", "initializer");

        /// <summary>
        /// keras/src/regularizers/__init__.py: ALL_OBJECTS (Regularizer, L1, L2, L1L2, OrthogonalRegularizer) by class
        /// name and by to_snake_case(class name); <c>"l1l2"</c> is L1L2's snake_case name. A name makes the class with
        /// its defaults (L1 and L2: 0.01). The base Regularizer adds nothing.
        /// </summary>
        public static readonly KerasObjectKind Regularizers = new KerasObjectKind("regularizer", "l2", "L2(1e-4)",
            new[] { "Regularizer", "regularizer", "L1", "l1", "L2", "l2", "L1L2", "l1l2", "OrthogonalRegularizer", "orthogonal_regularizer" },
            new Dictionary<string, Action<LayerArgs>>(StringComparer.Ordinal)
            {
                // keras/src/regularizers/regularizers.py: validate_float_arg, a finite number of 0 or more; None is the default.
                ["L1"] = a => Penalty(a, "l1", 0.01),
                ["L2"] = a => Penalty(a, "l2", 0.01),
                ["L1L2"] = a => { Penalty(a, "l1", 0.0); Penalty(a, "l2", 0.0); },
                ["OrthogonalRegularizer"] = a => { Penalty(a, "factor", 0.01); a.ExactOption("mode", "rows", "rows", "columns"); },
            });

        /// <summary>
        /// keras/src/constraints/__init__.py: ALL_OBJECTS (Constraint, MaxNorm, MinMaxNorm, NonNeg, UnitNorm) by class
        /// name and by to_snake_case(class name). The base Constraint leaves the weights as they are.
        /// </summary>
        public static readonly KerasObjectKind Constraints = new KerasObjectKind("constraint", "max_norm", "MaxNorm(3)",
            new[] { "Constraint", "constraint", "MaxNorm", "max_norm", "MinMaxNorm", "min_max_norm", "NonNeg", "non_neg", "UnitNorm", "unit_norm" },
            new Dictionary<string, Action<LayerArgs>>(StringComparer.Ordinal)
            {
                // keras/src/constraints/constraints.py: the constructors store their arguments unchecked.
                ["MaxNorm"] = a => { a.Float("maxValue", 2); a.IntList("axis", new long[] { 0 }); },
                ["MinMaxNorm"] = a => { a.Float("minValue", 0.0); a.Float("maxValue", 1.0); a.Float("rate", 1.0); a.IntList("axis", new long[] { 0 }); },
                ["NonNeg"] = a => { },
                ["UnitNorm"] = a => a.IntList("axis", new long[] { 0 }),
            });

        /// <summary>GlorotNormal and the other VarianceScaling subclasses: seed, input_axes, output_axes.</summary>
        private static void FanInitializer(LayerArgs a)
        {
            a.Seed();
            FanAxes(a);
        }

        /// <summary>input_axes and output_axes (compute_fans): None, or the axes whose sizes make the fans.</summary>
        private static void FanAxes(LayerArgs a)
        {
            a.OptionalIntList("inputAxes");
            a.OptionalIntList("outputAxes");
        }

        private static void Penalty(LayerArgs a, string name, double defaultValue) =>
            a.Float(name, defaultValue, min: 0, maxInclusive: false);
    }
}
