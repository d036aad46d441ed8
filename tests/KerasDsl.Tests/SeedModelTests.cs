using KerasDsl.Samples;
using static KerasDsl.Tests.Assertions;

namespace KerasDsl.Tests;

/// <summary>
/// The seed article's six models (samples/KerasDsl.Samples/SeedModels.cs, their one definition)
/// against the article's text (Data/count-params-tf2.txt, copied unchanged from the project's seed):
/// every summary byte for byte (trailing spaces aside), and the counts.
/// </summary>
public class SeedModelTests
{
    public static readonly IReadOnlyList<Sequential> Models = new[]
    {
        SeedModels.Dense, SeedModels.DenseFormula, SeedModels.Conv,
        SeedModels.ConvDense, SeedModels.Recurrent, SeedModels.Bidirectional,
    };

    /// <summary>The six summary tables of the article, in order.</summary>
    public static IReadOnlyList<string> SeedSummaries() => KerasDsl.Tests.Shared.SeedArticle.Tables();

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
