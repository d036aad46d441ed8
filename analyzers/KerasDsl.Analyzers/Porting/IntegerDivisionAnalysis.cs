using System;
using System.Collections.Immutable;
using System.Globalization;
using KerasDsl.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KerasDsl.Analyzers.Porting
{
    /// <summary>
    /// KD0022: an integer division of two constants whose remainder is not zero, converted implicitly to double (or
    /// double?): <c>Rescaling(1 / 255)</c>, Python's <c>1./255</c> ported, is C#'s integer division, scale 0. Anywhere in a
    /// compilation that uses KerasDsl (an argument of a layer method, a const, a local): an implicit conversion of such a
    /// division to double is never what was meant. It listens to binary operations, not conversions: a layer call converts
    /// a dozen default arguments implicitly, and each callback costs the compiler's dispatch even when it returns at once.
    /// </summary>
    internal static class IntegerDivisionAnalysis
    {
        public static void Analyze(OperationAnalysisContext context)
        {
            if (!(context.Operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division)) return;
            if (!(division.Parent is IConversionOperation { IsImplicit: true } conversion) || !IsDouble(conversion.Type)) return;
            if (!IsInteger(division.Type) || !(Constant(division.LeftOperand) is { } left) || !(Constant(division.RightOperand) is { } right)) return;
            if (right == 0 || left % right == 0) return;

            string replacement = DoubleOperand(division.LeftOperand.Syntax, left);
            string written = division.Syntax.ToString();
            string fixedText = replacement + written.Substring(division.LeftOperand.Syntax.Span.End - division.Syntax.Span.Start);
            string message = Messages.IntegerDivision(written, Format(decimal.Truncate(left / right)), Format((double)left / (double)right), fixedText);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.IntegerDivision, division.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Fix, FixProperties.DoubleOperand).Add(FixProperties.Value, replacement), message));
        }

        private static bool IsDouble(ITypeSymbol? type) =>
            type?.SpecialType == SpecialType.System_Double ||
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Double;

        private static bool IsInteger(ITypeSymbol? type) =>
            type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

        /// <summary>An integer constant as a decimal (which holds every long and ulong exactly), or null.</summary>
        private static decimal? Constant(IOperation operand) =>
            operand.ConstantValue is { HasValue: true, Value: { } value } && value is int or uint or long or ulong or short or ushort or byte or sbyte or char
                ? Convert.ToDecimal(value is char c ? (int)c : value, CultureInfo.InvariantCulture)
                : null;

        /// <summary>
        /// The left operand as a double: a literal (or a negated one) becomes a double literal of its value (<c>1</c> ->
        /// <c>1.0</c>, <c>0xFF</c> -> <c>255.0</c>); a name or other expression is cast (<c>(double)n</c>), keeping what it says.
        /// </summary>
        private static string DoubleOperand(SyntaxNode left, decimal value)
        {
            var literal = left is PrefixUnaryExpressionSyntax { Operand: var operand } prefix && (prefix.IsKind(SyntaxKind.UnaryMinusExpression) || prefix.IsKind(SyntaxKind.UnaryPlusExpression))
                ? operand
                : left;
            if (literal is LiteralExpressionSyntax) return Format(value) + ".0";
            return left is IdentifierNameSyntax or MemberAccessExpressionSyntax or ParenthesizedExpressionSyntax
                ? "(double)" + left
                : "(double)(" + left + ")";
        }

        private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
