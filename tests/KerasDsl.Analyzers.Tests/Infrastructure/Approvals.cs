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
        try
        {
            received.ShouldMatchApproved(c => c
                .NoDiff()
                .DoNotIgnoreLineEndings()
                .WithFileExtension("cs")
                .WithFilenameGenerator((_, _, fileType, extension) => Path.Combine(Folder, $"{name}.{fileType}.{extension}")));
        }
        catch (ShouldMatchApprovedException e)
        {
            // Shouldly's message starts with the command that approves the received file, then prints
            // both texts whole; keep the command and show the line diff instead of the two texts.
            string command = e.Message.Split("----------------------------")[0].Trim();
            throw new ShouldAssertException((diff ?? "No approved file yet: " + approvedPath) + "\n" + command, e);
        }
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
