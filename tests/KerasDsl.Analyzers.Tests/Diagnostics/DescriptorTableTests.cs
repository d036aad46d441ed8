extern alias AnalyzerAssembly;
using AnalyzerAssembly::KerasDsl.Analyzers;
using AnalyzerAssembly::KerasDsl.Analyzers.Diagnostics;
using AnalyzerAssembly::KerasDsl.Analyzers.Parser;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using CoreTable = KerasDsl.Core.Diagnostics;

namespace KerasDsl.Analyzers.Tests.Diagnostics;

[Collection(nameof(RobustnessTests))]
public class DescriptorTableTests
{
    /// <summary>The descriptors are written out for release tracking; this keeps them Core's table, row for row.</summary>
    [Fact]
    public void Every_descriptor_is_a_row_of_Cores_table()
    {
        var descriptors = DiagnosticDescriptors.All;
        Assert.Equal(CoreTable.All.Select(d => d.Id), descriptors.Select(d => d.Id));
        foreach (var (core, descriptor) in CoreTable.All.Zip(descriptors))
        {
            Assert.Equal(core.Title, descriptor.Title.ToString());
            Assert.Equal(core.Category, descriptor.Category);
            Assert.Equal((int)core.Severity, (int)descriptor.DefaultSeverity);
            Assert.Equal(core.EnabledByDefault, descriptor.IsEnabledByDefault);
            Assert.Equal(core.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal("{0}", descriptor.MessageFormat.ToString());
        }
    }

    [Fact]
    public void The_analyzer_supports_every_ID()
    {
        var supported = new KerasModelAnalyzer().SupportedDiagnostics.Select(d => d.Id);
        Assert.Equal(CoreTable.All.Select(d => d.Id), supported);
    }

    [Fact]
    public void Every_ID_is_in_the_release_tracking_file()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepoRoot(), "analyzers", "KerasDsl.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var d in CoreTable.All)
            Assert.Contains($"{d.Id} | {d.Category} | {d.Severity} |", unshipped);
    }

    [Fact]
    public void An_exception_in_a_callback_becomes_KD0019_at_the_member_never_silence()
    {
        var compilation = References.Compile("class C { static int Model = 1; }");
        var symbol = compilation.GetTypeByMetadataName("C")!.GetMembers("Model").Single();
        var reported = new List<Diagnostic>();
        var e = Record.Exception(() => KerasModelAnalyzer.Guard("context", symbol, reported.Add, () => throw new InvalidOperationException("a bug")));
        Assert.Null(e);
        var diagnostic = Assert.Single(reported);
        Assert.Equal("KD0019", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("System.InvalidOperationException: a bug", diagnostic.GetMessage());
        Assert.Contains("[KerasModel] Model", diagnostic.GetMessage());
        Assert.Equal(symbol.Locations[0], diagnostic.Location);
        Assert.Throws<OperationCanceledException>(() => KerasModelAnalyzer.Guard("context", symbol, reported.Add, () => throw new OperationCanceledException()));
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
