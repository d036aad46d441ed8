extern alias AnalyzerAssembly;
using KerasDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Escaping = AnalyzerAssembly::KerasDsl.Analyzers.Emitter.Escaping;

namespace KerasDsl.Analyzers.Tests.Generator;

/// <summary>Each spelling over every UTF-16 code unit, lone surrogates included: what the compiler reads back is the text, on one line.</summary>
public class EscapingTests
{
    /// <summary>Every char from U+0000 to U+FFFF once, and a valid surrogate pair (an emoji) at the end.</summary>
    private static readonly string EveryChar = new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray()) + "\U0001F600";

    private static readonly char[] LineTerminators = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    [Fact]
    public void A_literal_reads_back_as_the_text()
    {
        string literal = Escaping.Literal(EveryChar);
        Assert.Equal(-1, literal.IndexOfAny(LineTerminators));
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        Assert.Equal(EveryChar, ((LiteralExpressionSyntax)expression).Token.ValueText);
        Assert.Equal("\"sequential\"", Escaping.Literal("sequential"));
        Assert.Equal("\"a\\\"b\\\\c\\n\\r\\t\\u0000\\u2028\\uD800é\"", Escaping.Literal("a\"b\\c\n\r\t\0\u2028\uD800é"));
    }

    /// <summary>In a doc comment, compiled with XML docs checked: one line, well-formed, and the text (escapes aside) in the docs.</summary>
    [Fact]
    public void Doc_text_stays_on_its_line_and_is_well_formed_XML()
    {
        string doc = Escaping.XmlDoc(EveryChar);
        Assert.Equal(-1, doc.IndexOfAny(LineTerminators));
        var compilation = References.Compile("/// <summary>" + doc + "</summary>\npublic class Documented { }\n");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        string xml = compilation.GetTypeByMetadataName("Documented")!.GetDocumentationCommentXml()!;
        string printableAscii = new string(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray());
        Assert.Contains(Escaping.XmlDoc(printableAscii), xml);
        Assert.Equal("ABC abc 0123 &lt;&gt;&amp; é ✓ \\u000A \\u2028 \\uD800", Escaping.XmlDoc("ABC abc 0123 <>& é ✓ \n \u2028 \uD800"));
    }

    [Fact]
    public void One_line_text_has_no_line_terminator_and_keeps_printable_text()
    {
        string line = Escaping.OneLine(EveryChar);
        Assert.Equal(-1, line.IndexOfAny(LineTerminators));
        Assert.Equal("Outer<T>.Pair ✓ é \U0001F600", Escaping.OneLine("Outer<T>.Pair ✓ é \U0001F600"));
        Assert.Equal("a\\u000Ab\\u202Ec\\uDC00", Escaping.OneLine("a\nb\u202Ec\uDC00"));
    }

    [Theory]
    [InlineData("Mlp", "Mlp")]
    [InlineData("event", "@event")]
    [InlineData("@event", "@event")]
    [InlineData("record", "@record")]
    [InlineData("_1", "_1")]
    [InlineData("Δx", "Δx")]
    public void An_identifier_gets_its_at_sign_where_it_is_a_keyword(string name, string expected) =>
        Assert.Equal(expected, Escaping.Identifier(name));

    [Theory]
    [InlineData("")]
    [InlineData("1a")]
    [InlineData("a b")]
    [InlineData("a\nb")]
    [InlineData("a.b")]
    [InlineData("@@a")]
    public void What_is_not_an_identifier_is_refused(string name) =>
        Assert.Throws<ArgumentException>(() => Escaping.Identifier(name));
}
