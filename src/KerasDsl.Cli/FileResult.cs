using KerasDsl.Core;

namespace KerasDsl.Cli;

/// <summary>What became of one file: a summary, a refusal by Keras's rules, or an input error.</summary>
internal sealed class FileResult
{
    private FileResult(string file)
    {
        File = file;
    }

    /// <summary>The path as given on the command line.</summary>
    public string File { get; }

    public ModelSummary? Summary { get; private init; }

    /// <summary>True for a functional model: its JSON lists each layer's connections and the model's outputs.</summary>
    public bool IsGraph { get; private init; }

    public IReadOnlyList<(ModelWarning Warning, string? Path)> Warnings { get; private init; } = Array.Empty<(ModelWarning, string?)>();

    /// <summary>A model Keras would refuse.</summary>
    public KerasModelException? Refusal { get; private init; }

    /// <summary>A file that cannot be read, invalid JSON, or JSON that is not a Keras model.</summary>
    public string? InputError { get; private init; }

    /// <summary>The JSON path the refusal or input error is about, when one is known.</summary>
    public string? Path { get; private init; }

    public int ExitCode => InputError != null ? Program.ExitUsage : Refusal != null ? Program.ExitRefused : Program.ExitOk;

    public static FileResult Counted(string file, ModelSummary summary, IReadOnlyList<(ModelWarning, string?)> warnings, bool isGraph = false) =>
        new FileResult(file) { Summary = summary, Warnings = warnings, IsGraph = isGraph };

    public static FileResult Refused(string file, KerasModelException refusal, string? path) =>
        new FileResult(file) { Refusal = refusal, Path = path };

    public static FileResult Unreadable(string file, string error, string? path = null) =>
        new FileResult(file) { InputError = error, Path = string.IsNullOrEmpty(path) ? null : path };
}
