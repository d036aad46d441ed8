using static KerasDsl.Analyzers.Tests.Infrastructure.AnalyzerVerifier;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;
using static KerasDsl.Keras;
using Runtime = KerasDsl.Analyzers.Tests.Infrastructure.Runtime;

namespace KerasDsl.Analyzers.Tests.Diagnostics;

/// <summary>
/// What the compiler can know it evaluates exactly as the runtime would (each case is made to
/// fail so the diagnostic proves the value was read); what it cannot know stops evaluation with an
/// Info naming the argument, never a false error.
/// </summary>
public class ConstantEvaluationTests
{
    /// <summary>KD0011 in ordinary code: the argument the compiler does not know, and the call it is given to.</summary>
    private static string NotConstant(string argument, string method) =>
        $"{argument} of {method} is not a compile-time constant, so the model is not checked or counted at compile time from here on. " +
        "The runtime still checks it; use a literal, a const, or locals and static helpers computed from them to have it checked while you type.";

    private static string DenseZero => Runtime.Refusal("KD0002", () => Sequential().Dense(4, input: 3).Dense(0));

    [Fact]
    public Task Const_fields_and_locals_are_read() => Verify(
        InMethod("Sequential().Dense(Width, input: 3).{|#0:Dense|}(Zero)", "    const int Width = 4;\n    const int Zero = Width - 4;\n"),
        Error("KD0002", 0, DenseZero));

    [Fact]
    public Task A_const_local_is_read() => Verify(
        Usings + "\nclass C\n{\n    void M()\n    {\n        const int zero = 0;\n        var m = Sequential().Dense(4, input: 3).{|#0:Dense|}(zero);\n    }\n}\n",
        Error("KD0002", 0, DenseZero));

