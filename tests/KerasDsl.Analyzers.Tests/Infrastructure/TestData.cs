namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>The model sources under TestData/ (copied beside the test assembly, not compiled into it).</summary>
internal static class TestData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static IEnumerable<string> Names => Directory.GetFiles(Folder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
