using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>The <c>kerasdsl</c> tool: Keras model JSON in, Keras summaries and counts out.</summary>
internal static class Program
{
    /// <summary>Exit status: every model was counted.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit status: at least one model is one Keras would refuse.</summary>
    public const int ExitRefused = 1;

    /// <summary>Exit status: bad usage, a file that cannot be read, JSON that is not a Keras model, or output that cannot be written.</summary>
    public const int ExitUsage = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>The whole tool, writing only to the given writers (so tests can run it in parallel).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            int code = Dispatch(args, stdout, stderr);
            stdout.Flush();
            return code;
        }
        catch (IOException e)
        {
            // Reading errors are each file's own result (SummaryCommand.Evaluate); what gets here is a failed write,
            // e.g. stdout on a full disk (> /dev/full). One line on stderr, which may be the broken writer itself.
            try
            {
                stderr.WriteLine(TerminalText.Escape("kerasdsl: error: cannot write the output: " + e.Message));
                stderr.Flush();
            }
            catch (IOException)
            {
            }
            return ExitUsage;
        }
    }

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CommandLine.Parse(args);
        switch (parsed.Action)
        {
            case CliAction.Help:
                stdout.Write(CommandLine.HelpText);
                return ExitOk;
            case CliAction.Version:
                stdout.WriteLine(CommandLine.Version);
                return ExitOk;
            case CliAction.Summary:
                return SummaryCommand.Run(parsed, stdout, stderr);
            default:
                stderr.WriteLine(TerminalText.Escape("kerasdsl: " + parsed.Error));
                stderr.WriteLine("Run 'kerasdsl --help' for usage.");
                return ExitUsage;
        }
    }
}
