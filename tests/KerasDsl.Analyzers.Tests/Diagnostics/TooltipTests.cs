using Microsoft.CodeAnalysis;
using KerasDsl.Analyzers.Tests.Infrastructure;
using static KerasDsl.Analyzers.Tests.Infrastructure.AnalyzerVerifier;
using static KerasDsl.Analyzers.Tests.Infrastructure.Snippets;

namespace KerasDsl.Analyzers.Tests.Diagnostics;

/// <summary>
/// The model's Info (KD0013) on its <c>Sequential</c>, and each layer's KD0014 on its method name: Hidden by
/// default, which shows nowhere, so computed only when a configuration raises it (the tests raise it to suggestion).
/// </summary>
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
        LayerTooltip(1, "dense: output (None, 4), 16 params"),
        LayerTooltip(2, "dense_1: output (None, 5), 25 params"),
        LayerTooltip(3, "dense_2: output (None, 10), 60 params"),
        LayerTooltip(4, "dense_3: output (None, 2), 22 params"));

    [Fact]
    public Task Counts_use_thousands_separators() => Verify(
        InMethod("{|#0:Sequential|}().{|#2:Flatten|}(input: (28, 28)).{|#1:Dense|}(512)"), tooltips: true,
        Info("KD0013", 0, "sequential: 401,920 params (401,920 trainable, 0 non-trainable), output (None, 512)"),
        LayerTooltip(1, "dense: output (None, 512), 401,920 params"),
        LayerTooltip(2, "flatten: output (None, 784), 0 params"));

    [Fact]
    public Task Layers_before_a_refusal_keep_their_tooltips_and_the_model_has_none() => Verify(
        InMethod("Sequential().{|#0:Dense|}(4, input: 3).{|#1:Dense|}(0)"), tooltips: true,
        LayerTooltip(0, "dense: output (None, 4), 16 params"),
        Error("KD0002", 1, Infrastructure.Runtime.Refusal("KD0002", () => KerasDsl.Keras.Sequential().Dense(4, input: 3).Dense(0))));

    [Fact]
    public Task Severities_can_be_changed_in_editorconfig() => VerifyWithConfig(
        InMethod("{|#0:Sequential|}().{|#1:Dense|}(4, input: 3)"),
        ("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.KD0014.severity = warning\ndotnet_diagnostic.KD0013.severity = none\n"), [],
        Diagnostic("KD0014", DiagnosticSeverity.Warning, 1, "dense: output (None, 4), 16 params"));

    [Theory]
    [InlineData("")]
    [InlineData("dotnet_diagnostic.KD0014.severity = silent\n")]
    [InlineData("dotnet_analyzer_diagnostic.category-KerasDsl.Info.severity = suggestion\n")] // bulk settings leave Hidden diagnostics Hidden
    [InlineData("dotnet_analyzer_diagnostic.severity = warning\n")]
    public Task The_layer_tooltip_left_hidden_is_not_computed(string editorconfig) => VerifyWithConfig(
        InMethod("{|#0:Sequential|}().Dense(4, input: 3)"),
        ("/.editorconfig", "root = true\n\n[*]\n" + editorconfig), [],
        Diagnostic("KD0013", DiagnosticSeverity.Info, 0, "sequential: 16 params (16 trainable, 0 non-trainable), output (None, 4)"));

    [Theory]
    [InlineData("is_global = true\ndotnet_diagnostic.KD0014.severity = suggestion\n", "/.globalconfig")]
    [InlineData("root = true\n\n[*.cs]\ndotnet_diagnostic.KD0014.severity = suggestion\n", "/.editorconfig")]
    public Task The_layer_tooltip_is_computed_when_a_file_or_global_setting_raises_it(string config, string path) => VerifyWithConfig(
        InMethod("Sequential().{|#1:Dense|}(4, input: 3)"),
        (path, config), ["KD0013"],
        Diagnostic("KD0014", DiagnosticSeverity.Info, 1, "dense: output (None, 4), 16 params"));
}
