extern alias AnalyzerAssembly;
using KerasDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using KerasDsl.Analyzers.Tests.Infrastructure;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;
using NearestNames = AnalyzerAssembly::KerasDsl.Core.NearestNames;
using Verifier = KerasDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<KerasDsl.CodeFixes.NearestOptionCodeFix>;

namespace KerasDsl.Analyzers.Tests.CodeFixes;

/// <summary>KD0003's fix: an unknown option string becomes the nearest name Keras knows for that argument (Core's choice).</summary>
public class NearestOptionTests
{
    private static DiagnosticResult Unknown(int location) => new DiagnosticResult("KD0003", DiagnosticSeverity.Error).WithLocation(location);

    [Fact]
    public Task Relux_becomes_relu() => Verifier.Verify(
        InMethod("Sequential().{|#0:Dense|}(4, activation: \"relux\", input: 3)"),
        InMethod("Sequential().Dense(4, activation: \"relu\", input: 3)"),
        Unknown(0));

    [Fact]
    public Task A_positional_option_an_initializer_and_a_padding_in_capitals_are_fixed_by_their_parameter() => Verifier.Verify(
        Methods.In("var a = Sequential().{|#0:Dense|}(4, \"sigmod\", input: 3);",
             "var b = Sequential().{|#1:Dense|}(2, kernelInitializer: \"he_norml\", input: 3);",
             "var c = Sequential().{|#2:Conv1D|}(2, 1, padding: \"SAMEE\", input: (2, 1));"),
        Methods.In("var a = Sequential().Dense(4, \"sigmoid\", input: 3);",
             "var b = Sequential().Dense(2, kernelInitializer: \"he_normal\", input: 3);",
             "var c = Sequential().Conv1D(2, 1, padding: \"same\", input: (2, 1));"),
        Unknown(0), Unknown(1), Unknown(2));

    [Fact]
    public Task Each_of_the_three_nearest_names_is_its_own_fix() => Verifier.Verify(
        InMethod("Sequential().{|#0:Dense|}(4, activation: \"eelu\", input: 3)"),
        InMethod("Sequential().Dense(4, activation: \"selu\", input: 3)"),
        NearestOptionCodeFix.EquivalenceKey(1),
        Unknown(0));

    [Fact]
    public Task No_fix_for_a_name_nothing_is_near_nor_for_a_string_that_is_not_written_at_the_call() => Verifier.VerifyNoFix(
        Methods.In(
            "var a = Sequential().{|#0:Dense|}(4, activation: \"banana\", input: 3);",
            "var b = Sequential().{|#1:Dense|}(4, activation: Act, input: 3);",
            "var c = Sequential().{|#2:Bidirectional|}(LSTM(4, activation: \"relux\"), input: (null, 3));").Replace("{\n    void M0", "{\n    const string Act = \"relux\";\n    void M0"),
        Unknown(0), Unknown(1), Unknown(2));

    [Fact]
    public Task Fix_all_takes_each_diagnostics_nearest_name_across_the_project() => Verifier.Verify(
        [
            Methods.In("var m = Sequential().{|#0:Dense|}(4, activation: \"relux\", input: 3);", "var m = Sequential().{|#1:Conv1D|}(2, 1, padding: \"vaild\");"),
            Methods.Of("D", "var t = Input(3).{|#2:Dense|}(4, activation: \"tanhh\");", "var u = Input(3).{|#3:Dense|}(4, biasInitializer: \"zeroes\");"),
        ],
        [
            Methods.In("var m = Sequential().Dense(4, activation: \"relu\", input: 3);", "var m = Sequential().Conv1D(2, 1, padding: \"valid\");"),
            Methods.Of("D", "var t = Input(3).Dense(4, activation: \"tanh\");", "var u = Input(3).Dense(4, biasInitializer: \"zeros\");"),
        ],
        NearestOptionCodeFix.EquivalenceKey(0),
        [Unknown(0), Unknown(1), Unknown(2), Unknown(3)]);

    [Theory]
    [InlineData("relux", "relu,relu6")]
    [InlineData("rleu", "relu")]                    // two letters swapped: one edit
    [InlineData("Relu", "relu")]                    // case alone: that name only
    [InlineData("eelu", "relu,selu,elu")]           // three at one edit, in Keras's order
    [InlineData("sigmod", "sigmoid")]
    [InlineData("banana", "")]                      // nothing within two edits
    [InlineData("x", "")]
    public void The_nearest_names_are_within_a_third_of_the_length(string written, string expected) =>
        Assert.Equal(expected, string.Join(",", NearestNames.Find(written, AnalyzerAssembly::KerasDsl.Core.Activations.Names)));
}
