namespace KerasDsl.Cli.Keras1;

/// <summary>
/// Where a part of a converted document came from in the file: a refusal or warning found in the converted model
/// names the field the user wrote (<c>config[0].config.nb_filter</c>), not the Keras 2 name the converter gave it
/// (<c>config[0].config.filters</c>). Entries map a path prefix of the converted document to a path of the original;
/// the longest matching prefix wins, and the rest of the path follows it unless the entry absorbs it (a part the
/// converter made up, such as a Sequential's implied connections, has no counterpart below its origin).
/// </summary>
internal sealed class PathMap
{
    private readonly Dictionary<string, (string Original, bool Absorbs)> entries = new(StringComparer.Ordinal);

    public bool IsEmpty => entries.Count == 0;

    /// <summary>Maps <paramref name="converted"/> and what is below it to <paramref name="original"/> and the same below it.</summary>
    public void Add(string converted, string original)
    {
        if (converted != original) entries[converted] = (original, false);
    }

    /// <summary>Maps <paramref name="converted"/> and everything below it to <paramref name="original"/> itself.</summary>
    public void AddAbsorbing(string converted, string original) => entries[converted] = (original, true);

    /// <summary>The original path of a converted one (unchanged when no entry covers it).</summary>
    public string Translate(string path)
    {
        if (entries.Count == 0) return path;
        for (int end = path.Length; end > 0; end = PreviousBoundary(path, end))
        {
            if (!entries.TryGetValue(path.Substring(0, end), out var entry)) continue;
            return entry.Absorbs ? entry.Original : entry.Original + path.Substring(end);
        }
        return path;
    }

    /// <summary>The end of the next shorter prefix that ends at a segment (before a '.' or a '[').</summary>
    private static int PreviousBoundary(string path, int end)
    {
        for (int i = end - 1; i > 0; i--)
            if (path[i] == '.' || path[i] == '[') return i;
        return 0;
    }
}
