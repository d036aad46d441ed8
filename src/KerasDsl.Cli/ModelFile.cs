using System.Globalization;
using System.Text;

namespace KerasDsl.Cli;

/// <summary>
/// Reads a model file's text with a bound on its size, so that <c>/dev/zero</c>, a device or a runaway pipe ends in
/// an input error rather than in the process running out of memory.
/// </summary>
internal static class ModelFile
{
    /// <summary>
    /// The largest model file the tool reads: 128 MiB. A Keras model's JSON (its architecture, no weights) is a few
    /// kilobytes for most models and a few megabytes for large ones; Keras 3 writes about 0.7 KB per Dense layer and
    /// 0.9 KB in a functional model, so a model of 100,000 layers is 70 to 90 MB. Anything much bigger is not one.
    /// </summary>
    public const long MaxBytes = 128L * 1024 * 1024;

    /// <summary>
    /// The file's text, decoded as <see cref="File.ReadAllText(string)"/> decodes it (UTF-8 unless a byte order mark
    /// says otherwise). Reads at most <paramref name="maxBytes"/> + 1 bytes, in chunks, whatever the file claims its
    /// length is (devices and pipes claim none); throws <see cref="ModelFileTooLargeException"/> beyond the limit,
    /// and the I/O exceptions of <see cref="FileStream"/> for a file that cannot be read.
    /// </summary>
    public static string ReadText(string path, long maxBytes = MaxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        long claimed = 0;
        if (stream.CanSeek)
        {
            claimed = stream.Length;
            if (claimed > maxBytes) throw new ModelFileTooLargeException(maxBytes);
        }

        var content = new MemoryStream((int)Math.Min(claimed, maxBytes));
        var chunk = new byte[64 * 1024];
        long total = 0;
        while (true)
        {
            // One byte past the limit is enough to know the file is over it.
            int wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - total);
            int read = stream.Read(chunk, 0, wanted);
            if (read == 0) break;
            total += read;
            if (total > maxBytes) throw new ModelFileTooLargeException(maxBytes);
            content.Write(chunk, 0, read);
        }

        content.Position = 0;
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>A size as the messages say it: <c>64 MiB (67,108,864 bytes)</c>, or <c>10 bytes</c>.</summary>
    public static string DescribeSize(long bytes)
    {
        string exact = bytes.ToString("#,0", CultureInfo.InvariantCulture) + (bytes == 1 ? " byte" : " bytes");
        const long MiB = 1024 * 1024;
        return bytes >= MiB && bytes % MiB == 0
            ? (bytes / MiB).ToString(CultureInfo.InvariantCulture) + " MiB (" + exact + ")"
            : exact;
    }
}

/// <summary>A model file over <see cref="ModelFile.MaxBytes"/>: reading stopped at the limit.</summary>
internal sealed class ModelFileTooLargeException : Exception
{
    public ModelFileTooLargeException(long limit)
        : base($"it is larger than {ModelFile.DescribeSize(limit)}, kerasdsl's limit for a model file; reading stopped there.")
    {
        Limit = limit;
    }

    public long Limit { get; }
}
