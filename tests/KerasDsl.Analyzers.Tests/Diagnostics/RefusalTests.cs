using static KerasDsl.Analyzers.Tests.Infrastructure.AnalyzerVerifier;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;
using static KerasDsl.Keras;
using Runtime = KerasDsl.Analyzers.Tests.Infrastructure.Runtime;

namespace KerasDsl.Analyzers.Tests.Diagnostics;

/// <summary>
/// Each refusal the runtime throws is a compile-time error with the same ID and the same words,
/// located on the offending layer method's name. Each expected message is taken from the runtime
/// running the same model, so the test fails if the two ever say different things.
/// </summary>
public class RefusalTests
{
    [Fact]
    public Task The_design_cards_example_is_an_error_on_the_LSTM() => Verify(
        InMethod("Sequential().Dense(4, input: 3).{|#0:LSTM|}(64)"),
        Error("KD0001", 0, Runtime.Refusal("KD0001", () => Sequential().Dense(4, input: 3).LSTM(64))));

    [Fact]
    public Task A_negative_output_size_is_an_error() => Verify(
        InMethod("Sequential().{|#0:Conv2D|}(4, 5, input: (3, 3, 1))"),
        Error("KD0004", 0, Runtime.Refusal("KD0004", () => Sequential().Conv2D(4, 5, input: (3, 3, 1)))));

    [Fact]
    public Task An_incompatible_shape_is_an_error() => Verify(
        InMethod("Sequential().Dense(4, input: 3).{|#0:Reshape|}((5, 5))"),
        Error("KD0008", 0, Runtime.Refusal("KD0008", () => Sequential().Dense(4, input: 3).Reshape((5, 5)))));

