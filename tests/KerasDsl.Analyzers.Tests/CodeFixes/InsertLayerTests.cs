extern alias AnalyzerAssembly;
using System.Collections.Immutable;
using KerasDsl.Analyzers.Tests.Infrastructure;
using KerasDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using static KerasDsl.Analyzers.Tests.Infrastructure.AnalyzerVerifier;
using FixProperties = AnalyzerAssembly::KerasDsl.Analyzers.Diagnostics.FixProperties;
using KerasModelAnalyzer = AnalyzerAssembly::KerasDsl.Analyzers.KerasModelAnalyzer;
using Verifier = KerasDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<KerasDsl.CodeFixes.InsertLayerCodeFix>;

namespace KerasDsl.Analyzers.Tests.CodeFixes;

/// <summary>
/// KD0001's fix for a layer that takes vectors or sequences fed an image: a layer inserted before it, only one the refused
/// layer accepts (Core tries each). Keras's LSTM takes rank 3 only (InputSpec(ndim=3)), so an image is one time step per row
/// after TimeDistributed(Flatten()), and Flatten (rank 2) is never offered to it; RepeatVector takes rank 2 (Flatten, or
/// GlobalAveragePooling2D for an image); Dense takes any rank from 2 (Keras 3 applies it to the last axis), so it is never refused.
/// </summary>
public class InsertLayerTests
{
    private static DiagnosticResult Rank(int location) => new DiagnosticResult("KD0001", DiagnosticSeverity.Error).WithLocation(location);

    [Fact]
    public Task An_LSTM_fed_an_image_gets_TimeDistributed_Flatten() => Verifier.Verify(
        Methods.In("var m = Sequential().Conv2D(8, 3, input: (28, 28, 1)).{|#0:LSTM|}(4);"),
        Methods.In("var m = Sequential().Conv2D(8, 3, input: (28, 28, 1)).TimeDistributed(Flatten()).LSTM(4);"),
        Rank(0));

    [Fact]
    public Task A_RepeatVector_fed_an_image_gets_Flatten_or_GlobalAveragePooling2D() => Verifier.Verify(
        Methods.In("var m = Sequential().Conv2D(8, 3, input: (28, 28, 1)).{|#0:RepeatVector|}(3);"),
        Methods.In("var m = Sequential().Conv2D(8, 3, input: (28, 28, 1)).GlobalAveragePooling2D().RepeatVector(3);"),
        InsertLayerCodeFix.EquivalenceKey("GlobalAveragePooling2D"),
        Rank(0));

    [Fact]
    public Task The_inserted_call_takes_its_own_line_in_a_chain_of_one_call_per_line() => Verifier.Verify(
        Methods.In("var m = Sequential()\n            .Conv2D(8, 3, input: (28, 28, 1))\n            .{|#0:RepeatVector|}(3);"),
        Methods.In("var m = Sequential()\n            .Conv2D(8, 3, input: (28, 28, 1))\n            .Flatten()\n            .RepeatVector(3);"),
        InsertLayerCodeFix.EquivalenceKey("Flatten"),
        Rank(0));

    [Fact]
    public Task A_tensor_chain_and_a_file_without_using_static_get_it_too() => Verifier.Verify(
        [
            Methods.In("var y = Input((28, 28, 1)).Conv2D(8, 3).{|#0:GRU|}(4);"),
            "using KerasDsl;\n\nclass D\n{\n    void M()\n    {\n        var y = Keras.Input((28, 28, 1)).Conv2D(8, 3).{|#1:GRU|}(4);\n    }\n}\n",
        ],
        [
            Methods.In("var y = Input((28, 28, 1)).Conv2D(8, 3).TimeDistributed(Flatten()).GRU(4);"),
            "using KerasDsl;\n\nclass D\n{\n    void M()\n    {\n        var y = Keras.Input((28, 28, 1)).Conv2D(8, 3).TimeDistributed(Keras.Flatten()).GRU(4);\n    }\n}\n",
        ],
        null,
        [Rank(0), Rank(1)]);

    [Fact]
    public Task Fix_all_inserts_the_chosen_layer_everywhere_in_the_project() => Verifier.Verify(
        [
            Methods.In("var m = Sequential().Conv2D(8, 3, input: (28, 28, 1)).{|#0:RepeatVector|}(3);",
                       "var m = Sequential().MaxPooling2D(2, input: (28, 28, 1)).{|#1:RepeatVector|}(2);"),
            Methods.Of("D", "var y = Input((8, 8, 3)).{|#2:RepeatVector|}(4);"),
        ],
        [
            Methods.In("var m = Sequential().Conv2D(8, 3, input: (28, 28, 1)).GlobalAveragePooling2D().RepeatVector(3);",
                       "var m = Sequential().MaxPooling2D(2, input: (28, 28, 1)).GlobalAveragePooling2D().RepeatVector(2);"),
            Methods.Of("D", "var y = Input((8, 8, 3)).GlobalAveragePooling2D().RepeatVector(4);"),
        ],
        InsertLayerCodeFix.EquivalenceKey("GlobalAveragePooling2D"),
        [Rank(0), Rank(1), Rank(2)]);

    [Fact]
    public Task No_fix_when_the_image_is_the_refused_calls_own_input_or_the_call_is_not_a_chains() => Verifier.VerifyNoFix(
        Methods.In(
            "var a = Sequential().{|#0:LSTM|}(4, input: (28, 28, 1));",
            "var b = Sequential().Conv2D(8, 3, input: (28, 28, 1)).Add({|#1:LSTM|}(4));"),
        Rank(0), Rank(1));

    [Fact]
    public Task Dense_on_an_image_is_no_refusal_as_in_Keras_3() => Verify(
        Methods.In("var m = Sequential().Conv2D(8, 3, input: (28, 28, 1)).Dense(4);"));

    [Theory]
    [InlineData("Sequential().Conv2D(8, 3, input: (28, 28, 1)).LSTM(4)", "TimeDistributed/Flatten")]
    [InlineData("Sequential().Conv2D(8, 3, input: (28, 28, 1)).Bidirectional(LSTM(4))", "TimeDistributed/Flatten")]
    [InlineData("Sequential().Conv2D(8, 3, input: (28, 28, 1)).RepeatVector(2)", "Flatten,GlobalAveragePooling2D")]
    [InlineData("Sequential().Conv1D(8, 3, input: (28, 1)).RepeatVector(2)", "Flatten")]
    [InlineData("Input((null, 28, 1)).LSTM(4)", "TimeDistributed/Flatten")]
    [InlineData("Sequential().Conv3D(8, 3, input: (9, 9, 9, 1)).GRU(4)", "TimeDistributed/Flatten")]
    [InlineData("Input((28, null, 1)).LSTM(4)", "none")]                                       // each step's features unknown: LSTM refuses that too (KD0007)
    [InlineData("Sequential().Conv2D(8, 3, input: (28, 28, 1)).Conv1D(4, 3)", "none")]         // not a layer of vectors or sequences
    public async Task Core_offers_only_the_insertions_the_refused_layer_accepts(string chain, string expected)
    {
        var compilation = References.Compile(Methods.In("var m = " + chain + ";"));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([new KerasModelAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        var diagnostic = diagnostics.Single(d => d.Id == "KD0001");
        var choices = Enumerable.Range(0, 4).Select(i => diagnostic.Properties.GetValueOrDefault(FixProperties.ChoiceKey(i))).OfType<string>();
        Assert.Equal(expected, diagnostic.Properties.ContainsKey(FixProperties.Fix) ? string.Join(",", choices) : "none");
    }
}
