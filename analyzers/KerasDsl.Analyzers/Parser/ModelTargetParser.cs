using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// Reads a [KerasModel] member (a field's variable declarator or a property declaration): where
    /// the generator must add its Summary class, whether it can (KD0015 otherwise), and its value's chain.
    /// </summary>
    internal static class ModelTargetParser
    {
        private static readonly SymbolDisplayFormat NamespaceFormat = new SymbolDisplayFormat(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        /// <summary>The partial declarations a type's models are generated in, once per type symbol (a type holds many models).</summary>
        private static readonly ConditionalWeakTable<INamedTypeSymbol, StrongBox<EquatableArray<ContainingTypeInfo>>> ContainingTypesOf =
            new ConditionalWeakTable<INamedTypeSymbol, StrongBox<EquatableArray<ContainingTypeInfo>>>();

        /// <summary>A namespace's name as the generated file declares it, once per namespace symbol (a project's models share a few).</summary>
        private static readonly ConditionalWeakTable<INamespaceSymbol, string> NamespaceNames = new ConditionalWeakTable<INamespaceSymbol, string>();

        /// <summary>By name, as the generator's ForAttributeWithMetadataName finds the attribute, so that the two agree.</summary>
        public static bool HasKerasModelAttribute(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
                if (KerasSymbols.IsKerasDslType(attribute.AttributeClass, "KerasModelAttribute")) return true;
            return false;
        }

        public static ModelTargetInfo Parse(SyntaxNode node, ISymbol symbol, SemanticModel semanticModel, bool keepLocations, CancellationToken cancellationToken)
        {
            var (value, reason) = Check(node, symbol);
            if (reason == null && value != null && !keepLocations &&
                SyntaxChainReader.TryRead(value, semanticModel, cancellationToken) is { } chain)
                return Create(node, symbol, keepLocations, null, chain);
            var operation = reason == null && value != null ? semanticModel.GetOperation(value, cancellationToken) : null;
            return Parse(node, symbol, operation, keepLocations, cancellationToken);
        }

        /// <summary>
        /// The same, from the member's value as an operation the caller already has (the analyzer's operation
        /// block), so that the initializer is not bound a second time through a semantic model.
        /// </summary>
        public static ModelTargetInfo Parse(SyntaxNode node, ISymbol symbol, IOperation? value, bool keepLocations, CancellationToken cancellationToken)
        {
            var (_, reason) = Check(node, symbol);
            var chain = reason == null && value != null ? ChainParser.Parse(value, keepLocations, cancellationToken) : null;
            return Create(node, symbol, keepLocations, reason, chain);
        }

        private static ModelTargetInfo Create(SyntaxNode node, ISymbol symbol, bool keepLocations, string? reason, ChainInfo? chain)
        {
            string? ns = symbol.ContainingNamespace is { IsGlobalNamespace: false } n ? NamespaceNames.GetValue(n, x => x.ToDisplayString(NamespaceFormat)) : null;
            var types = symbol.ContainingType is { } containing
                ? ContainingTypesOf.GetValue(containing, t => new StrongBox<EquatableArray<ContainingTypeInfo>>(ContainingTypes(t))).Value
                : EquatableArray<ContainingTypeInfo>.Empty;
            var memberSpan = keepLocations ? SourceSpan.Of(MemberName(node)) : SourceSpan.None;
            return new ModelTargetInfo(ns, types, symbol.Name, Escape(symbol.Name), memberSpan, reason, chain);
        }

        /// <summary>The member's value expression, or why the generator cannot use the member (KD0015). Syntax and symbol only: cheap.</summary>
        public static (ExpressionSyntax? Value, string? Reason) Check(SyntaxNode node, ISymbol symbol)
        {
            var (value, reason) = ValueOf(node, symbol);
            reason ??= NotPartialReason(node) ?? VariantInterfaceReason(symbol.ContainingType);
            return (value, reason);
        }

        public static SyntaxToken MemberName(SyntaxNode node) =>
            node is VariableDeclaratorSyntax v ? v.Identifier : node is PropertyDeclarationSyntax p ? p.Identifier : node.GetFirstToken();

        /// <summary>The expression that gives the member its value, or why the generator cannot use the member.</summary>
        private static (ExpressionSyntax? Value, string? Reason) ValueOf(SyntaxNode node, ISymbol symbol)
        {
            const string Needs = "[KerasModel] needs a static field with an initializer, or a static get-only property with an initializer or an expression body";
            switch (node)
            {
                case VariableDeclaratorSyntax field:
                    if (!symbol.IsStatic) return (null, $"is not static: {Needs}. Make it static.");
                    if (field.Initializer == null) return (null, $"has no initializer: {Needs}. Give it its model: = Sequential()...;");
                    return (field.Initializer.Value, null);
                case PropertyDeclarationSyntax property:
                    if (!symbol.IsStatic) return (null, $"is not static: {Needs}. Make it static.");
                    var accessors = property.AccessorList?.Accessors ?? default;
                    if (accessors.Any(a => !a.IsKind(SyntaxKind.GetAccessorDeclaration)))
                        return (null, $"has a setter: {Needs}. Remove the set or init accessor.");
                    if (property.ExpressionBody != null) return (property.ExpressionBody.Expression, null);
                    if (property.Initializer != null) return (property.Initializer.Value, null);
                    var getter = accessors.FirstOrDefault();
                    if (getter?.ExpressionBody != null) return (getter.ExpressionBody.Expression, null);
                    return (null, $"has no initializer or expression body: {Needs}. Write it as {{ get; }} = Sequential()...; or => Sequential()...;");
                default:
                    return (null, $"is not a field or property: {Needs}.");
            }
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
