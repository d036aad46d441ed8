using KerasDsl.Analyzers.Tests.Infrastructure;
using KerasDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verifier = KerasDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<KerasDsl.CodeFixes.FreeLayerNameCodeFix>;

namespace KerasDsl.Analyzers.Tests.CodeFixes;

/// <summary>KD0005's fix: a layer's name: that the model has already becomes the next free one, numbered as Keras numbers.</summary>
public class FreeLayerNameTests
{
    private static DiagnosticResult Duplicate(int location) => new DiagnosticResult("KD0005", DiagnosticSeverity.Error).WithLocation(location);

    [Fact]
    public Task A_second_hidden_becomes_hidden_1() => Verifier.Verify(
        Methods.In("var m = Sequential().Dense(4, input: 3, name: \"hidden\").{|#0:Dense|}(2, name: \"hidden\");"),
        Methods.In("var m = Sequential().Dense(4, input: 3, name: \"hidden\").Dense(2, name: \"hidden_1\");"),
        Duplicate(0));

    [Fact]
    public Task Taken_names_are_skipped_and_a_numbered_name_counts_on() => Verifier.Verify(
        Methods.In(
            "var a = Sequential().Dense(4, input: 3, name: \"dense\").Dense(3, name: \"dense_1\").{|#0:Dense|}(2, name: \"dense\");",
            "var b = Sequential().Dense(4, input: 3, name: \"block_2\").{|#1:Dense|}(2, name: \"block_2\");",
            "var c = Sequential().Input(3, name: \"features\").{|#2:Dense|}(2, name: \"features\");"),
        Methods.In(
            "var a = Sequential().Dense(4, input: 3, name: \"dense\").Dense(3, name: \"dense_1\").Dense(2, name: \"dense_2\");",
            "var b = Sequential().Dense(4, input: 3, name: \"block_2\").Dense(2, name: \"block_3\");",
            "var c = Sequential().Input(3, name: \"features\").Dense(2, name: \"features_1\");"),
        Duplicate(0), Duplicate(1), Duplicate(2));

    [Fact]
    public Task In_a_functional_model_the_named_layers_call_is_renamed() => Verifier.Verify(
        Methods.In("var x = Input(3); var a = x.Dense(4, name: \"hidden\"); var b = a.{|#1:Dense|}(2, name: \"hidden\"); var m = {|#0:Model|}(x, b);"),
        Methods.In("var x = Input(3); var a = x.Dense(4, name: \"hidden\"); var b = a.Dense(2, name: \"hidden_1\"); var m = Model(x, b);"),
        Duplicate(0).WithLocation(1));

    [Fact]
    public Task No_fix_when_the_refused_layers_name_is_automatic() => Verifier.VerifyNoFix(
        // The second Dense is named "dense" by Keras's counter (an explicit name does not advance it): no name: to change there.
        Methods.In("var m = Sequential().Dense(4, input: 3, name: \"dense\").{|#0:Dense|}(2);"),
        Duplicate(0));

    [Fact]
    public Task Fix_all_renames_every_duplicate_in_the_project() => Verifier.Verify(
        [
            Methods.In("var m = Sequential().Dense(4, input: 3, name: \"a\").{|#0:Dense|}(2, name: \"a\");",
                       "var m = Sequential().Dense(4, input: 3, name: \"b\").{|#1:Dropout|}(0.5, name: \"b\");"),
            Methods.Of("D", "var x = Input(3); var y = x.Dense(4, name: \"c\"); var z = y.{|#3:Dense|}(1, name: \"c\"); var m = {|#2:Model|}(x, z);"),
        ],
        [
            Methods.In("var m = Sequential().Dense(4, input: 3, name: \"a\").Dense(2, name: \"a_1\");",
                       "var m = Sequential().Dense(4, input: 3, name: \"b\").Dropout(0.5, name: \"b_1\");"),
            Methods.Of("D", "var x = Input(3); var y = x.Dense(4, name: \"c\"); var z = y.Dense(1, name: \"c_1\"); var m = Model(x, z);"),
        ],
        FreeLayerNameCodeFix.EquivalenceKey,
        [Duplicate(0), Duplicate(1), Duplicate(2).WithLocation(3)]);
}
