extern alias AnalyzerAssembly;
using AnalyzerAssembly::KerasDsl.Core;
using ChainEvaluation = AnalyzerAssembly::KerasDsl.Analyzers.Evaluation.ChainEvaluation;
using EvaluationCache = AnalyzerAssembly::KerasDsl.Analyzers.Evaluation.EvaluationCache;
using ChainInfo = AnalyzerAssembly::KerasDsl.Analyzers.Models.ChainInfo;
using ChainStop = AnalyzerAssembly::KerasDsl.Analyzers.Models.ChainStop;
using ChainStopKind = AnalyzerAssembly::KerasDsl.Analyzers.Models.ChainStopKind;
using LayerInfo = AnalyzerAssembly::KerasDsl.Analyzers.Models.LayerInfo;
using SourceSpan = AnalyzerAssembly::KerasDsl.Analyzers.Models.SourceSpan;

namespace KerasDsl.Analyzers.Tests.Evaluation;

/// <summary>
/// The generator and the analyzer share Core's evaluations by value: the same calls give the same evaluation
/// object, wherever they are written; anything that changes the result (a value, the name, an unfinished
/// chain) is another entry; the table stays bounded.
/// </summary>
public class EvaluationCacheTests
{
    private static ChainInfo Chain(string? name, bool complete, params LayerCall[] calls) =>
        new(name, SourceSpan.None, new EquatableArray<LayerInfo>(calls.Select(c => new LayerInfo(c, SourceSpan.None)).ToArray()),
            complete ? null : new ChainStop(ChainStopKind.NotConstant, calls.Length, "Dense", "units", null, SourceSpan.None));

    private static LayerCall Dense(long units, long? input = null) =>
        input == null
            ? new LayerCall("Dense", new Arg("units", ArgValue.Of(units)))
            : new LayerCall("Dense", new Arg("units", ArgValue.Of(units)), new Arg("input", ArgValue.Of(input.Value)));

    [Fact]
    public void The_same_calls_written_twice_are_evaluated_once()
    {
        var first = ChainEvaluation.Evaluate(Chain("cache_same", true, Dense(4, 3), Dense(2)));
        var second = ChainEvaluation.Evaluate(Chain("cache_same", true, Dense(4, 3), Dense(2)));
        Assert.Same(first, second);
        Assert.Equal(26, first.Summary!.TotalParams);
        Assert.Same(first.SummaryText, second.SummaryText);
    }

    [Fact]
    public void A_different_value_name_or_ending_is_another_evaluation()
    {
        var baseline = ChainEvaluation.Evaluate(Chain("cache_diff", true, Dense(4, 3), Dense(2)));
        var otherUnits = ChainEvaluation.Evaluate(Chain("cache_diff", true, Dense(4, 3), Dense(5)));
        var otherName = ChainEvaluation.Evaluate(Chain("cache_diff_2", true, Dense(4, 3), Dense(2)));
        var unfinished = ChainEvaluation.Evaluate(Chain("cache_diff", false, Dense(4, 3), Dense(2)));
        Assert.Equal(26, baseline.Summary!.TotalParams);
        Assert.Equal(41, otherUnits.Summary!.TotalParams);
        Assert.Equal("cache_diff_2", otherName.Summary!.Name);
        Assert.Null(unfinished.Summary);
        Assert.Equal(2, unfinished.Model.Nodes.Count);
    }

    [Fact]
    public void Refusals_are_kept_too()
    {
        var refused = ChainEvaluation.Evaluate(Chain(null, true, Dense(4, 3), Dense(0)));
        Assert.Equal("KD0002", refused.Refusal!.Id);
        Assert.Same(refused, ChainEvaluation.Evaluate(Chain(null, true, Dense(4, 3), Dense(0))));
    }

    [Fact]
    public void The_table_stays_bounded()
    {
        for (int i = 1; i <= EvaluationCache.Capacity + 10; i++)
            ChainEvaluation.Evaluate(Chain("cache_bound", true, Dense(i, 3)));
        Assert.InRange(EvaluationCache.Count, 1, EvaluationCache.Capacity);
    }
}
