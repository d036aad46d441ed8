using System.Diagnostics;
using System.Text.Json;
using KerasDsl.Core;

namespace KerasDsl.Cli.Tests;

/// <summary>
/// What the tool meets outside the happy path: output that cannot be written, inputs that never end, strings that
/// are not Unicode, names that would drive the terminal. Each ends in one line on stderr and a status, never a stack
/// trace, and nothing from a file reaches the terminal raw.
/// </summary>
public class HostileInputTests
{
    private const string WriteError = "kerasdsl: error: cannot write the output: " + FailingWriter.Reason + "\n";

    // ---- output that cannot be written ----

    [Theory]
    [InlineData("classic")]
    [InlineData("json")]
    public void A_failing_stdout_is_one_line_on_stderr_and_status_2(string format)
    {
        using var file = new TempJson(KerasJson.Small);
        var stderr = new StringWriter { NewLine = "\n" };
        int code = Cli.RunWith(new FailingWriter(), stderr, "summary", "--format", format, file.Path);
        Assert.Equal(Program.ExitUsage, code);
        Assert.Equal(WriteError, stderr.ToString());
    }

    [Fact]
    public void A_stdout_that_fails_only_when_flushed_is_reported_too()
    {
        using var file = new TempJson(KerasJson.Small);
        var stdout = new FailingWriter(onFlushOnly: true);
        var stderr = new StringWriter { NewLine = "\n" };
        Assert.Equal(Program.ExitUsage, Cli.RunWith(stdout, stderr, "summary", file.Path));
        Assert.EndsWith("Non-trainable params: 25\n", stdout.Written);
        Assert.Equal(WriteError, stderr.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    public void Help_and_version_on_a_failing_stdout_exit_with_2(string option)
    {
        var stderr = new StringWriter { NewLine = "\n" };
        Assert.Equal(Program.ExitUsage, Cli.RunWith(new FailingWriter(), stderr, option));
        Assert.Equal(WriteError, stderr.ToString());
    }

    [Fact]
    public void When_stderr_fails_too_the_status_is_still_2()
    {
        using var refused = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("dense", -4)));
        Assert.Equal(Program.ExitUsage, Cli.RunWith(new FailingWriter(), new FailingWriter(), "summary", refused.Path));
        // The refusal goes to stderr only: its failure is a failed write as well.
        Assert.Equal(Program.ExitUsage, Cli.RunWith(new StringWriter(), new FailingWriter(), "summary", refused.Path));
        Assert.Equal(Program.ExitUsage, Cli.RunWith(new StringWriter(), new FailingWriter(), "count"));
    }

