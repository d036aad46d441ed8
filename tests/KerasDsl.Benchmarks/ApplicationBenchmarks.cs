using BenchmarkDotNet.Attributes;
using KerasDsl.Samples;

namespace KerasDsl.Benchmarks;

/// <summary>
/// The Keras Applications as samples/KerasDsl.Samples builds them: build + count (every argument check, shape and
/// weight declaration, the totals with checked arithmetic) and the summary table of a built model. TensorFlow.js 4.22
/// on this machine (tests/KerasDsl.Benchmarks/applications) builds and counts them by creating their weights.
/// </summary>
[MemoryDiagnoser]
public class ApplicationBenchmarks
{
    [Params("ResNet50", "MobileNetV2", "InceptionV3", "DenseNet121", "EfficientNetB0", "VGG16", "BERT-base", "GPT-2")]
    public string Application { get; set; } = "";

    private Func<long> build = null!;
    private Func<string> summary = null!;

    [GlobalSetup]
    public void Setup()
    {
        (build, summary) = Application switch
        {
            "ResNet50" => Pair(Applications.ResNet50),
            "MobileNetV2" => Pair(() => Applications.MobileNetV2()),
            "InceptionV3" => Pair(Applications.InceptionV3),
            "DenseNet121" => Pair(Applications.DenseNet121),
            "EfficientNetB0" => Pair(Applications.EfficientNetB0),
            "BERT-base" => Pair(Applications.BertBase),
            "GPT-2" => Pair(Applications.Gpt2Small),
            "VGG16" => (() => Applications.Vgg16().TotalParams, Applications.Vgg16().Summary),
            _ => throw new ArgumentException(Application),
        };
    }

    private static (Func<long>, Func<string>) Pair(Func<Model> make)
    {
        var built = make();
        return (() => make().TotalParams, built.Summary);
    }

    [Benchmark(Description = "build + count")]
    public long BuildAndCount() => build();

    [Benchmark(Description = "summary of a built model")]
    public string SummaryText() => summary();
}