    [Fact]
    public Task A_refusal_inside_a_wrapper_is_on_the_wrapper() => Verify(
        InMethod("Sequential().{|#0:Bidirectional|}(LSTM(0), input: (null, 5))"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Bidirectional(LSTM(0), input: (null, 5)))));

    [Fact]
    public Task A_zero_size_dim_from_a_layer_is_a_warning_on_it() => Verify(
        InMethod("Sequential().{|#0:Conv2D|}(4, 6, input: (5, 10, 1))"),
        Warning("KD0009", 0, Sequential().Conv2D(4, 6, input: (5, 10, 1)).Warnings.Single().Message));

    [Fact]
    public Task Zero_units_is_an_error_on_that_Dense() => Verify(
        InMethod("Sequential().Dense(4, input: 3).{|#0:Dense|}(0)"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(4, input: 3).Dense(0))));

    [Fact]
    public Task An_unknown_activation_is_an_error() => Verify(
        InMethod("Sequential().{|#0:Dense|}(4, activation: \"relux\", input: 3)"),
        Error("KD0003", 0, Runtime.Refusal("KD0003", () => Sequential().Dense(4, activation: "relux", input: 3))));

    [Fact]
    public Task An_unknown_data_format_is_an_error() => Verify(
        InMethod("Sequential().Dense(4, input: (5, 3)).{|#0:Flatten|}(\"channels_middle\")"),
        Error("KD0003", 0, Runtime.Refusal("KD0003", () => Sequential().Dense(4, input: (5, 3)).Flatten("channels_middle"))));

    [Fact]
    public Task Arguments_are_checked_without_an_input_shape_as_the_runtime_does() => Verify(
        InMethod("Sequential().Dense(4).{|#0:Dense|}(-2)"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(4).Dense(-2))));

    [Fact]
    public Task A_duplicate_name_is_an_error_on_the_second_layer() => Verify(
        InMethod("Sequential()\n            .Dense(4, input: 3, name: \"hidden\")\n            .{|#0:Dense|}(2, name: \"hidden\")"),
        Error("KD0005", 0, Runtime.Refusal("KD0005", () => Sequential().Dense(4, input: 3, name: "hidden").Dense(2, name: "hidden"))));

    [Fact]
    public Task Input_on_a_later_layer_is_an_error() => Verify(
        InMethod("Sequential().Dense(4, input: 3).{|#0:Dense|}(2, input: 4)"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(4, input: 3).Dense(2, input: 4))));

    [Fact]
    public Task An_unknown_dim_the_weights_need_is_an_error() => Verify(
        InMethod("Sequential().Flatten(input: (null, 3)).{|#0:Dense|}(4)"),
        Error("KD0007", 0, Runtime.Refusal("KD0007", () => Sequential().Flatten(input: (null, 3)).Dense(4))));

    [Fact]
    public Task A_layer_whose_size_overflows_64_bits_is_an_error_on_it() => Verify(
        InMethod("Sequential().{|#0:Flatten|}(input: (int.MaxValue, int.MaxValue, int.MaxValue))"),
        Error("KD0006", 0, Runtime.Refusal("KD0006", () => Sequential().Flatten(input: (int.MaxValue, int.MaxValue, int.MaxValue)))));

    [Fact]
    public Task A_total_that_overflows_64_bits_is_an_error_on_the_model()
    {
        // Each Dense(int.MaxValue) on int.MaxValue features has about 2^62 weights: two fit in a long, three do not.
        const string chain = "Dense(int.MaxValue, input: int.MaxValue).Dense(int.MaxValue).Dense(int.MaxValue)";
        return Verify(
            InMethod("{|#0:Sequential|}()." + chain),
            Error("KD0006", 0, Runtime.Refusal("KD0006", () => Sequential().Dense(int.MaxValue, input: int.MaxValue).Dense(int.MaxValue).Dense(int.MaxValue).TotalParams)));
    }

    [Fact]
    public Task A_zero_size_dim_is_a_warning() => Verify(
        InMethod("Sequential().{|#0:Dense|}(4, input: 0)"),
        Warning("KD0009", 0, Sequential().Dense(4, input: 0).Warnings.Single().Message));

    [Fact]
    public Task A_layer_added_with_Add_is_located_on_its_factory() => Verify(
        InMethod("Sequential().Dense(4, input: 3).Add({|#0:Dense|}(0))"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(4, input: 3).Add(Dense(0)))));

    [Fact]
    public Task Add_takes_the_input_shape_as_the_runtime_does() => Verify(
        InMethod("Sequential().Add(Dense(4), input: (null, 3)).Flatten().{|#0:Dense|}(2)"),
        Error("KD0007", 0, Runtime.Refusal("KD0007", () => Sequential().Add(Dense(4), input: (null, 3)).Flatten().Dense(2))));

    [Fact]
    public Task A_chain_anywhere_is_checked_in_an_argument_a_lambda_or_a_field() => Verify(
        Usings + """

        class C
        {
            static readonly Sequential Field = Sequential().{|#0:Dense|}(0);

            void M()
            {
                System.Console.WriteLine(Sequential().{|#1:Dense|}(0));
                System.Func<Sequential> f = () => Sequential().{|#2:Dense|}(0);
            }
        }
        """,
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(0))),
        Error("KD0002", 1, Runtime.Refusal("KD0002", () => Sequential().Dense(0))),
        Error("KD0002", 2, Runtime.Refusal("KD0002", () => Sequential().Dense(0))));

    [Fact]
    public Task Only_the_first_refusal_of_a_chain_is_reported_as_the_runtime_throws_only_it() => Verify(
        InMethod("Sequential().{|#0:Dense|}(0, input: 3).Dense(-1)"),
        Error("KD0002", 0, Runtime.Refusal("KD0002", () => Sequential().Dense(0, input: 3).Dense(-1))));

    [Fact]
    public Task A_legal_chain_has_no_diagnostics() => Verify(
        InMethod("Sequential().Dense(4, activation: \"relu\", input: 3).Flatten().Dense(2, activation: \"softmax\")"));

    [Fact]
    public Task A_chain_without_an_input_shape_is_legal_and_not_counted() => Verify(
        InMethod("Sequential().Dense(4).Dense(2)"), tooltips: true);

    [Fact]
    public Task A_chain_continued_from_a_variable_is_not_followed() => Verify(
        InMethod("Sequential().Dense(4, input: 3);\n        var n = m.Dense(0)"));
}
