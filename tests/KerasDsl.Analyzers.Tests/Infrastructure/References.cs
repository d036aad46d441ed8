using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace KerasDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// What a user's project compiles against: .NET 8's reference assemblies (from
/// Basic.Reference.Assemblies, so no download at test time) and the KerasDsl runtime with its Core.
/// </summary>
internal static class References
{
    public static readonly ImmutableArray<MetadataReference> All =
    [
        .. Basic.Reference.Assemblies.Net80.References.All,
        MetadataReference.CreateFromFile(typeof(KerasDsl.Sequential).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(KerasDsl.Shape).Assembly.Location),
    ];

    /// <summary>For the analyzer-testing library: resolve nothing (offline), the references come from <see cref="All"/>.</summary>
    public static readonly ReferenceAssemblies None = new("net8.0");

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>Warnings are errors and XML docs are checked, as in a strict user project.</summary>
    public static readonly CSharpCompilationOptions CompilationOptions =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error,
            nullableContextOptions: NullableContextOptions.Enable);

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create("UserModels",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose), path: $"Models{i}.cs")),
            All, CompilationOptions);
}
