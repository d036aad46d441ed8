using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace KerasDsl.CodeFixes
{
    /// <summary>
    /// How the fixes find what a diagnostic points at. KerasDsl reports a layer call at its method's name
    /// (<c>LSTM</c> in <c>.LSTM(64)</c> or <c>LSTM(64)</c>); the call is that name's invocation, and its arguments are read
    /// through the semantic model, by the parameter each one binds to (positional or named alike).
    /// </summary>
    internal static class LayerCalls
    {
        /// <summary>The invocation whose method name is exactly at <paramref name="span"/>, or null.</summary>
        public static InvocationExpressionSyntax? InvocationNamedAt(SyntaxNode root, TextSpan span)
        {
            var token = root.FindToken(span.Start);
            if (token.Span != span || !(token.Parent is SimpleNameSyntax name)) return null;
            SyntaxNode callee = name.Parent is MemberAccessExpressionSyntax member && member.Name == name ? member : name;
            return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee ? invocation : null;
        }

        /// <summary>The argument written for <paramref name="parameter"/> (not a default the compiler fills in), or null.</summary>
        public static ArgumentSyntax? Argument(IInvocationOperation invocation, string parameter) =>
            invocation.Arguments
                .Where(a => a.ArgumentKind == ArgumentKind.Explicit && a.Parameter?.Name == parameter)
                .Select(a => a.Syntax as ArgumentSyntax)
                .FirstOrDefault(a => a != null);

        /// <summary>The string literal written for <paramref name="parameter"/> when its value is exactly <paramref name="value"/>, or null.</summary>
        public static LiteralExpressionSyntax? StringArgument(IInvocationOperation invocation, string parameter, string value) =>
            Argument(invocation, parameter)?.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) &&
            literal.Token.ValueText == value
                ? literal
                : null;

        /// <summary>A string literal of <paramref name="value"/> in place of <paramref name="literal"/>, keeping its trivia.</summary>
        public static LiteralExpressionSyntax StringLiteral(LiteralExpressionSyntax literal, string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(literal);

        /// <summary>The choices the analyzer put in the diagnostic's properties (<see cref="Analyzers.Diagnostics.FixProperties.Choice"/>0, 1, ...), best first.</summary>
        public static ImmutableArray<string> Choices(Diagnostic diagnostic)
        {
            var choices = ImmutableArray.CreateBuilder<string>();
            for (int i = 0; diagnostic.Properties.TryGetValue(Analyzers.Diagnostics.FixProperties.ChoiceKey(i), out var choice) && choice != null; i++)
                choices.Add(choice);
            return choices.ToImmutable();
        }

        /// <summary>What the analyzer says the fix is (<see cref="Analyzers.Diagnostics.FixProperties.Fix"/>), or null when there is none.</summary>
        public static string? FixOf(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(Analyzers.Diagnostics.FixProperties.Fix, out var fix) ? fix : null;

        public static string? Property(Diagnostic diagnostic, string key) =>
            diagnostic.Properties.TryGetValue(key, out var value) ? value : null;
    }
}
