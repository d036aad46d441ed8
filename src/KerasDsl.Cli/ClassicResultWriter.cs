using KerasDsl.Core;

namespace KerasDsl.Cli;

internal interface IResultWriter
{
    void Write(FileResult result);
}

/// <summary>
/// Keras 2's summary on stdout (Core's <see cref="ModelSummary.Render"/>: the classic table, or the functional one with
/// "Connected to" for a graph that is not a plain chain, as Keras 2's print_summary chooses), preceded by the
/// file name when several files are given; refusals, input errors and warnings on stderr, one line each. Names,
/// paths and messages come from the files and the command line, so what reaches the terminal goes through
/// <see cref="TerminalText.Escape"/> (the table's names in the renderer).
/// </summary>
internal sealed class ClassicResultWriter : IResultWriter
{
    private readonly TextWriter stdout;
    private readonly TextWriter stderr;
    private readonly bool showFileNames;
    private bool first = true;

    public ClassicResultWriter(TextWriter stdout, TextWriter stderr, bool showFileNames)
    {
        this.stdout = stdout;
        this.stderr = stderr;
        this.showFileNames = showFileNames;
    }

    public void Write(FileResult result)
    {
        if (result.Summary != null)
        {
            if (showFileNames)
            {
                if (!first) stdout.Write('\n');
                stdout.Write(TerminalText.Escape(result.File) + ":\n");
            }
            first = false;
            stdout.Write(result.Summary.Render());
            foreach (var (warning, path) in result.Warnings)
                stderr.WriteLine(TerminalText.Escape($"{result.File}: warning {warning.Id}: {warning.Message}{At(path)}"));
        }
        else if (result.Refusal != null)
        {
            stderr.WriteLine(TerminalText.Escape($"{result.File}: error {result.Refusal.Id}: {result.Refusal.Message}{At(result.Path)}"));
        }
        else
        {
            stderr.WriteLine(TerminalText.Escape($"{result.File}: error: {(result.Path == null ? "" : result.Path + ": ")}{result.InputError}"));
        }
    }

    private static string At(string? path) => path == null ? "" : $" (at {path})";
}
