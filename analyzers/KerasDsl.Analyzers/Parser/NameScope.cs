using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KerasDsl.Analyzers.Parser
{
    /// <summary>
    /// What the names of <see cref="SyntaxChainReader"/>'s chains (<c>Sequential</c>, <c>LSTM</c>, <c>K.GRU</c>) bind to
    /// at a type's scope, kept so that each is bound once rather than once per model. C# looks a simple name up in the
    /// type and the types around it (their members, inherited ones included, and type parameters), then in the
    /// namespaces around it and their using directives. So when no type around the model declares the name, what it
    /// binds to depends only on the namespace declarations and using directives of the file (and on the compilation),
    /// and is shared by every type of the compilation with the same ones: in a project whose files share their usings,
    /// a name is bound once per compilation, not once per type. A name some type around the model declares is bound
    /// and kept for that type alone.
    /// </summary>
    internal sealed class NameScope
    {
        /// <summary>Per semantic model (one tree of one compilation) and type declaration (its position). Weakly keyed.</summary>
        private static readonly ConditionalWeakTable<SemanticModel, Dictionary<int, NameScope>> ByType =
            new ConditionalWeakTable<SemanticModel, Dictionary<int, NameScope>>();

        /// <summary>Per compilation and text of the namespace declarations and using directives around a type. Weakly keyed.</summary>
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, Dictionary<string, bool>>> ByImports =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<string, Dictionary<string, bool>>>();

        private readonly INamedTypeSymbol? type;

        /// <summary>Answers for names a type around the model declares: this type's own.</summary>
        private readonly Dictionary<string, bool> own = new Dictionary<string, bool>(StringComparer.Ordinal);

        /// <summary>Answers for other names: shared with the compilation's types under the same namespaces and usings.</summary>
        private readonly Dictionary<string, bool> imported;

        /// <summary>Per identifier: whether a type around the model declares it.</summary>
        private readonly Dictionary<string, bool> declared = new Dictionary<string, bool>(StringComparer.Ordinal);

        private NameScope(INamedTypeSymbol? type, Dictionary<string, bool> imported)
        {
            this.type = type;
            this.imported = imported;
        }

        /// <summary>The scope of the members of <paramref name="declaration"/>, a type declaration in <paramref name="semanticModel"/>'s tree.</summary>
        public static NameScope For(SemanticModel semanticModel, TypeDeclarationSyntax declaration, int position)
        {
            var scopes = ByType.GetValue(semanticModel, _ => new Dictionary<int, NameScope>());
            lock (scopes)
            {
                if (scopes.TryGetValue(position, out var known)) return known;
            }
            var type = semanticModel.GetDeclaredSymbol(declaration);
            var shared = ByImports.GetValue(semanticModel.Compilation, _ => new ConcurrentDictionary<string, Dictionary<string, bool>>(StringComparer.Ordinal))
                .GetOrAdd(ImportsText(declaration), _ => new Dictionary<string, bool>(StringComparer.Ordinal));
            var scope = new NameScope(type, shared);
            lock (scopes)
            {
                if (scopes.TryGetValue(position, out var raced)) return raced;
                scopes[position] = scope;
            }
            return scope;
        }

        /// <summary>
        /// Whether <paramref name="name"/> (a simple name, or a qualified one such as <c>K.GRU</c>, as the reader keys
        /// them) is known to bind to the Keras method here; null when not bound yet.
        /// </summary>
        public bool? Known(string name)
        {
            var answers = AnswersFor(name);
            lock (answers)
            {
                return answers.TryGetValue(name, out var ok) ? ok : (bool?)null;
            }
        }

        public void Remember(string name, bool bindsToKeras)
        {
            var answers = AnswersFor(name);
            lock (answers)
            {
                answers[name] = bindsToKeras;
            }
        }

        private Dictionary<string, bool> AnswersFor(string name)
        {
            int dot = name.IndexOf('.');
            return Declares(dot < 0 ? name : name.Substring(0, dot)) ? own : imported;
        }

        /// <summary>
        /// Whether a type around the model declares <paramref name="identifier"/> (the name's first part, which C# looks
        /// up first): a member of the type, of a type it is nested in, or of their base types and, for an interface,
        /// its base interfaces; a type parameter; a constructor parameter (a primary constructor's is in scope). An
        /// unknown type counts as declaring everything, so its answers stay its own.
        /// </summary>
        private bool Declares(string identifier)
        {
            lock (declared)
            {
                if (declared.TryGetValue(identifier, out var known)) return known;
            }
            bool declares = type == null || DeclaredAround(type, identifier);
            lock (declared)
            {
                declared[identifier] = declares;
            }
            return declares;
        }

        private static bool DeclaredAround(INamedTypeSymbol type, string identifier)
        {
            for (INamedTypeSymbol? t = type; t != null; t = t.ContainingType)
            {
                foreach (var parameter in t.TypeParameters)
                    if (parameter.Name == identifier) return true;
                foreach (var constructor in t.InstanceConstructors)
                    foreach (var parameter in constructor.Parameters)
                        if (parameter.Name == identifier) return true;
                for (INamedTypeSymbol? b = t; b != null; b = b.BaseType)
                    if (!b.GetMembers(identifier).IsEmpty) return true;
                if (t.TypeKind == TypeKind.Interface)
                    foreach (var i in t.AllInterfaces)
                        if (!i.GetMembers(identifier).IsEmpty) return true;
            }
            return false;
        }

        /// <summary>
        /// The namespace declarations around <paramref name="declaration"/>, with their using directives and extern aliases,
        /// and the file's (the active ones: inactive code is not in the tree).
        /// </summary>
        private static string ImportsText(TypeDeclarationSyntax declaration)
        {
            var text = new StringBuilder();
            // The language version too: a tree can have its own parse options, and binding rules follow the version.
            if (declaration.SyntaxTree.Options is CSharpParseOptions options) text.Append(options.LanguageVersion).Append('\n');
            for (var node = declaration.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        text.Append("namespace ").Append(ns.Name.ToString()).Append('\n');
                        foreach (var extern_ in ns.Externs) text.Append(extern_.ToString()).Append('\n');
                        foreach (var directive in ns.Usings) text.Append(directive.ToString()).Append('\n');
                        break;
                    case CompilationUnitSyntax unit:
                        text.Append("file\n");
                        foreach (var extern_ in unit.Externs) text.Append(extern_.ToString()).Append('\n');
                        foreach (var directive in unit.Usings) text.Append(directive.ToString()).Append('\n');
                        break;
                }
            }
            return text.ToString();
        }
    }
}
