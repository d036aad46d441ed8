using System.Text.Json;

namespace KerasDsl.Cli.Tests;

/// <summary>A conformance file of JSON Lines (one case per line, each with an "id"), as the shared data writes them.</summary>
internal static class JsonLines
{
    /// <summary>The file's non-empty lines.</summary>
    public static string[] Read(string file) =>
        File.ReadAllLines(Cli.Data(file)).Where(line => line.Trim().Length > 0).ToArray();

    /// <summary>Line number (from 1) and case id, so that each case is its own test result.</summary>
    public static TheoryData<int, string> Cases(string[] lines)
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < lines.Length; i++)
        {
            using var document = JsonDocument.Parse(lines[i]);
            data.Add(i + 1, document.RootElement.GetProperty("id").GetString()!);
        }
        return data;
    }
}
