using BenchmarkDotNet.Attributes;
using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Benchmarks;

/// <summary>
/// How building grows with depth: a chain of <see cref="Layers"/> Dense layers, as a Sequential (each append a new
/// immutable model) and as a functional graph (each layer applied to the last tensor, then Model). Appending is O(1)
/// amortized, so 10x the layers should cost about 10x the time; the summary walks the model once more.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    [Params(1_000, 10_000, 100_000)]
    public int Layers { get; set; }

    [Benchmark(Description = "Sequential chain: build + count")]
    public long SequentialChain()
    {
        var m = Sequential().Dense(8, input: 8);
        for (int i = 1; i < Layers; i++) m = m.Dense(8);
        return m.TotalParams;
    }

    [Benchmark(Description = "Functional chain: build + Model + count")]
    public long FunctionalChain()
    {
        var input = Input(8);
        var x = input;
        for (int i = 0; i < Layers; i++) x = x.Dense(8);
        return Model(input, x).TotalParams;
    }

    [Benchmark(Description = "Functional chain: build + Model + summary")]
    public int FunctionalSummary()
    {
        var input = Input(8);
        var x = input;
        for (int i = 0; i < Layers; i++) x = x.Dense(8);
        return Model(input, x).Summary().Length;
    }
}
