using KerasDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static KerasDsl.Analyzers.Tests.Infrastructure.AnalyzerVerifier;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;
using Verifier = KerasDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<KerasDsl.CodeFixes.DiscardedResultCodeFix>;

namespace KerasDsl.Analyzers.Tests.CodeFixes;

/// <summary>KD0021: a statement that throws away the new model or tensor a method returns, and its fix, <c>model = model.Add(...);</c>.</summary>
public class DiscardedResultTests
{
    private static string Body(string statements, string type = "C") =>
        Usings + "\nclass " + type + "\n{\n    void M(Tensor x)\n    {\n" + statements + "    }\n}\n";

    private static DiagnosticResult Discarded(int location, int variable) =>
        new DiagnosticResult("KD0021", DiagnosticSeverity.Warning).WithLocation(location).WithLocation(variable);

    [Fact]
    public Task Keras_model_add_habit_is_a_warning_with_what_was_found_expected_and_the_fix() => Verify(
        Body("        var model = Sequential();\n        model.{|#0:Add|}(Dense(16), input: 10000);\n"),
        new DiagnosticResult("KD0021", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "The Sequential that Sequential.Add returns is discarded, so model is unchanged: a Sequential is immutable, and Add returns a new model " +
            "with the change (Keras's model.add changes the model in place; KerasDsl's Add does not). " +
            "Assign the result (model = model.Add(...);) or chain the next call on it."));

    [Fact]
    public Task A_tensor_method_as_a_statement_loses_the_layers_output() => Verify(
        Body("        x.{|#0:Dense|}(4);\n"),
        new DiagnosticResult("KD0021", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(
            "The Tensor that Tensor.Dense returns is discarded, so x is unchanged: applying a layer to a tensor returns the layer's output as a new tensor, " +
            "and leaves the tensor as it was (as Keras's layer(x) does). Assign the result (x = x.Dense(...);) or chain the next call on it."));

    [Fact]
    public Task A_chain_built_from_nothing_is_lost_and_has_no_fix() => Verify(
        Body("        Sequential().Dense(4, input: 3).{|#0:Dense|}(2);\n"),
        Warning("KD0021", 0,
            "The Sequential that Sequential.Dense returns is discarded, so the new Sequential is lost: a Sequential is immutable, and Dense returns a new model " +
            "with the change (Keras's model.add changes the model in place; KerasDsl's Add does not). " +
            "Use the result: assign it to a variable, or chain the next call on it."));

    [Fact]
    public Task Used_results_and_other_calls_are_not_reported() => Verify(
        Body("        var model = Sequential().Dense(4, input: 3);\n        model = model.Dense(2);\n        x = x.Dense(4);\n" +
             "        var y = model.Apply(x);\n        System.Console.WriteLine(model.Name);\n"));

    [Fact]
    public Task Add_becomes_an_assignment() => Verifier.Verify(
        Body("        var model = Sequential();\n        {|#1:model|}.{|#0:Add|}(Dense(16), input: 10000);\n        {|#3:model|}.{|#2:Dense|}(1);\n"),
        Body("        var model = Sequential();\n        model = model.Add(Dense(16), input: 10000);\n        model = model.Dense(1);\n"),
        Discarded(0, 1), Discarded(2, 3));

    [Fact]
    public Task A_chain_is_assigned_to_the_variable_it_starts_from() => Verifier.Verify(
        Body("        {|#1:x|}.Conv2D(8, 3)\n            .{|#0:Flatten|}();\n"),
        Body("        x = x.Conv2D(8, 3)\n            .Flatten();\n"),
        Discarded(0, 1));

    [Fact]
    public Task A_field_and_a_parameter_are_assigned_too() => Verifier.Verify(
        Usings + "\nclass C\n{\n    private Sequential model = Sequential();\n    void M(Sequential other)\n    {\n" +
        "        {|#1:model|}.{|#0:Dense|}(4);\n        {|#3:other|}.{|#2:Dense|}(4);\n        {|#5:this.model|}.{|#4:Dense|}(2);\n    }\n}\n",
        Usings + "\nclass C\n{\n    private Sequential model = Sequential();\n    void M(Sequential other)\n    {\n" +
        "        model = model.Dense(4);\n        other = other.Dense(4);\n        this.model = this.model.Dense(2);\n    }\n}\n",
        Discarded(0, 1), Discarded(2, 3), Discarded(4, 5));

    [Fact]
    public Task No_fix_where_nothing_can_be_assigned() => Verifier.VerifyNoFix(
        Usings + "\nclass C\n{\n    private readonly Sequential model = Sequential();\n    void M(in Sequential other, LayerSpec layer, Tensor x)\n    {\n" +
        "        model.{|#0:Dense|}(4);\n        other.{|#1:Dense|}(4);\n        Sequential().{|#2:Dense|}(4);\n        layer.{|#3:Apply|}(x);\n" +
        "        foreach (var m in new[] { model }) m.{|#4:Dense|}(1);\n    }\n}\n",
        [.. Enumerable.Range(0, 5).Select(i => new DiagnosticResult("KD0021", DiagnosticSeverity.Warning).WithLocation(i))]);

    [Fact]
    public Task Fix_all_assigns_every_discarded_result_in_the_project() => Verifier.Verify(
        [
            Body("        var model = Sequential();\n        {|#1:model|}.{|#0:Input|}(3);\n        {|#3:model|}.{|#2:Dense|}(2);\n"),
            Body("        {|#5:x|}.{|#4:Dense|}(8);\n        {|#7:x|}.{|#6:Dropout|}(0.5);\n", "D"),
        ],
        [
            Body("        var model = Sequential();\n        model = model.Input(3);\n        model = model.Dense(2);\n"),
            Body("        x = x.Dense(8);\n        x = x.Dropout(0.5);\n", "D"),
        ],
        DiscardedResultCodeFix.EquivalenceKey,
        [Discarded(0, 1), Discarded(2, 3), Discarded(4, 5), Discarded(6, 7)]);
}
