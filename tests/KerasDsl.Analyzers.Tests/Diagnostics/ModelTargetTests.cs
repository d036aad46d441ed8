using static KerasDsl.Analyzers.Tests.Infrastructure.AnalyzerVerifier;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;
using static KerasDsl.Keras;
using Runtime = KerasDsl.Analyzers.Tests.Infrastructure.Runtime;

namespace KerasDsl.Analyzers.Tests.Diagnostics;

/// <summary>[KerasModel] members: why no constants are generated for one (KD0010, KD0012, KD0015), on the member's name.</summary>
public class ModelTargetTests
{
    private const string Needs = "[KerasModel] needs a static field with an initializer, a static get-only property with an initializer, an expression body or a getter body, " +
        "or a static method without parameters";

    [Theory]
    [InlineData("[KerasModel] static readonly Sequential Model = Sequential().Dense(4, input: 3);")]
    [InlineData("[KerasModel] public static Sequential Model { get; } = Sequential().Dense(4, input: 3);")]
    [InlineData("[KerasModel] static Sequential Model => Sequential().Dense(4, input: 3);")]
    [InlineData("[KerasModel] static Sequential Model { get => Sequential().Dense(4, input: 3); }")]
    [InlineData("[KerasModel] static readonly object Model = Sequential().Dense(4, input: 3);")]
    public Task Usable_members_have_no_diagnostics(string declaration) => Verify(Marked(declaration));

    [Fact]
    public Task A_model_without_an_input_shape_gets_a_warning_in_the_runtimes_words() => Verify(
        Marked("[KerasModel] static readonly Sequential {|#0:Model|} = Sequential().Dense(4).Dense(2);"),
        Warning("KD0010", 0, Runtime.Refusal("KD0010", () => Sequential().Dense(4).Dense(2).TotalParams)));

    /// <summary>KD0011 where a [KerasModel] member's evaluation stops: what the compiler does not follow.</summary>
    private static string Stopped(string member, string what) =>
        $"{member} is not evaluated at compile time from here on: the compiler does not follow {what}. " +
        "The runtime still builds and checks it; write this part with constants, locals, loops and static helper methods to have it checked while you type.";

    private static string NotEvaluated(string member, string what) =>
        $"[KerasModel] {member} cannot be evaluated at compile time, so no {member}Summary is generated: the compiler stops at {what}; see KD0011.";

    [Fact]
    public Task A_model_with_a_non_constant_argument_gets_a_warning_naming_it() => Verify(
        Marked("static int units = 4;\n    [KerasModel] static readonly Sequential {|#1:Model|} = Sequential().Dense({|#0:units|}, input: 3);"),
        Warning("KD0012", 1, NotEvaluated("Model", "the field units (not a const)")),
        Info("KD0011", 0, Stopped("Model", "the field units (not a const)")));

    // The evaluator follows helper methods, locals and functional models: each of these gets its constants and no diagnostic.
    [Theory]
    [InlineData("[KerasModel] static readonly Sequential Model = Build();\n    static Sequential Build() => Sequential().Dense(4, input: 3);")]
    [InlineData("[KerasModel] static Sequential Model { get { var m = Sequential().Dense(4, input: 3); for (int i = 2; i <= 3; i++) m = m.Dense(4 * i); return m; } }")]
    [InlineData("[KerasModel] static readonly Model Model = Build();\n    static Model Build() { var x = Input(3); var y = Add([x, x.Dense(3)]).Dense(2); return Model(x, y); }")]
    [InlineData("[KerasModel] static readonly Model Model = Nested(Input((8, 8, 3)));\n    static Model Nested(Tensor x) => Model(x, Sequential().Dense(4).Apply(x.Conv2D(4, 3)));")]
    [InlineData("[KerasModel] static Model Tiny() { var x = Input(3); return Model(x, x.Dense(2)); }")]
    public Task Helpers_loops_and_functional_models_are_evaluated(string declaration) => Verify(Marked(declaration));

    [Fact]
    public Task A_functional_model_whose_output_needs_another_input_is_KD0017_at_the_Model_call() => Verify(
        Marked("[KerasModel] static Model Model => {|#0:Model|}(Input(3), Input(3).Dense(2));"),
        Error("KD0017", 0, "functional is disconnected: it cannot obtain the value of tensor (None, 3) from input_layer at layer dense. Add the Input it comes from to the model's inputs."));

