using System.Collections.Immutable;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;
using CoreTable = KerasDsl.Core.Diagnostics;

namespace KerasDsl.Analyzers.Diagnostics
{
    /// <summary>
    /// The analyzer's descriptors: one per row of Core's table (<see cref="CoreTable.All"/>), with its ID,
    /// title, category and severity, message "{0}" (the words come from Core, as the runtime's
    /// exception messages do) and its help page (<see cref="HelpLinks"/>: none when the package's
    /// RepositoryUrl names no real address). Written out one by one rather than made in a loop
    /// because Roslyn's release tracking (AnalyzerReleases.*.md) reads constant IDs, categories and
    /// severities at each descriptor; a test checks that this table and Core's agree row for row.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Shapes = "KerasDsl.Shapes";
        private const string Arguments = "KerasDsl.Arguments";
        private const string Usage = "KerasDsl.Usage";
        private const string Info = "KerasDsl.Info";
        private const string Message = "{0}";
        public static readonly DiagnosticDescriptor IncompatibleInputRank = new DiagnosticDescriptor(
            CoreTable.IncompatibleInputRankId, CoreTable.IncompatibleInputRank.Title, Message, Shapes, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.IncompatibleInputRankId));
        public static readonly DiagnosticDescriptor InvalidArgument = new DiagnosticDescriptor(
            CoreTable.InvalidArgumentId, CoreTable.InvalidArgument.Title, Message, Arguments, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.InvalidArgumentId));
        public static readonly DiagnosticDescriptor UnknownOption = new DiagnosticDescriptor(
            CoreTable.UnknownOptionId, CoreTable.UnknownOption.Title, Message, Arguments, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.UnknownOptionId));
        public static readonly DiagnosticDescriptor NegativeOutputDim = new DiagnosticDescriptor(
            CoreTable.NegativeOutputDimId, CoreTable.NegativeOutputDim.Title, Message, Shapes, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.NegativeOutputDimId));
        public static readonly DiagnosticDescriptor DuplicateLayerName = new DiagnosticDescriptor(
            CoreTable.DuplicateLayerNameId, CoreTable.DuplicateLayerName.Title, Message, Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.DuplicateLayerNameId));
        public static readonly DiagnosticDescriptor ParamCountOverflow = new DiagnosticDescriptor(
            CoreTable.ParamCountOverflowId, CoreTable.ParamCountOverflow.Title, Message, Shapes, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.ParamCountOverflowId));
        public static readonly DiagnosticDescriptor UndefinedDim = new DiagnosticDescriptor(
            CoreTable.UndefinedDimId, CoreTable.UndefinedDim.Title, Message, Shapes, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.UndefinedDimId));
        public static readonly DiagnosticDescriptor IncompatibleShape = new DiagnosticDescriptor(
            CoreTable.IncompatibleShapeId, CoreTable.IncompatibleShape.Title, Message, Shapes, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.IncompatibleShapeId));
        public static readonly DiagnosticDescriptor ZeroSizeDim = new DiagnosticDescriptor(
            CoreTable.ZeroSizeDimId, CoreTable.ZeroSizeDim.Title, Message, Shapes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.ZeroSizeDimId));
        public static readonly DiagnosticDescriptor MissingInputShape = new DiagnosticDescriptor(
            CoreTable.MissingInputShapeId, CoreTable.MissingInputShape.Title, Message, Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.MissingInputShapeId));
        public static readonly DiagnosticDescriptor NotConstant = new DiagnosticDescriptor(
            CoreTable.NotConstantId, CoreTable.NotConstant.Title, Message, Usage, DiagnosticSeverity.Info, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.NotConstantId));
        public static readonly DiagnosticDescriptor ModelNotEvaluated = new DiagnosticDescriptor(
            CoreTable.ModelNotEvaluatedId, CoreTable.ModelNotEvaluated.Title, Message, Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.ModelNotEvaluatedId));
        public static readonly DiagnosticDescriptor ModelSummary = new DiagnosticDescriptor(
            CoreTable.ModelSummaryId, CoreTable.ModelSummary.Title, Message, Info, DiagnosticSeverity.Info, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.ModelSummaryId));
        public static readonly DiagnosticDescriptor LayerSummary = new DiagnosticDescriptor(
            CoreTable.LayerSummaryId, CoreTable.LayerSummary.Title, Message, Info, DiagnosticSeverity.Hidden, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.LayerSummaryId));
        public static readonly DiagnosticDescriptor InvalidModelTarget = new DiagnosticDescriptor(
            CoreTable.InvalidModelTargetId, CoreTable.InvalidModelTarget.Title, Message, Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.InvalidModelTargetId));
        public static readonly DiagnosticDescriptor UnknownLayerClass = new DiagnosticDescriptor(
            CoreTable.UnknownLayerClassId, CoreTable.UnknownLayerClass.Title, Message, Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.UnknownLayerClassId));
        public static readonly DiagnosticDescriptor GraphDisconnected = new DiagnosticDescriptor(
            CoreTable.GraphDisconnectedId, CoreTable.GraphDisconnected.Title, Message, Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.GraphDisconnectedId));
        public static readonly DiagnosticDescriptor UnsupportedConfigField = new DiagnosticDescriptor(
            CoreTable.UnsupportedConfigFieldId, CoreTable.UnsupportedConfigField.Title, Message, Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.UnsupportedConfigFieldId));

        public static readonly DiagnosticDescriptor KerasDslFailed = new DiagnosticDescriptor(
            CoreTable.KerasDslFailedId, CoreTable.KerasDslFailed.Title, Message, Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.KerasDslFailedId));
        public static readonly DiagnosticDescriptor MutableModelField = new DiagnosticDescriptor(
            CoreTable.MutableModelFieldId, CoreTable.MutableModelField.Title, Message, Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.MutableModelFieldId));
        // Reported by the kerasdsl tool only (Keras 1 JSON); declared so that the IDs are tracked with the others.
        public static readonly DiagnosticDescriptor LegacyModelRefused = new DiagnosticDescriptor(
            CoreTable.LegacyModelRefusedId, CoreTable.LegacyModelRefused.Title, Message, Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.LegacyModelRefusedId));
        public static readonly DiagnosticDescriptor LegacyModelConverted = new DiagnosticDescriptor(
            CoreTable.LegacyModelConvertedId, CoreTable.LegacyModelConverted.Title, Message, Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.LegacyModelConvertedId));
        public static readonly DiagnosticDescriptor DeprecatedArgument = new DiagnosticDescriptor(
            CoreTable.DeprecatedArgumentId, CoreTable.DeprecatedArgument.Title, Message, Arguments, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.DeprecatedArgumentId));

        // Found by the analyzer alone (Porting/): C# that compiles but does not do what the Keras it was ported from does.
        public static readonly DiagnosticDescriptor DiscardedResult = new DiagnosticDescriptor(
            CoreTable.DiscardedResultId, CoreTable.DiscardedResult.Title, Message, Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.DiscardedResultId));
        public static readonly DiagnosticDescriptor IntegerDivision = new DiagnosticDescriptor(
            CoreTable.IntegerDivisionId, CoreTable.IntegerDivision.Title, Message, Arguments, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(CoreTable.IntegerDivisionId));

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            IncompatibleInputRank, InvalidArgument, UnknownOption, NegativeOutputDim, DuplicateLayerName, ParamCountOverflow,
            UndefinedDim, IncompatibleShape, ZeroSizeDim, MissingInputShape, NotConstant, ModelNotEvaluated,
            ModelSummary, LayerSummary, InvalidModelTarget, UnknownLayerClass, GraphDisconnected, UnsupportedConfigField,
            KerasDslFailed, MutableModelField, LegacyModelRefused, LegacyModelConverted,
            DeprecatedArgument, DiscardedResult, IntegerDivision);

        /// <summary>The descriptor for a Core refusal or warning, by its ID (a scan of 25: cheaper than building a dictionary in every compiler process).</summary>
        public static bool TryGet(string id, out DiagnosticDescriptor descriptor)
        {
            foreach (var candidate in All)
            {
                if (candidate.Id != id) continue;
                descriptor = candidate;
                return true;
            }
            descriptor = null!;
            return false;
        }
    }
}
