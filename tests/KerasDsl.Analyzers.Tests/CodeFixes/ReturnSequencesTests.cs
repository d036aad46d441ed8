using KerasDsl.Analyzers.Tests.Infrastructure;
using KerasDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static KerasDsl.Keras;
using Runtime = KerasDsl.Analyzers.Tests.Infrastructure.Runtime;
using Verifier = KerasDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<KerasDsl.CodeFixes.ReturnSequencesCodeFix>;

namespace KerasDsl.Analyzers.Tests.CodeFixes;

/// <summary>KD0001's fix for a layer fed a recurrent layer's last step: <c>returnSequences: true</c> on that recurrent layer.</summary>
public class ReturnSequencesTests
{
    /// <summary>KD0001 at the refused call, with the recurrent layer upstream as its additional location.</summary>
    private static DiagnosticResult LastStep(int location, int recurrent) =>
        new DiagnosticResult("KD0001", DiagnosticSeverity.Error).WithLocation(location).WithLocation(recurrent);

    [Fact]
    public Task Stacked_LSTMs_get_returnSequences_on_the_first() => Verifier.Verify(
        Methods.In("var m = Sequential().{|#1:LSTM|}(8, input: (10, 3)).{|#0:LSTM|}(4);"),
        Methods.In("var m = Sequential().LSTM(8, input: (10, 3), returnSequences: true).LSTM(4);"),
        LastStep(0, 1).WithMessage(Runtime.Refusal("KD0001", () => Sequential().LSTM(8, input: (10, 3)).LSTM(4))));

    [Fact]
    public Task A_returnSequences_false_is_set_to_true_and_a_Bidirectionals_wrapped_layer_gets_it() => Verifier.Verify(
        Methods.In(
            "var a = Sequential().{|#1:GRU|}(8, returnSequences: false, input: (10, 3)).{|#0:SimpleRNN|}(4);",
            "var b = Sequential().{|#3:Bidirectional|}(LSTM(8), input: (10, 3)).{|#2:LSTM|}(4);",
            "var c = Sequential().{|#5:Bidirectional|}(LSTM(8), backwardLayer: LSTM(8, goBackwards: true), input: (10, 3)).{|#4:TimeDistributed|}(Dense(2));"),
        Methods.In(
            "var a = Sequential().GRU(8, returnSequences: true, input: (10, 3)).SimpleRNN(4);",
            "var b = Sequential().Bidirectional(LSTM(8, returnSequences: true), input: (10, 3)).LSTM(4);",
            "var c = Sequential().Bidirectional(LSTM(8, returnSequences: true), backwardLayer: LSTM(8, goBackwards: true, returnSequences: true), input: (10, 3)).TimeDistributed(Dense(2));"),
        LastStep(0, 1), LastStep(2, 3), LastStep(4, 5));

    [Fact]
    public Task Added_layers_and_tensor_chains_are_fixed_where_the_recurrent_layer_was_written() => Verifier.Verify(
        Methods.In(
            "var m = Sequential().Input((10, 3)); m = m.Add({|#1:LSTM|}(8)); m = m.Add({|#0:LSTM|}(4));",
            "var y = Input((10, 3)).{|#3:GRU|}(8, dropout: 0.1).{|#2:GRU|}(4);"),
        Methods.In(
            "var m = Sequential().Input((10, 3)); m = m.Add(LSTM(8, returnSequences: true)); m = m.Add(LSTM(4));",
            "var y = Input((10, 3)).GRU(8, dropout: 0.1, returnSequences: true).GRU(4);"),
        LastStep(0, 1), LastStep(2, 3));

    [Fact]
    public Task A_KerasModel_members_refusal_is_fixed_too() => Verifier.Verify(
        Snippets.Marked("[KerasModel] public static readonly Sequential Model = Sequential().{|#1:LSTM|}(8, input: (10, 3)).{|#0:LSTM|}(4);"),
        Snippets.Marked("[KerasModel] public static readonly Sequential Model = Sequential().LSTM(8, input: (10, 3), returnSequences: true).LSTM(4);"),
        LastStep(0, 1));

    [Fact]
    public Task No_previous_recurrent_layer_no_fix_and_no_such_advice() => Verifier.VerifyNoFix(
        // The example: the input itself lacks the time axis; the message says so and names no recurrent layer.
        Methods.In("var m = Sequential().{|#0:LSTM|}(128, input: 12);", "var n = Sequential().Dense(4, input: 3).{|#1:LSTM|}(2);"),
        new DiagnosticResult("KD0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
            "lstm expects input of rank 3 (batch, timesteps, features) but the input gives (None, 12) (rank 2): " +
            "give the model's input a time axis, (timesteps, features): (null, 12) for sequences of any length"),
        new DiagnosticResult("KD0001", DiagnosticSeverity.Error).WithLocation(1).WithMessage(
            Runtime.Refusal("KD0001", () => Sequential().Dense(4, input: 3).LSTM(2))));

    [Fact]
    public Task Fix_all_fixes_every_stack_in_the_project() => Verifier.Verify(
        [
            Methods.In("var m = Sequential().{|#1:LSTM|}(8, input: (10, 3)).{|#0:LSTM|}(4);",
                       "var m = Sequential().{|#3:GRU|}(8, input: (10, 3)).{|#2:TimeDistributed|}(Dense(2));"),
            Methods.Of("D", "var y = Input((null, 5)).{|#5:SimpleRNN|}(8).{|#4:SimpleRNN|}(4);"),
        ],
        [
            Methods.In("var m = Sequential().LSTM(8, input: (10, 3), returnSequences: true).LSTM(4);",
                       "var m = Sequential().GRU(8, input: (10, 3), returnSequences: true).TimeDistributed(Dense(2));"),
            Methods.Of("D", "var y = Input((null, 5)).SimpleRNN(8, returnSequences: true).SimpleRNN(4);"),
        ],
        ReturnSequencesCodeFix.EquivalenceKey,
        [LastStep(0, 1), LastStep(2, 3), LastStep(4, 5)]);
}
