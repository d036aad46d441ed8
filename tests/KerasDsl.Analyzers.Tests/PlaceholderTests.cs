namespace KerasDsl.Analyzers.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Analyzer_assembly_loads() => Assert.NotNull(typeof(KerasDsl.Analyzers.Placeholder).Assembly);
}
