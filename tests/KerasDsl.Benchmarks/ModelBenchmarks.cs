using BenchmarkDotNet.Attributes;
using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Benchmarks;

/// <summary>
/// Building (argument checks, shapes, weights), counting and rendering the summary of the seed's
/// models and of VGG16. TensorFlow.js 4.22 takes 9.3 s on this machine to build and count VGG16,
/// because it creates the weights; KerasDsl never creates them.
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private Sequential vgg16 = null!;
    private Sequential seedConvDense = null!;

    [GlobalSetup]
    public void Setup()
    {
        vgg16 = Models.Vgg16();
        seedConvDense = Models.SeedConvDense();
    }

    [Benchmark(Description = "VGG16: build + count")]
    public long Vgg16BuildAndCount() => Models.Vgg16().TotalParams;

    [Benchmark(Description = "VGG16: summary of a built model")]
    public string Vgg16Summary() => vgg16.Summary();

    [Benchmark(Description = "Seed conv+dense: build + count")]
    public long SeedConvDenseBuildAndCount() => Models.SeedConvDense().TotalParams;

    [Benchmark(Description = "Seed conv+dense: summary")]
    public string SeedConvDenseSummary() => seedConvDense.Summary();

    [Benchmark(Description = "Seed recurrent + bidirectional: build + count")]
    public long SeedRecurrentBuildAndCount() => Models.SeedRecurrent().TotalParams + Models.SeedBidirectional().TotalParams;

    [Benchmark(Description = "All six seed models: build + count + summary")]
    public int AllSeedModels()
    {
        int chars = 0;
        foreach (var m in Models.Seed()) chars += m.Summary().Length;
        return chars;
    }
}

/// <summary>The benchmarked models, as builders.</summary>
public static class Models
{
    public static Sequential Vgg16() => KerasDsl.Samples.Applications.Vgg16();

    // The seed's models are defined once as [KerasModel] fields in samples/KerasDsl.Samples/SeedModels.cs;
    // a static field is built once, and these benchmarks measure building, so they build the same chains here.
    public static Sequential SeedDense() => Sequential()
        .Dense(4, activation: "relu", input: 3)
        .Dense(5, activation: "relu", trainable: false)
        .Dense(10, activation: "relu", trainable: false)
        .Dense(2, activation: "softmax");

    public static Sequential SeedDense2() => Sequential()
        .Dense(5, activation: "relu", input: 3)
        .Dense(8, activation: "relu", trainable: false)
        .Dense(10, activation: "relu", trainable: false)
        .Dense(15, activation: "relu")
        .Dense(4, activation: "softmax");

    public static Sequential SeedConv() => Sequential()
        .Conv2D(64, (6, 6), activation: "relu", input: (28, 28, 3))
        .MaxPooling2D(2, 2)
        .Conv2D(32, (4, 4), activation: "relu")
        .MaxPooling2D((2, 2));

    public static Sequential SeedConvDense() => Sequential()
        .Conv2D(16, (3, 3), activation: "relu", input: (28, 28, 3))
        .MaxPooling2D((2, 2))
        .Conv2D(32, (3, 3), activation: "relu")
        .MaxPooling2D((2, 2))
        .Conv2D(64, (3, 3), activation: "relu")
        .MaxPooling2D((2, 2))
        .Flatten()
        .Dense(512, activation: "relu")
        .Dense(1);

    public static Sequential SeedRecurrent() => Sequential()
        .LSTM(64, returnSequences: true, input: (null, 5))
        .GRU(32, returnSequences: true)
        .GRU(16, returnSequences: true, resetAfter: false)
        .SimpleRNN(8);

    public static Sequential SeedBidirectional() => Sequential()
        .Bidirectional(LSTM(64, returnSequences: true), input: (null, 5))
        .Bidirectional(GRU(32, returnSequences: true))
        .Bidirectional(GRU(16, returnSequences: true, resetAfter: false))
        .Bidirectional(SimpleRNN(8));

    public static IEnumerable<Sequential> Seed() =>
        new[] { SeedDense(), SeedDense2(), SeedConv(), SeedConvDense(), SeedRecurrent(), SeedBidirectional() };
}
