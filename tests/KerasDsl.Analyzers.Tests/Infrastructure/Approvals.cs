using Shouldly;

namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// Approval of generated source with Shouldly's ShouldMatchApproved: the approved files are committed
/// under Approved/ as <c>&lt;name&gt;.approved.cs</c> (excluded from the build). A difference fails with
/// a line diff in the message and writes <c>.received.cs</c> beside it; no diff tool is ever launched.
/// </summary>
internal static class Approvals
{
    private static readonly string Folder = Path.Combine(SourceDirectory(), "Approved");

    public static void ShouldMatchApprovedSource(this string received, string name)
    {
        string approvedPath = Path.Combine(Folder, name + ".approved.cs");
        string? diff = File.Exists(approvedPath)
            ? "Generated source differs from " + approvedPath + " (- approved, + received):\n" + LineDiff.Between(File.ReadAllText(approvedPath), received)
            : null;
        received.ShouldMatchApproved(c => c
                .NoDiff()
                .DoNotIgnoreLineEndings()
                .WithFileExtension("cs")
                .WithFilenameGenerator((_, _, fileType, extension) => Path.Combine(Folder, $"{name}.{fileType}.{extension}")),
            diff);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
