using KerasDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static KerasDsl.Analyzers.Tests.Infrastructure.AnalyzerVerifier;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;
using Verifier = KerasDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<KerasDsl.CodeFixes.IntegerDivisionCodeFix>;

namespace KerasDsl.Analyzers.Tests.CodeFixes;

/// <summary>KD0022: Python's <c>1./255</c> ported as C#'s <c>1 / 255</c> (an integer division, 0), and its fix, <c>1.0 / 255</c>.</summary>
public class IntegerDivisionTests
{
    private static DiagnosticResult Division(int location) => new DiagnosticResult("KD0022", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public Task Rescaling_by_one_over_255_is_a_warning_that_says_the_value_and_the_fix() => Verify(
        InMethod("Sequential().Rescaling({|#0:1 / 255|}, input: (28, 28, 1))"),
        Warning("KD0022", 0,
            "1 / 255 is an integer division, so its value is 0, not 0.00392156862745098: both operands are integers, and C# drops the remainder " +
            "before the result becomes a double (Python's 1 / 255 and 1./255 are both 0.0039...). Write 1.0 / 255 for a double division."));

    [Fact]
    public Task A_nullable_double_a_const_and_a_local_are_checked_too() => Verify(
        Usings + "\nclass C\n{\n    const double Scale = {|#0:1 / 3|};\n    void M()\n    {\n" +
        "        double half = {|#1:1 / 2|};\n        var m = Sequential().Dense(4, input: 3).ReLU(maxValue: {|#2:7 / 2|});\n    }\n}\n",
        Division(0), Division(1), Division(2));

    [Fact]
    public Task Exact_divisions_doubles_explicit_casts_and_integers_are_not_reported() => Verify(
        Usings + "\nclass C\n{\n    void M(int n)\n    {\n" +
        "        double a = 255 / 5;\n        double b = 1.0 / 255;\n        double c = (double)(1 / 255);\n        int d = 1 / 255;\n" +
        "        double e = n / 255;\n        double f = 1 / 255.0;\n    }\n}\n");

    [Fact]
    public Task The_left_operand_becomes_a_double_literal() => Verifier.Verify(
        InMethod("Sequential().Rescaling({|#0:1 / 255|}, input: (28, 28, 1)).Rescaling({|#1:-1 / 127|}, offset: {|#2:0x10 / 3L|})"),
        InMethod("Sequential().Rescaling(1.0 / 255, input: (28, 28, 1)).Rescaling(-1.0 / 127, offset: 16.0 / 3L)"),
        Division(0), Division(1), Division(2));

    [Fact]
    public Task A_named_constant_is_cast_not_replaced() => Verifier.Verify(
        InMethod("Sequential().Rescaling({|#0:One / 255|}, input: 3)", "    const int One = 1;\n"),
        InMethod("Sequential().Rescaling((double)One / 255, input: 3)", "    const int One = 1;\n"),
        Division(0));

    [Fact]
    public Task Fix_all_makes_every_such_division_a_double_one_in_the_project() => Verifier.Verify(
        [
            InMethod("Sequential().Rescaling({|#0:1 / 255|}, input: 3).Dropout({|#1:1 / 3|})"),
            Usings + "\nclass D\n{\n    double Scale => {|#2:2 / 255|};\n}\n",
        ],
        [
            InMethod("Sequential().Rescaling(1.0 / 255, input: 3).Dropout(1.0 / 3)"),
            Usings + "\nclass D\n{\n    double Scale => 2.0 / 255;\n}\n",
        ],
        IntegerDivisionCodeFix.EquivalenceKey,
        [Division(0), Division(1), Division(2)]);
}
