using System.Reflection;

namespace KerasDsl.Cli;

internal enum CliAction
{
    UsageError,
    Help,
    Version,
    Summary,
}

internal enum OutputFormat
{
    Classic,
    Json,
}

/// <summary>What the command line asks for. <see cref="Error"/> is set for <see cref="CliAction.UsageError"/>.</summary>
internal sealed record CliOptions(CliAction Action, OutputFormat Format, IReadOnlyList<string> Files, string? Error);

/// <summary>Parses <c>kerasdsl [--help|--version] | summary [--format classic|json] MODEL.json...</c>.</summary>
internal static class CommandLine
{
    public static string Version
    {
        get
        {
            var assembly = typeof(CommandLine).Assembly;
            string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
            int plus = version.IndexOf('+');   // the SDK appends +<commit> when it knows it
            return "kerasdsl " + (plus >= 0 ? version.Substring(0, plus) : version);
        }
    }

    public const string HelpText =
        "Usage: kerasdsl summary [--format classic|json] MODEL.json...\n" +
        "       kerasdsl --help | --version\n" +
        "\n" +
        "Reads Keras models, Sequential or functional, as model.to_json() writes them\n" +
        "(tf.keras 2.x, Keras 3, TensorFlow.js) and prints what Keras's model.summary()\n" +
        "computes.\n" +
        "\n" +
        "Commands:\n" +
        "  summary        Print each model's summary: Keras 2's table (with \"Connected to\"\n" +
        "                 for a graph), preceded by the file name when several are given.\n" +
        "\n" +
        "Options:\n" +
        "  --format json  One JSON object per file and line, in the order given:\n" +
        "                 {\"file\", \"ok\": true, \"total\", \"trainable\", \"non_trainable\",\n" +
        "                  \"layers\": [{\"name\", \"class\", \"output_shape\", \"params\"}]}\n" +
        "                 (a functional model adds \"outputs\" and each layer's\n" +
        "                 \"connected_to\"), or\n" +
        "                 {\"file\", \"ok\": false, \"error\": {\"id\", \"message\", \"layer\", \"path\"}}.\n" +
        "  -h, --help     Show this help.\n" +
        "  --version      Show the version.\n" +
        "\n" +
        "Every config field is checked: one kerasdsl does not model and that could change\n" +
        "a count or a shape (e.g. Keras 3's lora_rank on Conv2D) is refused (KD0018),\n" +
        "never ignored. Files larger than 128 MiB are not read (100,000 layers in Keras 3's\n" +
        "form are 70 to 90 MB).\n" +
        "\n" +
        "Exit status: 0 when every model was counted, 1 when one was refused (Keras would\n" +
        "refuse it, or it has a layer class or config field kerasdsl does not model),\n" +
        "2 for usage errors, unreadable files (over 128 MiB included), JSON that is not\n" +
        "a Keras model, and output that cannot be written.\n";

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return Usage("no command given.");
        switch (args[0])
        {
            case "-h":
            case "--help":
            case "help":
                return new CliOptions(CliAction.Help, OutputFormat.Classic, Array.Empty<string>(), null);
            case "--version":
                return new CliOptions(CliAction.Version, OutputFormat.Classic, Array.Empty<string>(), null);
            case "summary":
                return ParseSummary(args);
            default:
                return Usage(args[0].StartsWith('-') ? $"unknown option '{args[0]}'." : $"unknown command '{args[0]}'.");
        }
    }

    private static CliOptions ParseSummary(IReadOnlyList<string> args)
    {
        var format = OutputFormat.Classic;
        var files = new List<string>();
        bool optionsEnded = false;
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || !arg.StartsWith('-'))
            {
                files.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }
            if (arg == "-h" || arg == "--help")
                return new CliOptions(CliAction.Help, format, Array.Empty<string>(), null);

            string? value = null;
            if (arg == "--format" || arg == "-f")
            {
                if (i + 1 >= args.Count) return Usage($"{arg} needs a value: classic or json.");
                value = args[++i];
            }
            else if (arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                value = arg.Substring("--format=".Length);
            }
            else
            {
                return Usage($"unknown option '{arg}' for summary.");
            }

            switch (value)
            {
                case "classic": format = OutputFormat.Classic; break;
                case "json": format = OutputFormat.Json; break;
                default: return Usage($"unknown format '{value}': expected classic or json.");
            }
        }
        if (files.Count == 0) return Usage("summary needs at least one MODEL.json file.");
        return new CliOptions(CliAction.Summary, format, files, null);
    }

    private static CliOptions Usage(string error) =>
        new CliOptions(CliAction.UsageError, OutputFormat.Classic, Array.Empty<string>(), error);
}
