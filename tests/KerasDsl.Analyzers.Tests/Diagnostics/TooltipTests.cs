using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using KerasDsl.Analyzers.Tests.Infrastructure;
using static KerasDsl.Analyzers.Tests.Infrastructure.AnalyzerVerifier;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;

namespace KerasDsl.Analyzers.Tests.Diagnostics;

extern alias AnalyzerAssembly;

/// <summary>The model's Info (KD0013) on its <c>Sequential</c>, and each layer's Hidden one (KD0014) on its method name.</summary>
public class TooltipTests
{
    /// <summary>The seed article's first model: dense 16, dense_1 25, dense_2 60, dense_3 22 = 123 (38 trainable, 85 not).</summary>
    private const string SeedMlp =
        "{|#0:Sequential|}()\n" +
        "            .{|#1:Dense|}(4, activation: \"relu\", input: 3)\n" +
        "            .{|#2:Dense|}(5, activation: \"relu\", trainable: false)\n" +
        "            .{|#3:Dense|}(10, activation: \"relu\", trainable: false)\n" +
        "            .{|#4:Dense|}(2, activation: \"softmax\")";

    [Fact]
    public Task The_model_and_each_layer_have_a_tooltip() => Verify(
        InMethod(SeedMlp), tooltips: true,
        Info("KD0013", 0, "sequential: 123 params (38 trainable, 85 non-trainable), output (None, 2)"),
        Hidden("KD0014", 1, "dense: output (None, 4), 16 params"),
        Hidden("KD0014", 2, "dense_1: output (None, 5), 25 params"),
        Hidden("KD0014", 3, "dense_2: output (None, 10), 60 params"),
        Hidden("KD0014", 4, "dense_3: output (None, 2), 22 params"));

    [Fact]
    public Task Counts_use_thousands_separators() => Verify(
        InMethod("{|#0:Sequential|}().{|#2:Flatten|}(input: (28, 28)).{|#1:Dense|}(512)"), tooltips: true,
        Info("KD0013", 0, "sequential: 401,920 params (401,920 trainable, 0 non-trainable), output (None, 512)"),
        Hidden("KD0014", 1, "dense: output (None, 512), 401,920 params"),
        Hidden("KD0014", 2, "flatten: output (None, 784), 0 params"));

    [Fact]
    public Task Layers_before_a_refusal_keep_their_tooltips_and_the_model_has_none() => Verify(
        InMethod("Sequential().{|#0:Dense|}(4, input: 3).{|#1:Dense|}(0)"), tooltips: true,
        Hidden("KD0014", 0, "dense: output (None, 4), 16 params"),
        Error("KD0002", 1, Infrastructure.Runtime.Refusal("KD0002", () => KerasDsl.Keras.Sequential().Dense(4, input: 3).Dense(0))));

    [Fact]
    public async Task Severities_can_be_changed_in_editorconfig()
    {
        var test = new CSharpAnalyzerTest<AnalyzerAssembly::KerasDsl.Analyzers.KerasModelAnalyzer, DefaultVerifier>
        {
            TestCode = InMethod("{|#0:Sequential|}().{|#1:Dense|}(4, input: 3)"),
            ReferenceAssemblies = References.None,
        };
        test.TestState.AdditionalReferences.AddRange(References.All);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig",
            "root = true\n\n[*]\ndotnet_diagnostic.KD0014.severity = warning\ndotnet_diagnostic.KD0013.severity = none\n"));
        test.ExpectedDiagnostics.Add(Diagnostic("KD0014", DiagnosticSeverity.Warning, 1, "dense: output (None, 4), 16 params"));
        await test.RunAsync();
    }
}
