namespace KerasDsl.Tests.Shared;

/// <summary>
/// The seed article ("Count Number of Parameters of Model in TensorFlow 2"), copied unchanged from the
/// project's seed to tests/KerasDsl.Tests/Data/count-params-tf2.txt and linked into the test projects
/// that read it. Its six summary tables are the expected output of the API and of the CLI.
/// </summary>
internal static class SeedArticle
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "count-params-tf2.txt");

    /// <summary>The article's summary tables in order, each from its first rule to "Non-trainable params: ...", lines joined by "\n".</summary>
    public static IReadOnlyList<string> Tables()
    {
        var lines = File.ReadAllLines(Path);
        var tables = new List<string>();
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i] != new string('_', 65) || !lines[i + 1].StartsWith("Layer (type)", StringComparison.Ordinal)) continue;
            int end = Array.FindIndex(lines, i, l => l.StartsWith("Non-trainable params:", StringComparison.Ordinal));
            tables.Add(string.Join("\n", lines[i..(end + 1)]));
            i = end;
        }
        return tables;
    }
}