    [Fact]
    public Task A_chain_continued_from_a_static_field_stops_there() => Verify(
        Marked("static readonly Sequential Base = Sequential().Dense(4, input: 3);\n    [KerasModel] static readonly Sequential {|#0:Model|} = {|#1:Base|}.Dense(2);"),
        Warning("KD0012", 0, NotEvaluated("Model", "the field Base (not a const)")),
        Info("KD0011", 1, Stopped("Model", "the field Base (not a const)")));

    // A [KerasModel] chain's own diagnostics come from the callback that evaluates the chain, whatever form the member takes.
    [Theory]
    [InlineData("[KerasModel] static Sequential {|#0:Model|} => Sequential().Dense(4).Dense(2);")]
    [InlineData("[KerasModel] static Sequential {|#0:Model|} { get => Sequential().Dense(4).Dense(2); }")]
    [InlineData("[KerasModel] public static Sequential {|#0:Model|} { get; } = Sequential().Dense(4).Dense(2);")]
    [InlineData("[KerasModel] static readonly object {|#0:Model|} = Sequential().Dense(4).Dense(2);")]
    [InlineData("[KerasModel] static readonly Sequential Other = Sequential().Dense(1, input: 1), {|#0:Model|} = Sequential().Dense(4).Dense(2);")]
    public Task Each_member_form_gets_its_warning_on_its_own_name(string declaration) => Verify(
        Marked(declaration),
        Warning("KD0010", 0, Runtime.Refusal("KD0010", () => Sequential().Dense(4).Dense(2).TotalParams)));

    [Fact]
    public Task A_refused_model_gets_only_the_error_at_its_layer() => Verify(
        Marked("[KerasModel] static readonly Sequential Model = Sequential().{|#0:Dense|}(0, input: 3);"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(0, input: 3))));

    [Fact]
    public Task An_instance_field_is_an_error() => Verify(
        Marked("[KerasModel] readonly Sequential {|#0:Model|} = Sequential().Dense(4, input: 3);"),
        Error("KD0015", 0, $"[KerasModel] Model is not static: {Needs}. Make it static."));

    [Fact]
    public Task An_instance_property_is_an_error() => Verify(
        Marked("[KerasModel] Sequential {|#0:Model|} => Sequential().Dense(4, input: 3);"),
        Error("KD0015", 0, $"[KerasModel] Model is not static: {Needs}. Make it static."));

    [Fact]
    public Task A_field_without_an_initializer_is_an_error() => Verify(
        Marked("[KerasModel] static readonly Sequential? {|#0:Model|};"),
        Error("KD0015", 0, $"[KerasModel] Model has no initializer: {Needs}. Give it its model: = Sequential()...;"));

    [Fact]
    public Task A_property_with_a_setter_is_an_error() => Verify(
        Marked("[KerasModel] static Sequential {|#0:Model|} { get; set; } = Sequential().Dense(4, input: 3);"),
        Error("KD0015", 0, $"[KerasModel] Model has a setter: {Needs}. Remove the set or init accessor."));

    [Fact]
    public Task A_member_of_a_type_that_is_not_partial_is_an_error() => Verify(
        Usings + "\nclass C\n{\n    [KerasModel] static readonly Sequential {|#0:Model|} = Sequential().Dense(4, input: 3);\n}\n",
        Error("KD0015", 0, "[KerasModel] Model is in C, which is not partial: the generator adds the C part holding the Summary class. Add partial to the declaration of C."));

    [Fact]
    public Task A_member_nested_in_a_type_that_is_not_partial_is_an_error() => Verify(
        Usings + "\nclass Outer\n{\n    partial class Inner\n    {\n        [KerasModel] static readonly Sequential {|#0:Model|} = Sequential().Dense(4, input: 3);\n    }\n}\n",
        Error("KD0015", 0, "[KerasModel] Model is in Outer, which is not partial: the generator adds the Outer part holding the Summary class. Add partial to the declaration of Outer."));

    [Fact]
    public Task A_member_of_an_interface_with_variance_is_an_error() => Verify(
        Usings + "\npartial interface IModels<out T>\n{\n    [KerasModel] static Sequential {|#0:Model|} => Sequential().Dense(4, input: 3);\n}\n",
        Error("KD0015", 0, "[KerasModel] Model is in IModels, an interface with in or out type parameters, where C# allows no nested class for the Summary. " +
                           "Move the model to a class, or drop the variance."));

    [Fact]
    public Task Each_variable_of_a_field_declaration_is_a_model() => Verify(
        Marked("[KerasModel] static readonly Sequential A = Sequential().Dense(4, input: 3), {|#0:B|} = Sequential().Dense(2);"),
        Warning("KD0010", 0, Runtime.Refusal("KD0010", () => Sequential().Dense(2).TotalParams)));
}
