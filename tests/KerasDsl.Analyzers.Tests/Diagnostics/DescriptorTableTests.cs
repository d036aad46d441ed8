extern alias AnalyzerAssembly;
using AnalyzerAssembly::KerasDsl.Analyzers;
using AnalyzerAssembly::KerasDsl.Analyzers.Diagnostics;
using AnalyzerAssembly::KerasDsl.Analyzers.Parser;
using HelpLinks = AnalyzerAssembly::KerasDsl.Core.HelpLinks;
using KerasDsl.Analyzers.Tests.Infrastructure;
using System.Reflection;
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

    /// <summary>
    /// Each link is either none or the page under the package's RepositoryUrl, read here from Directory.Build.props itself;
    /// today's address is reserved for examples (example.invalid), so there must be none.
    /// </summary>
    [Fact]
    public void Every_help_link_is_none_or_the_page_under_the_packages_RepositoryUrl()
    {
        string? repositoryUrl = System.Xml.Linq.XDocument.Load(Path.Combine(RepoRoot(), "Directory.Build.props"))
            .Descendants("RepositoryUrl").SingleOrDefault()?.Value;
        Assert.Equal(repositoryUrl, typeof(DiagnosticDescriptors).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryUrl").Value);
        Assert.Equal(repositoryUrl, typeof(CoreTable).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryUrl").Value);

        string expectedBase = HelpLinks.BaseFor(repositoryUrl);
        Assert.True(expectedBase.Length == 0 || expectedBase == repositoryUrl!.TrimEnd('/') + "/blob/main/docs/diagnostics/", expectedBase);
        foreach (var descriptor in DiagnosticDescriptors.All)
            Assert.Equal(expectedBase.Length == 0 ? "" : expectedBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
        if (repositoryUrl == "https://example.invalid/kerasdsl") Assert.All(DiagnosticDescriptors.All, d => Assert.Equal("", d.HelpLinkUri));
    }

    [Theory]
    [InlineData("https://github.com/someone/kerasdsl", "https://github.com/someone/kerasdsl/blob/main/docs/diagnostics/")]
    [InlineData("https://github.com/someone/kerasdsl/", "https://github.com/someone/kerasdsl/blob/main/docs/diagnostics/")]
    [InlineData("https://github.com/someone/kerasdsl.git", "https://github.com/someone/kerasdsl/blob/main/docs/diagnostics/")]
    [InlineData(" http://git.example.net.au/team/kerasdsl ", "http://git.example.net.au/team/kerasdsl/blob/main/docs/diagnostics/")]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("https://example.invalid/kerasdsl", "")]
    [InlineData("https://repo.EXAMPLE.INVALID./kerasdsl", "")]
    [InlineData("https://example.com/kerasdsl", "")]
    [InlineData("https://www.example.org/kerasdsl", "")]
    [InlineData("https://kerasdsl.test/repo", "")]
    [InlineData("http://localhost/repo", "")]
    [InlineData("https://github.com/someone/kerasdsl?tab=readme", "")]
    [InlineData("git@github.com:someone/kerasdsl.git", "")]
    [InlineData("ftp://github.com/someone/kerasdsl", "")]
    [InlineData("github.com/someone/kerasdsl", "")]
    public void A_link_base_is_made_only_from_a_real_http_address(string? repositoryUrl, string expected) =>
        Assert.Equal(expected, HelpLinks.BaseFor(repositoryUrl));

    /// <summary>Every ID the analyzer can report has its page, titled with its ID and Core's title, and listed in the index.</summary>
    [Fact]
    public void Every_ID_has_its_help_page()
    {
        string folder = Path.Combine(RepoRoot(), "docs", "diagnostics");
        string index = File.ReadAllText(Path.Combine(folder, "README.md"));
        foreach (var d in CoreTable.All)
        {
            string page = Path.Combine(folder, d.Id + ".md");
            Assert.True(File.Exists(page), $"{d.Id} has no help page: expected {page}.");
            Assert.Equal($"# {d.Id}: {d.Title}", File.ReadLines(page).First());
            Assert.Contains($"[{d.Id}]({d.Id}.md)", index);
        }
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
