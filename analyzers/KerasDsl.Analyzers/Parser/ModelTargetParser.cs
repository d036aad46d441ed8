using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KerasDsl.Analyzers.Lowering;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// Reads a [KerasModel] member (a field's variable declarator, a property, a method): where the generator must add its
    /// Summary class, whether it can (KD0015 otherwise), and the member's code lowered to a program. Shared by the generator
    /// (without places, so its models stay equal when code moves) and the analyzer (with places, for its diagnostics).
    /// </summary>
    internal static class ModelTargetParser
    {
        private static readonly SymbolDisplayFormat NamespaceFormat = new SymbolDisplayFormat(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        public static ModelTargetInfo Parse(SyntaxNode node, ISymbol symbol, SemanticModel semanticModel, bool keepLocations, CancellationToken cancellationToken)
        {
            var (body, reason) = Check(node, symbol);
            Program.ModelProgram? program = null;
            if (reason == null && body != null && RuntimeApi.For(semanticModel.Compilation) is { } api)
            {
                var operation = semanticModel.GetOperation(body, cancellationToken);
                if (operation != null) program = Lower(operation, symbol, api, semanticModel.Compilation, keepLocations, cancellationToken);
            }
            return Create(node, symbol, keepLocations, reason, program);
        }

        /// <summary>The member's code as a program; one too large to lower is a program that stops at once (an Info, not a hang).</summary>
        public static Program.ModelProgram Lower(IOperation body, ISymbol symbol, RuntimeApi api, Compilation compilation, bool keepLocations, CancellationToken cancellationToken)
        {
            try
            {
                return Lowerer.Lower(body, symbol.Name, api, compilation, keepLocations, cancellationToken);
            }
            catch (Lowerer.ProgramTooLargeException)
            {
                var stop = Program.Op.Unsupported($"code of more than {Lowerer.MaxOperations:N0} operations, or nested too deep for the compiler's stack",
                    keepLocations ? SourceSpan.Of(body.Syntax) : SourceSpan.None);
                return new Program.ModelProgram(new Program.FunctionInfo(symbol.Name, 0, 0, stop), EquatableArray<Program.FunctionInfo>.Empty);
            }
        }

        public static ModelTargetInfo Create(SyntaxNode node, ISymbol symbol, bool keepLocations, string? reason, Program.ModelProgram? program)
        {
            string? ns = symbol.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString(NamespaceFormat) : null;
            var types = ContainingTypes(symbol.ContainingType);
            var memberSpan = keepLocations ? SourceSpan.Of(MemberName(node)) : SourceSpan.None;
            return new ModelTargetInfo(ns, types, symbol.Name, Escape(symbol.Name), memberSpan, reason, program)
                { AccessibleInAssembly = AccessibleInAssembly(symbol.ContainingType), DeclarationId = DocumentationCommentId.CreateDeclarationId(symbol) };
        }

        /// <summary>The node whose operation is the member's code, or why the generator cannot use the member (KD0015). Syntax and symbol only: cheap.</summary>
        public static (SyntaxNode? Body, string? Reason) Check(SyntaxNode node, ISymbol symbol)
        {
            var (body, reason) = BodyOf(node, symbol);
            reason ??= NotPartialReason(node) ?? FileLocalReason(symbol.ContainingType) ?? VariantInterfaceReason(symbol.ContainingType);
            return (body, reason);
        }

        public static SyntaxToken MemberName(SyntaxNode node) =>
            node switch
            {
                VariableDeclaratorSyntax v => v.Identifier,
                PropertyDeclarationSyntax p => p.Identifier,
                MethodDeclarationSyntax m => m.Identifier,
                _ => node.GetFirstToken(),
            };

        private const string Needs =
            "[KerasModel] needs a static field with an initializer, a static get-only property with an initializer, an expression body or a getter body, " +
            "or a static method without parameters";

        /// <summary>The syntax whose operation gives the member its value, or why the generator cannot use the member.</summary>
        private static (SyntaxNode? Body, string? Reason) BodyOf(SyntaxNode node, ISymbol symbol)
        {
            if (!symbol.IsStatic && node is VariableDeclaratorSyntax or PropertyDeclarationSyntax or MethodDeclarationSyntax)
                return (null, $"is not static: {Needs}. Make it static.");
            switch (node)
            {
                case VariableDeclaratorSyntax field:
                    if (field.Initializer == null) return (null, $"has no initializer: {Needs}. Give it its model: = Sequential()...;");
                    return (field.Initializer, null);
                case PropertyDeclarationSyntax property:
                    var accessors = property.AccessorList?.Accessors ?? default;
                    if (accessors.Any(a => !a.IsKind(SyntaxKind.GetAccessorDeclaration)))
                        return (null, $"has a setter: {Needs}. Remove the set or init accessor.");
                    if (property.ExpressionBody != null) return (property.ExpressionBody, null);
                    if (property.Initializer != null) return (property.Initializer, null);
                    var getter = accessors.FirstOrDefault();
                    if (getter?.ExpressionBody != null) return (getter.ExpressionBody, null);
                    if (getter?.Body != null) return (getter.Body, null);
                    return (null, $"has no initializer or body: {Needs}. Write it as {{ get; }} = Sequential()...; or => Sequential()...;");
                case MethodDeclarationSyntax method:
                    if (method.ParameterList.Parameters.Count > 0) return (null, $"has parameters: {Needs}. Give its parameters values inside, or mark a method that calls it.");
                    if (method.TypeParameterList != null) return (null, $"is generic: {Needs}.");
                    if (method.Body == null && method.ExpressionBody == null) return (null, $"has no body: {Needs}.");
                    if (symbol is IMethodSymbol { ReturnsVoid: true }) return (null, $"returns nothing: {Needs}. Return the model.");
                    return (method, null);
                default:
                    return (null, $"is not a field, property or method: {Needs}.");
            }
        }

        /// <summary>Every containing type public or internal: the list of models can name the Summary class.</summary>
        private static bool AccessibleInAssembly(INamedTypeSymbol? type)
        {
            for (; type != null; type = type.ContainingType)
                if (!(type.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal) || type.IsFileLocal)
                    return false;
            return true;
        }

        /// <summary>The generator declares the Summary class in another part of each containing type, so all must be partial.</summary>
        private static string? NotPartialReason(SyntaxNode node)
        {
            for (var ancestor = node.Parent; ancestor != null; ancestor = ancestor.Parent)
                if (ancestor is TypeDeclarationSyntax type && !type.Modifiers.Any(SyntaxKind.PartialKeyword))
                    return $"is in {type.Identifier.ValueText}, which is not partial: the generator adds the {type.Identifier.ValueText} part holding the Summary class. " +
                           $"Add partial to the declaration of {type.Identifier.ValueText}" + (type.Parent is TypeDeclarationSyntax ? " and of every type it is nested in." : ".");
            return null;
        }

        /// <summary>Every part of a file-local type must be in its one file, so a generated file cannot add the Summary class to it.</summary>
        private static string? FileLocalReason(INamedTypeSymbol? type)
        {
            for (; type != null; type = type.ContainingType)
                if (type.IsFileLocal)
                    return $"is in {type.Name}, a file-local type (file {Keyword(type)}), to which a generated file cannot add the Summary class. " +
                           "Remove file from its declaration, or move the model to a type that is not file-local.";
            return null;
        }

        /// <summary>C# forbids a class inside an interface with in/out type parameters (CS8427).</summary>
        private static string? VariantInterfaceReason(INamedTypeSymbol? type)
        {
            for (; type != null; type = type.ContainingType)
                if (type.TypeKind == TypeKind.Interface && type.TypeParameters.Any(t => t.Variance != VarianceKind.None))
                    return $"is in {type.Name}, an interface with in or out type parameters, where C# allows no nested class for the Summary. " +
                           "Move the model to a class, or drop the variance.";
            return null;
        }

        private static EquatableArray<ContainingTypeInfo> ContainingTypes(INamedTypeSymbol? type)
        {
            var list = new List<ContainingTypeInfo>();
            for (; type != null; type = type.ContainingType)
                list.Add(new ContainingTypeInfo(Keyword(type), Escape(type.Name), TypeParameters(type)));
            list.Reverse();
            return new EquatableArray<ContainingTypeInfo>(list.ToArray());
        }

        private static string Keyword(INamedTypeSymbol type) =>
            type.TypeKind switch
            {
                TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
                TypeKind.Interface => "interface",
                _ => type.IsRecord ? "record" : "class",
            };

        /// <summary>Variance too: every part of a partial interface must repeat it.</summary>
        private static string TypeParameters(INamedTypeSymbol type)
        {
            if (type.TypeParameters.Length == 0) return "";
            return "<" + string.Join(", ", type.TypeParameters.Select(t =>
                (t.Variance == VarianceKind.In ? "in " : t.Variance == VarianceKind.Out ? "out " : "") + Escape(t.Name))) + ">";
        }

        /// <summary><c>@class</c> for a name that is a C# keyword.</summary>
        public static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
                ? "@" + name
                : name;
    }
}
