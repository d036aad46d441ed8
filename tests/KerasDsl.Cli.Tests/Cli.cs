namespace KerasDsl.Cli.Tests;

/// <summary>Runs the tool in-process with its own writers (tests run in parallel, Console is shared).</summary>
internal static class Cli
{
    public static CliRun Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the tool with the given writers, e.g. one that fails as stdout on a full disk does.</summary>
    public static int RunWith(TextWriter stdout, TextWriter stderr, params string[] args) => Program.Run(args, stdout, stderr);

    public static string Data(params string[] parts) =>
        Path.Combine(new[] { AppContext.BaseDirectory, "Data" }.Concat(parts).ToArray());
}

/// <summary>A writer whose writes (or only its flush) fail as a write to /dev/full does.</summary>
internal sealed class FailingWriter : TextWriter
{
    public const string Reason = "No space left on device";
    private readonly bool onFlushOnly;
    private readonly StringWriter written = new() { NewLine = "\n" };

    public FailingWriter(bool onFlushOnly = false)
    {
        this.onFlushOnly = onFlushOnly;
        NewLine = "\n";
    }

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    /// <summary>What was written before the failure (only when the flush fails).</summary>
    public string Written => written.ToString();

    public override void Write(char value)
    {
        if (!onFlushOnly) throw new IOException(Reason);
        written.Write(value);
    }

    public override void Flush() => throw new IOException(Reason);
}

internal sealed record CliRun(int Code, string Out, string Err)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A JSON file in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempJson : IDisposable
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kerasdsl-tests-" + Guid.NewGuid().ToString("N"));

    public TempJson(string json, string name = "model.json")
    {
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, name);
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

/// <summary>Small Keras JSON documents for the tests, in tf.keras 2.x's spelling.</summary>
internal static class KerasJson
{
    public static string Sequential(params string[] layers) =>
        "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"sequential\", \"layers\": [" + string.Join(", ", layers) + "]}, " +
        "\"keras_version\": \"2.4.0\", \"backend\": \"tensorflow\"}";

    public static string Layer(string className, string config) =>
        "{\"class_name\": \"" + className + "\", \"config\": {" + config + "}}";

    public static string Input(string batchShape) =>
        Layer("InputLayer", "\"batch_input_shape\": " + batchShape + ", \"dtype\": \"float32\", \"sparse\": false, \"ragged\": false, \"name\": \"input\"");

    public static string Dense(string name, int units, bool trainable = true) =>
        Layer("Dense", $"\"name\": \"{name}\", \"trainable\": {(trainable ? "true" : "false")}, \"dtype\": \"float32\", \"units\": {units}, " +
            "\"activation\": \"relu\", \"use_bias\": true, \"kernel_initializer\": {\"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}}, " +
            "\"bias_initializer\": {\"class_name\": \"Zeros\", \"config\": {}}, \"kernel_regularizer\": null");

    /// <summary>Input (3,) → Dense 4 → Dense 5 (not trainable): 16 + 25 = 41 params, 16 trainable.</summary>
    public static string Small => Sequential(Input("[null, 3]"), Dense("dense", 4), Dense("dense_1", 5, trainable: false));
}
