namespace KerasDsl.Cli;

/// <summary>
/// JSON that is not a Keras Sequential model the reader can read (a missing class_name, a layer that is not an
/// object, a functional model). Not a refusal by Keras: the CLI reports it as an input error (exit status 2).
/// </summary>
internal sealed class KerasJsonException : Exception
{
    public KerasJsonException(string path, string detail)
        : base(path.Length == 0 ? detail : path + ": " + detail)
    {
        Path = path;
        Detail = detail;
    }

    /// <summary>Where in the JSON, e.g. <c>config.layers[3].config</c>; empty for the document itself.</summary>
    public string Path { get; }

    /// <summary>The message without the path.</summary>
    public string Detail { get; }
}
