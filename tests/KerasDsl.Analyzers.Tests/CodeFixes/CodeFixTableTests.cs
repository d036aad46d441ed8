extern alias AnalyzerAssembly;
using System.Reflection;
using KerasDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using CoreTable = KerasDsl.Core.Diagnostics;

namespace KerasDsl.Analyzers.Tests.CodeFixes;

/// <summary>The code-fix assembly's IDs are Core's, every fix does Fix All, and the assembly holds no analyzer (the compiler loads none of it).</summary>
public class CodeFixTableTests
{
    private static readonly Assembly CodeFixes = typeof(DiscardedResultCodeFix).Assembly;

    [Fact]
    public void The_fixed_IDs_are_Cores()
    {
        Assert.Equal(CoreTable.IncompatibleInputRankId, DiagnosticIds.IncompatibleInputRank);
        Assert.Equal(CoreTable.UnknownOptionId, DiagnosticIds.UnknownOption);
        Assert.Equal(CoreTable.DuplicateLayerNameId, DiagnosticIds.DuplicateLayerName);
        Assert.Equal(CoreTable.DiscardedResultId, DiagnosticIds.DiscardedResult);
        Assert.Equal(CoreTable.IntegerDivisionId, DiagnosticIds.IntegerDivision);
    }

    [Fact]
    public void Every_provider_is_exported_for_CSharp_and_fixes_all_in_batches()
    {
        var providers = CodeFixes.GetTypes().Where(t => typeof(CodeFixProvider).IsAssignableFrom(t)).ToList();
        Assert.Equal(6, providers.Count);
        foreach (var type in providers)
        {
            var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.NotNull(export);
            Assert.Equal([LanguageNames.CSharp], export!.Languages);
            var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.Same(WellKnownFixAllProviders.BatchFixer, provider.GetFixAllProvider());
            Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, CoreTable.All.Select(d => d.Id)));
        }
    }

    [Fact]
    public void The_code_fix_assembly_has_no_analyzer_or_generator_and_the_analyzer_no_workspaces_reference()
    {
        Assert.DoesNotContain(CodeFixes.GetTypes(), t => t.GetCustomAttribute<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute>() != null);
        Assert.DoesNotContain(CodeFixes.GetTypes(), t => t.GetCustomAttribute<GeneratorAttribute>() != null);
        var analyzer = typeof(AnalyzerAssembly::KerasDsl.Analyzers.KerasModelAnalyzer).Assembly;
        Assert.DoesNotContain(analyzer.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
    }
}
