using KerasDsl.Core;
using static KerasDsl.Keras;

namespace KerasDsl.Tests.Summary;

/// <summary>Names reach the terminal with non-printable characters escaped as Python's repr writes them.</summary>
public class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m")]   // ESC: a colour, or worse, for the terminal
    [InlineData("a\rb\nc\td", "a\\rb\\nc\\td")]
    [InlineData("\u0000\u0007\u007f", "\\x00\\x07\\x7f")]            // other C0 controls and DEL
    [InlineData("next\u0085line\u009b2J", "next\\x85line\\x9b2J")]   // C1: NEL, CSI
    [InlineData("a\u2028b\u2029c", "a\\u2028b\\u2029c")]           // line and paragraph separators
    [InlineData("abc\u202edef\u200b", "abc\\u202edef\\u200b")]     // format characters: RIGHT-TO-LEFT OVERRIDE, ZERO WIDTH SPACE
    [InlineData("no\u00a0break\u3000wide", "no\\xa0break\\u3000wide")] // spaces other than U+0020
    [InlineData("private\ue000", "private\\ue000")]
    [InlineData("tag\U000E0041", "tag\\U000e0041")]                // a format character beyond the BMP
    public void Non_printable_characters_are_escaped_as_Python_repr_escapes_them(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Fact]
    public void Lone_surrogates_are_escaped()
    {
        // Not as [InlineData]: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal("lone\\ud800high", TerminalText.Escape("lone\ud800high"));
        Assert.Equal("lone\\udc00low", TerminalText.Escape("lone\udc00low"));
        Assert.Equal("end\\ud800", TerminalText.Escape("end\ud800"));
        Assert.Equal("\\udc00\\ud800", TerminalText.Escape("\udc00\ud800"));   // a pair in the wrong order is two lone halves
    }

    [Theory]
    [InlineData("dense_1")]
    [InlineData("conv2d (Conv2D)")]
    [InlineData("schicht_ä_日本_\U0001F600")]   // letters of every script and a surrogate pair: printable
    [InlineData("back\\slash \"quoted\" 'x'")]
    [InlineData("")]
    public void Printable_text_is_returned_as_it_is(string text) => Assert.Same(text, TerminalText.Escape(text));

    [Fact]
    public void The_classic_table_escapes_layer_names()
    {
        string table = Sequential().Dense(4, input: 3, name: "x\u001b[2J\r\u2028").Summary();
        Assert.Contains("\nx\\x1b[2J\\r\\u2028 (Dense)    ", table);
        Assert.DoesNotContain('\u001b', table);
        Assert.DoesNotContain('\r', table);
        Assert.DoesNotContain('\u2028', table);
        Assert.Equal(9, table.Split('\n').Length);   // 8 lines and the last line break: no line added by the name
    }
}
