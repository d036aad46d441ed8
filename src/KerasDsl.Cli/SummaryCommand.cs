using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary><c>kerasdsl summary</c>: reads each file, evaluates it in Core, writes it in the chosen format.</summary>
internal static class SummaryCommand
{
    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr)
    {
        IResultWriter writer = options.Format == OutputFormat.Json
            ? new JsonResultWriter(stdout, stderr)
            : new ClassicResultWriter(stdout, stderr, showFileNames: options.Files.Count > 1);
        int exitCode = Program.ExitOk;
        foreach (var file in options.Files)
        {
            var result = Evaluate(file);
            writer.Write(result);
            exitCode = Math.Max(exitCode, result.ExitCode);
        }
        return exitCode;
    }

    /// <summary>One file's result; <paramref name="maxBytes"/> is the size limit (<see cref="ModelFile.MaxBytes"/>, smaller in tests).</summary>
    public static FileResult Evaluate(string file, long maxBytes = ModelFile.MaxBytes)
    {
        string text;
        try
        {
            text = ModelFile.ReadText(file, maxBytes);
        }
        catch (ModelFileTooLargeException e)
        {
            return FileResult.Unreadable(file, "cannot read the file: " + e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileResult.Unreadable(file, "cannot read the file: " + e.Message);
        }

        KerasJsonModel model;
        try
        {
            model = KerasJsonReader.Read(text);
        }
        catch (JsonException e)
        {
            return FileResult.Unreadable(file, DescribeSyntaxError(e));
        }
        catch (KerasJsonException e)
        {
            return FileResult.Unreadable(file, e.Detail, e.Path);
        }
        catch (Exception e)
        {
            return InternalError(file, "reading", e);
        }

        try
        {
            var counted = model.Count();
            return FileResult.Counted(file, counted.Summary, counted.Warnings, counted.IsGraph);
        }
        catch (KerasModelException e)
        {
            return FileResult.Refused(file, e, model.PathOf(e));
        }
        catch (KerasJsonException e)
        {
            // A reference that names no tensor, or nodes that wait for each other: the JSON is not a model.
            return FileResult.Unreadable(file, e.Detail, e.Path);
        }
        catch (Exception e)
        {
            return InternalError(file, "evaluating", e);
        }
    }

    /// <summary>A defect in KerasDsl, not in the model: said in one line rather than with a stack trace.</summary>
    private static FileResult InternalError(string file, string doing, Exception e) =>
        FileResult.Unreadable(file, $"internal error while {doing} the model ({e.GetType().Name}: {e.Message}). Please report it.");

    private static string DescribeSyntaxError(JsonException e)
    {
        // System.Text.Json appends " LineNumber: n | BytePositionInLine: m." (both from 0) to its message.
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) message = message.Substring(0, cut);
        string where = e.LineNumber is long line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
        return $"not valid JSON{where}: {message}";
    }
}
