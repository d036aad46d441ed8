using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KerasDsl.Analyzers.Models
{
    /// <summary>
    /// A place in source as plain values (a <see cref="Location"/> holds its syntax tree, which must
    /// not live in a cached model). <see cref="None"/> when the parser was asked not to keep places:
    /// the generator reports nothing, so its models carry none, and an edit that only moves a model
    /// leaves the model equal.
    /// </summary>
    internal readonly record struct SourceSpan(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public static SourceSpan None => default;

        public bool IsNone => FilePath == null;

        public static SourceSpan Of(SyntaxNode node) => Of(node.SyntaxTree, node.Span);

        public static SourceSpan Of(SyntaxToken token) => Of(token.SyntaxTree!, token.Span);

        private static SourceSpan Of(SyntaxTree tree, TextSpan span) =>
            new SourceSpan(tree.FilePath, span, tree.GetLineSpan(span).Span);

        /// <summary>A location in <paramref name="tree"/>, the tree the span was read from (analyzer diagnostics must be in one).</summary>
        public Location ToLocation(SyntaxTree tree) => IsNone ? Location.None : Location.Create(tree, Span);
    }
}
