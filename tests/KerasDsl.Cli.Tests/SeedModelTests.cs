using System.Text.Json;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// The seed article's six models, written as tf.keras 2.x's model.to_json() writes them (Data/seed/*.json),
/// through the CLI: the classic summary must be the article's table, the JSON its counts.
/// </summary>
public class SeedModelTests
{
    private static readonly string[] Files =
    {
        "1-dense-trainable.json", "2-dense.json", "3-conv.json", "4-conv-dense.json", "5-recurrent.json", "6-bidirectional.json",
    };

    /// <summary>The article's summary tables, in order, each ending with its line break as the CLI prints it.</summary>
    private static readonly string[] Tables = KerasDsl.Tests.Shared.SeedArticle.Tables().Select(t => t + "\n").ToArray();

    [Fact]
    public void The_article_has_six_summaries() => Assert.Equal(Files.Length, Tables.Length);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Classic_summary_is_the_articles_table(int model)
    {
        var run = Cli.Run("summary", Cli.Data("seed", Files[model]));
        Assert.Equal("", run.Err);
        Assert.Equal(0, run.Code);
        Assert.Equal(TrimLineEnds(Tables[model]), TrimLineEnds(run.Out));
    }

    [Theory]
    [InlineData(0, 123, 38, 85)]
    [InlineData(1, 387, 249, 138)]
    [InlineData(2, 39776, 39776, 0)]
    [InlineData(3, 57377, 57377, 0)]
    [InlineData(4, 29880, 29880, 0)]
    [InlineData(5, 75376, 75376, 0)]
    public void Json_summary_has_the_articles_counts(int model, long total, long trainable, long nonTrainable)
    {
        string file = Cli.Data("seed", Files[model]);
        var run = Cli.Run("summary", "--format", "json", file);
        Assert.Equal(0, run.Code);
        var line = Assert.Single(run.OutLines);
        using var document = JsonDocument.Parse(line);
        var result = document.RootElement;
        Assert.Equal(file, result.GetProperty("file").GetString());
        Assert.True(result.GetProperty("ok").GetBoolean());
        Assert.Equal(total, result.GetProperty("total").GetInt64());
        Assert.Equal(trainable, result.GetProperty("trainable").GetInt64());
        Assert.Equal(nonTrainable, result.GetProperty("non_trainable").GetInt64());
        Assert.Equal(total, result.GetProperty("layers").EnumerateArray().Sum(l => l.GetProperty("params").GetInt64()));
    }

    [Fact]
    public void All_six_at_once_print_each_table_after_its_file_name()
    {
        var paths = Files.Select(f => Cli.Data("seed", f)).ToArray();
        var run = Cli.Run(new[] { "summary" }.Concat(paths).ToArray());
        Assert.Equal(0, run.Code);
        string expected = string.Join("\n", paths.Select((p, i) => p + ":\n" + Tables[i]));
        Assert.Equal(TrimLineEnds(expected), TrimLineEnds(run.Out));
    }

    private static string TrimLineEnds(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd(' ')));
}
