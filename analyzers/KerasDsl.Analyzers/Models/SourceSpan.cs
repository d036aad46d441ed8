using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KerasDsl.Analyzers.Models
{
    /// <summary>
    /// A place in source as plain values (a <see cref="Location"/> holds its syntax tree, which must
    /// not live in a cached model). <see cref="None"/> when the parser was asked not to keep places:
    /// the generator reports nothing, so its models carry none, and an edit that only moves a model
    /// leaves the model equal. No line and column: a diagnostic's location is made from the span, and
    /// computing lines would make the analyzer build every file's line table, which nothing else needs.
    /// </summary>
    internal readonly record struct SourceSpan(string FilePath, TextSpan Span)
    {
        public static SourceSpan None => default;

        public bool IsNone => FilePath == null;

        public static SourceSpan Of(SyntaxNode node) => new SourceSpan(node.SyntaxTree.FilePath, node.Span);

        public static SourceSpan Of(SyntaxToken token) => new SourceSpan(token.SyntaxTree!.FilePath, token.Span);

        /// <summary>A location in <paramref name="tree"/>, the tree the span was read from (analyzer diagnostics must be in one).</summary>
        public Location ToLocation(SyntaxTree tree) => IsNone ? Location.None : Location.Create(tree, Span);
    }
}