    [Fact]
    public void The_tool_with_stdout_on_dev_full_says_so_in_one_line_and_exits_with_2()
    {
        if (!File.Exists("/dev/full")) return;   // Linux's always-full device; elsewhere the in-process tests above stand
        using var file = new TempJson(KerasJson.Small);
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // sh -c 'exec dotnet exec kerasdsl.dll summary FILE > /dev/full'; the tool's Main, with the real Console.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" exec \"$1\" summary \"$2\" > /dev/full");
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add(file.Path);
        using var process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the tool did not end");
        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("kerasdsl: error: cannot write the output: ", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", stderr);
    }

    // ---- inputs over the size limit ----

    [Fact]
    public void The_limit_is_128_MiB_as_the_help_says()
    {
        Assert.Equal(128L * 1024 * 1024, ModelFile.MaxBytes);
        Assert.Equal("128 MiB (134,217,728 bytes)", ModelFile.DescribeSize(ModelFile.MaxBytes));
        Assert.Contains("larger than 128 MiB", CommandLine.HelpText);
    }

    [Fact]
    public void Dev_zero_is_read_up_to_the_limit_and_refused_with_status_2()
    {
        if (!File.Exists("/dev/zero")) return;   // an endless device, which claims no length
        var run = Cli.Run("summary", "/dev/zero");
        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal("/dev/zero: error: cannot read the file: it is larger than 128 MiB (134,217,728 bytes), " +
            "kerasdsl's limit for a model file; reading stopped there.\n", run.Err);
    }

    [Fact]
    public void A_file_over_the_limit_is_an_input_error_naming_the_limit()
    {
        using var file = new TempJson(KerasJson.Small);
        long size = new FileInfo(file.Path).Length;
        var over = SummaryCommand.Evaluate(file.Path, maxBytes: size - 1);
        Assert.Equal(Program.ExitUsage, over.ExitCode);
        Assert.Equal($"cannot read the file: it is larger than {size - 1:#,0} bytes, kerasdsl's limit for a model file; reading stopped there.",
            over.InputError);

        var exactly = SummaryCommand.Evaluate(file.Path, maxBytes: size);
        Assert.Null(exactly.InputError);
        Assert.Equal(41, exactly.Summary!.TotalParams);
    }

    [Fact]
    public void A_device_without_a_length_is_cut_at_the_limit()
    {
        if (!File.Exists("/dev/zero")) return;
        var result = SummaryCommand.Evaluate("/dev/zero", maxBytes: 1000);
        Assert.Equal("cannot read the file: it is larger than 1,000 bytes, kerasdsl's limit for a model file; reading stopped there.",
            result.InputError);
    }

    [Fact]
    public void A_byte_order_mark_is_still_read_as_the_encoding()
    {
        using var file = new TempJson(KerasJson.Small);
        File.WriteAllText(file.Path, KerasJson.Small, new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        Assert.Equal(41, SummaryCommand.Evaluate(file.Path).Summary!.TotalParams);
    }

    // ---- strings that are not Unicode ----

    [Theory]
    [InlineData("x\\ud800y", "\\ud800")]
    [InlineData("x\\udc00", "\\udc00")]
    [InlineData("\\ud83d\\ude00\\ud800", "\\ud800")]   // a whole pair, then a lone half
    [InlineData("\\udc00\\ud800", "\\udc00")]          // a pair in the wrong order
    public void A_lone_surrogate_escape_is_bad_json_at_its_path(string name, string escape)
    {
        var error = Assert.Throws<KerasJsonException>(() => KerasJsonReader.ReadSequential(
            KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("dense", 4), KerasJson.Dense(name, 2))));
        Assert.Equal("config.layers[2].config.name", error.Path);
        Assert.Equal($"not valid JSON: the string \"{name}\" has a lone surrogate {escape} (half of a UTF-16 pair, not a character). " +
            "Write the character itself, or both escapes of its pair.", error.Detail);
    }

    [Fact]
    public void A_lone_surrogate_anywhere_is_found_even_where_the_reader_never_looks()
    {
        var error = Assert.Throws<KerasJsonException>(() => KerasJsonReader.ReadSequential(
            "{\"format\": \"layers-model\", \"modelTopology\": " + KerasJson.Small + ", \"generatedBy\": [\"tfjs\", \"\\udfff\"]}"));
        Assert.Equal("generatedBy[1]", error.Path);
    }

    [Fact]
    public void A_lone_surrogate_in_a_field_name_names_its_object()
    {
        var error = Assert.Throws<KerasJsonException>(() => KerasJsonReader.ReadSequential(
            KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Layer("Dense", "\"units\": 2, \"a\\ud800\": 1"))));
        Assert.Equal("config.layers[1].config", error.Path);
        Assert.StartsWith("not valid JSON: a field name of this object has a lone surrogate escape", error.Detail);
    }

