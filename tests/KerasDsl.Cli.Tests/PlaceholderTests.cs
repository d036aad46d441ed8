namespace KerasDsl.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void Without_arguments_the_tool_reports_usage() => Assert.Equal(2, Program.Main(Array.Empty<string>()));
}