    [Fact]
    public Task Arithmetic_and_unary_minus_on_constants_are_folded() => Verify(
        InMethod("Sequential().Dense(2 * 64, input: 3).{|#0:Dense|}(-(2 * 64) + 128)"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(2 * 64, input: 3).Dense(-(2 * 64) + 128))));

    [Fact]
    public Task Named_arguments_in_any_order_are_matched_by_parameter_name() => Verify(
        InMethod("Sequential().{|#0:Dense|}(activation: \"nope\", input: 3, units: 4)"),
        Error("KD0003", 0, Runtime.Refusal("KD0003", () => Sequential().Dense(activation: "nope", input: 3, units: 4))));

    [Fact]
    public Task Constant_strings_are_read() => Verify(
        InMethod("Sequential().{|#0:Dense|}(4, Prefix + \"ux\", input: 3)", "    const string Prefix = \"rel\";\n"),
        Error("KD0003", 0, Runtime.Refusal("KD0003", () => Sequential().Dense(4, "rel" + "ux", input: 3))));

    [Fact]
    public Task Bools_and_defaults_are_read() => Verify(
        InMethod("{|#0:Sequential|}().{|#1:Dense|}(4, useBias: false, input: 3)"),
        tooltips: true,
        Info("KD0013", 0, "sequential: 12 params (12 trainable, 0 non-trainable), output (None, 4)"),
        LayerTooltip(1, "dense: output (None, 4), 12 params"));

    [Fact]
    public Task Tuples_with_null_are_unknown_dims() => Verify(
        InMethod("Sequential().Flatten(input: (null, 3)).{|#0:Dense|}(4)"),
        Error("KD0007", 0, Runtime.Refusal("KD0007", () => Sequential().Flatten(input: (null, 3)).Dense(4))));

    [Fact]
    public Task Default_input_shape_means_not_given() => Verify(
        InMethod("Sequential().Dense(4, input: default).{|#0:Dense|}(0, input: default(InputShape))"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(4, input: default).Dense(0, input: default(InputShape)))));

    [Fact]
    public Task A_non_constant_field_stops_evaluation_with_an_Info_and_no_false_error() => Verify(
        Usings + "\nclass C\n{\n    static int n = 4;\n    void M()\n    {\n        var m = Sequential().Dense({|#0:n|}, input: 3).Dense(0);\n    }\n}\n",
        Info("KD0011", 0, NotConstant("units", "Dense")));

    [Fact]
    public Task An_input_shape_from_a_variable_is_named() => Verify(
        Usings + "\nclass C\n{\n    static int features = 5;\n    void M()\n    {\n        var m = Sequential().Dense(4, input: {|#0:(null, features)|});\n    }\n}\n",
        Info("KD0011", 0, NotConstant("input", "Dense")));

    [Fact]
    public Task A_static_readonly_field_and_a_method_call_are_not_constants() => Verify(
        InMethod("Sequential(name: {|#0:Name|}).Dense(0)", "    static readonly string Name = \"m\";\n"),
        Info("KD0011", 0, NotConstant("name", "Sequential")));

    [Fact]
    public Task Layers_before_a_non_constant_argument_are_still_checked() => Verify(
        Usings + "\nclass C\n{\n    void M()\n    {\n        var m = Sequential().{|#0:Dense|}(0, input: 3).Dense(System.Math.Max(1, 2));\n    }\n}\n",
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(0, input: 3))));

    [Fact]
    public Task A_layer_passed_to_Add_from_a_variable_stops_evaluation() => Verify(
        Usings + "\nclass C\n{\n    static LayerSpec layer = Dense(2);\n    void M()\n    {\n        var m = Sequential().Dense(4, input: 3).Add({|#0:layer|}).Dense(0);\n    }\n}\n",
        Info("KD0011", 0, NotConstant("layer", "Add")));

    [Fact]
    public Task Factories_inside_Bidirectional_are_read_with_their_constants() => Verify(
        InMethod("{|#0:Sequential|}().{|#1:Bidirectional|}(LSTM(2 * 32, returnSequences: Sequences), input: (null, Features))",
            "    const int Features = 5;\n    const bool Sequences = true;\n"),
        tooltips: true,
        // The seed article: bidirectional = 2 * 4 * (64 * (64 + 5) + 64) = 35840.
        Info("KD0013", 0, "sequential: 35,840 params (35,840 trainable, 0 non-trainable), output (None, None, 128)"),
        LayerTooltip(1, "bidirectional: output (None, None, 128), 35,840 params"));

    [Fact]
    public Task Factories_inside_TimeDistributed_and_Add_are_read() => Verify(
        InMethod("Sequential().TimeDistributed(Dense(8), input: (10, 16)).Add({|#0:TimeDistributed|}(Dense(8, activation: \"relu6x\")))"),
        Error("KD0003", 0, Runtime.Refusal("KD0003", () => Sequential().TimeDistributed(Dense(8), input: (10, 16)).Add(TimeDistributed(Dense(8, activation: "relu6x"))))));

    [Fact]
    public Task A_non_constant_argument_of_a_wrapped_factory_is_named_with_its_wrapper() => Verify(
        Usings + "\nclass C\n{\n    static int units = 4;\n    void M()\n    {\n        var m = Sequential().Bidirectional(LSTM({|#0:units|}), input: (null, 5));\n    }\n}\n",
        Info("KD0011", 0, NotConstant("units", "LSTM")));

    [Fact]
    public Task Nested_tuples_of_margins_are_read() => Verify(
        InMethod("{|#1:Sequential|}().{|#0:ZeroPadding2D|}(((1, 2), (3, 4)), input: (5, 5, 1))"),
        tooltips: true,
        Info("KD0013", 1, "sequential: 0 params (0 trainable, 0 non-trainable), output (None, 8, 12, 1)"),
        LayerTooltip(0, "zero_padding2d: output (None, 8, 12, 1), 0 params"));

    [Fact]
    public Task Several_outputs_print_as_a_list() => Verify(
        InMethod("{|#0:Sequential|}().{|#1:Bidirectional|}(LSTM(3, returnSequences: true), mergeMode: MergeMode.None, input: (4, 2))"),
        tooltips: true,
        // Each direction: 4 * (3 * (3 + 2) + 3) = 72.
        Info("KD0013", 0, "sequential: 144 params (144 trainable, 0 non-trainable), output [(None, 4, 3), (None, 4, 3)]"),
        LayerTooltip(1, "bidirectional: output [(None, 4, 3), (None, 4, 3)], 144 params"));

    [Fact]
    public Task A_null_mergeMode_is_refused_where_it_is_given_in_the_runtimes_words() => Verify(
        InMethod("Sequential().Bidirectional(LSTM(3), mergeMode: {|#0:null|}, input: (4, 2))"),
        Error("KD0003", 0, Runtime.Refusal("KD0003", () => Sequential().Bidirectional(LSTM(3), mergeMode: null, input: (4, 2)))));

    [Fact]
    public Task A_null_split_is_refused_where_it_is_given_in_the_runtimes_words() => Verify(
        InMethod("Input(1, dtype: \"string\").TextVectorization(split: {|#0:null|})"),
        Error("KD0003", 0, Runtime.Refusal("KD0003", () => Input(1, dtype: "string").TextVectorization(split: null))));

    [Fact]
    public Task A_null_string_read_as_a_mergeMode_is_refused_too() => Verify(
        InMethod("Sequential().Bidirectional(LSTM(3), mergeMode: {|#0:Mode()|}, input: (4, 2))", "    static string? Mode() => null;\n"),
        Error("KD0003", 0, Runtime.Refusal("KD0003", () => Bidirectional(LSTM(3), mergeMode: (string?)null))));

    [Fact]
    public Task The_model_name_is_read() => Verify(
        InMethod("{|#0:Sequential|}(name: \"mlp\").{|#1:Dense|}(4, input: 3)"),
        tooltips: true,
        Info("KD0013", 0, "mlp: 16 params (16 trainable, 0 non-trainable), output (None, 4)"),
        LayerTooltip(1, "dense: output (None, 4), 16 params"));
}

/// <summary>A method's parameters come from its callers, whose own evaluation checks the model: the method alone says nothing of them.</summary>
public class ParameterTests
{
    [Fact]
    public Task A_model_built_from_a_parameter_is_silent_in_its_method() => Verify(
        Usings + "\nclass C\n{\n    static Sequential M(int n) => Sequential().Dense(n, input: 3).Dense(0);\n}\n");
}