    [Fact]
    public void A_surrogate_pair_is_a_character_and_is_read()
    {
        var model = KerasJsonReader.ReadSequential(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("smile_\\ud83d\\ude00", 4)));
        Assert.Equal(ArgValue.Of("smile_\U0001F600"), model.Calls[0].Find("name"));
        Assert.Null(JsonText.LoneSurrogateEscape("\"a\\\\ud800\""));   // an escaped backslash, then the text ud800
    }

    [Fact]
    public void The_tool_reports_a_lone_surrogate_as_bad_json_with_status_2()
    {
        using var file = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("x\\ud800y", 4)));
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal($"{file.Path}: error: config.layers[1].config.name: not valid JSON: the string \"x\\ud800y\" has a lone surrogate " +
            "\\ud800 (half of a UTF-16 pair, not a character). Write the character itself, or both escapes of its pair.\n", run.Err);

        var json = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal(2, json.Code);
        using var document = JsonDocument.Parse(Assert.Single(json.OutLines));
        Assert.Equal("config.layers[1].config.name", document.RootElement.GetProperty("error").GetProperty("path").GetString());
    }

    [Fact]
    public void A_lone_surrogate_char_in_text_given_to_the_reader_is_bad_json()
    {
        // Not from a file (decoding replaces it), but Read(string) is public.
        var error = Assert.Throws<KerasJsonException>(() => KerasJsonReader.ReadSequential(
            KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense("x\ud800y", 4))));
        Assert.Equal("", error.Path);
        Assert.Contains("lone UTF-16 surrogate", error.Detail);
    }

    // ---- names that would drive the terminal ----

    private const string Hostile = "a\\u001b[31mRED\\r\\u2028\\u0085\\u202e\\u0007";
    private const string HostileDecoded = "a\u001b[31mRED\r\u2028\u0085\u202e\u0007";

    [Fact]
    public void Control_characters_in_names_are_escaped_in_the_classic_table()
    {
        using var file = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense(Hostile, 4)));
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(0, run.Code);
        // Escaped, then cut at the column's end as any long name is.
        Assert.Contains("\na\\x1b[31mRED\\r\\u2028\\x85\\u20 (None, 4)                 16        \n", run.Out);
        AssertNothingRaw(run.Out);
    }

    [Fact]
    public void Control_characters_in_names_and_file_names_are_escaped_on_stderr()
    {
        using var file = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense(Hostile, -4)), "evil\u001b]0;title\u0007.json");
        var run = Cli.Run("summary", file.Path);
        Assert.Equal(1, run.Code);
        string line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("evil\\x1b]0;title\\x07.json: error KD0002: a\\x1b[31mRED\\r\\u2028\\x85\\u202e\\x07 has an invalid units", line);
        AssertNothingRaw(run.Err);

        var unknown = Cli.Run("summary", "--format", "json", "\u001b[2J.json");
        Assert.Contains("\\x1b[2J.json: error: cannot read the file", unknown.Err);
        AssertNothingRaw(unknown.Err);
    }

    [Fact]
    public void Json_output_stays_valid_and_keeps_the_name_exactly()
    {
        using var file = new TempJson(KerasJson.Sequential(KerasJson.Input("[null, 3]"), KerasJson.Dense(Hostile, 4)));
        var run = Cli.Run("summary", "--format", "json", file.Path);
        Assert.Equal(0, run.Code);
        string line = Assert.Single(run.OutLines);
        using var document = JsonDocument.Parse(line);
        Assert.Equal(HostileDecoded, document.RootElement.GetProperty("layers")[0].GetProperty("name").GetString());
        // JSON escapes every control character and the line separators (U+202E, a format character, is valid JSON as it is).
        Assert.DoesNotContain(line, c => char.IsControl(c) || c == '\u2028' || c == '\u2029');
    }

    [Fact]
    public void Usage_errors_escape_the_argument_they_quote()
    {
        var run = Cli.Run("summary", "--\u001b[2J");
        Assert.Equal(2, run.Code);
        Assert.Contains("unknown option '--\\x1b[2J' for summary.", run.Err);
        AssertNothingRaw(run.Err);
    }

    /// <summary>Only printable characters and the line breaks the tool writes itself.</summary>
    private static void AssertNothingRaw(string output) =>
        Assert.DoesNotContain(output, c => c != '\n' && (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u202e'));
}
