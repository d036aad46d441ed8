using static KerasDsl.Keras;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests;

/// <summary>
/// The seed article's six models (Data/count-params-tf2.txt, copied unchanged from the project's
/// seed), written with the fluent API. Names are passed where the article's session had already
/// used the automatic ones, so every summary can be compared byte for byte (trailing spaces aside).
/// </summary>
public class SeedModelTests
{
    public static readonly IReadOnlyList<Sequential> Models = new[]
    {
        Sequential()
            .Dense(4, activation: "relu", input: 3)
            .Dense(5, activation: "relu", trainable: false)
            .Dense(10, activation: "relu", trainable: false)
            .Dense(2, activation: "softmax"),
        Sequential()
            .Dense(5, activation: "relu", input: 3)
            .Dense(8, activation: "relu", trainable: false)
            .Dense(10, activation: "relu", trainable: false)
            .Dense(15, activation: "relu")
            .Dense(4, activation: "softmax"),
        Sequential()
            .Conv2D(64, (6, 6), activation: "relu", input: (28, 28, 3))
            .MaxPooling2D(2, 2)
            .Conv2D(32, (4, 4), activation: "relu")
            .MaxPooling2D((2, 2)),
        Sequential()
            .Conv2D(16, (3, 3), activation: "relu", input: (28, 28, 3), name: "conv2d_2")
            .MaxPooling2D((2, 2), name: "max_pooling2d_2")
            .Conv2D(32, (3, 3), activation: "relu", name: "conv2d_3")
            .MaxPooling2D((2, 2), name: "max_pooling2d_3")
            .Conv2D(64, (3, 3), activation: "relu", name: "conv2d_4")
            .MaxPooling2D((2, 2), name: "max_pooling2d_4")
            .Flatten()
            .Dense(512, activation: "relu", name: "dense_5")
            .Dense(1, name: "dense_6"),
        Sequential()
            .LSTM(64, returnSequences: true, input: (null, 5))
            .GRU(32, returnSequences: true)
            .GRU(16, returnSequences: true, resetAfter: false)
            .SimpleRNN(8),
        Sequential()
            .Bidirectional(LSTM(64, returnSequences: true), input: (null, 5))
            .Bidirectional(GRU(32, returnSequences: true))
            .Bidirectional(GRU(16, returnSequences: true, resetAfter: false))
            .Bidirectional(SimpleRNN(8)),
    };

    /// <summary>The six summary tables of the article, in order.</summary>
    public static IReadOnlyList<string> SeedSummaries()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "count-params-tf2.txt"));
        var tables = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("_____", StringComparison.Ordinal) || !lines[i + 1].StartsWith("Layer (type)", StringComparison.Ordinal)) continue;
            int end = Array.FindIndex(lines, i, l => l.StartsWith("Non-trainable params:", StringComparison.Ordinal));
            tables.Add(string.Join("\n", lines[i..(end + 1)]));
            i = end;
        }
        return tables;
    }

    public static TheoryData<int> Indexes() => new() { 0, 1, 2, 3, 4, 5 };

    [Fact]
    public void The_seed_has_six_summaries() => Assert.Equal(6, SeedSummaries().Count);

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Summary_equals_the_seed_byte_for_byte(int index) =>
        Assert.Equal(Normalize(SeedSummaries()[index]), Normalize(Models[index].Summary()));

    [Theory]
    [InlineData(0, 123, 38, 85)]
    [InlineData(1, 387, 249, 138)]
    [InlineData(2, 39776, 39776, 0)]
    [InlineData(3, 57377, 57377, 0)]
    [InlineData(4, 29880, 29880, 0)]
    [InlineData(5, 75376, 75376, 0)]
    public void Counts_equal_the_seed_formulas(int index, long total, long trainable, long nonTrainable)
    {
        Assert.Equal(total, Models[index].TotalParams);
        Assert.Equal(trainable, Models[index].TrainableParams);
        Assert.Equal(nonTrainable, Models[index].NonTrainableParams);
    }
}
