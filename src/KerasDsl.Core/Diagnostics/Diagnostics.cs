using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// The one table of KerasDsl's diagnostics. The runtime's exceptions, the analyzer's
    /// descriptors and the CLI's JSON all take their IDs from here; the words come from the
    /// code that finds the problem (layers, the model builder), so every caller says the same.
    /// </summary>
    internal static class Diagnostics
    {
        // IDs are const so Roslyn's release-tracking analyzer can read them.
        public const string IncompatibleInputRankId = "KD0001";
        public const string InvalidArgumentId = "KD0002";
        public const string UnknownOptionId = "KD0003";
        public const string NegativeOutputDimId = "KD0004";
        public const string DuplicateLayerNameId = "KD0005";
        public const string ParamCountOverflowId = "KD0006";
        public const string UndefinedDimId = "KD0007";
        public const string IncompatibleShapeId = "KD0008";
        public const string ZeroSizeDimId = "KD0009";
        public const string MissingInputShapeId = "KD0010";
        public const string NotConstantId = "KD0011";
        public const string ModelNotEvaluatedId = "KD0012";
        public const string ModelSummaryId = "KD0013";
        public const string LayerSummaryId = "KD0014";
        public const string InvalidModelTargetId = "KD0015";
        public const string UnknownLayerClassId = "KD0016";
        public const string GraphDisconnectedId = "KD0017";
        public const string UnsupportedConfigFieldId = "KD0018";
        public const string KerasDslFailedId = "KD0019";
        public const string MutableModelFieldId = "KD0020";
        public const string LegacyModelRefusedId = "KD0028";
        public const string LegacyModelConvertedId = "KD0029";
        /// <summary>KD0025: a deprecated argument Keras 3 still takes, with its warning.</summary>
        public const string DeprecatedArgumentId = "KD0025";
        /// <summary>KD0021 (analyzer only): the new model or tensor a method returns is thrown away (Keras's <c>model.add(...)</c> habit).</summary>
        public const string DiscardedResultId = "KD0021";
        /// <summary>KD0022 (analyzer only): an integer division of constants, inexact, where a double is expected (<c>1 / 255</c> is 0).</summary>
        public const string IntegerDivisionId = "KD0022";

        private const string Shapes = "KerasDsl.Shapes";
        private const string Arguments = "KerasDsl.Arguments";
        private const string Usage = "KerasDsl.Usage";
        private const string Info = "KerasDsl.Info";

        public static readonly DiagnosticInfo IncompatibleInputRank = new DiagnosticInfo(
            IncompatibleInputRankId, "Layer input has the wrong rank", DiagnosticSeverityLevel.Error, Shapes);
        public static readonly DiagnosticInfo InvalidArgument = new DiagnosticInfo(
            InvalidArgumentId, "Invalid layer argument", DiagnosticSeverityLevel.Error, Arguments);
        public static readonly DiagnosticInfo UnknownOption = new DiagnosticInfo(
            UnknownOptionId, "Unknown activation, padding or other named option", DiagnosticSeverityLevel.Error, Arguments);
        public static readonly DiagnosticInfo NegativeOutputDim = new DiagnosticInfo(
            NegativeOutputDimId, "Layer output size would be negative (or zero where Keras refuses it)", DiagnosticSeverityLevel.Error, Shapes);
        public static readonly DiagnosticInfo DuplicateLayerName = new DiagnosticInfo(
            DuplicateLayerNameId, "Duplicate layer name", DiagnosticSeverityLevel.Error, Usage);
        public static readonly DiagnosticInfo ParamCountOverflow = new DiagnosticInfo(
            ParamCountOverflowId, "Parameter count overflows 64 bits", DiagnosticSeverityLevel.Error, Shapes);
        public static readonly DiagnosticInfo UndefinedDim = new DiagnosticInfo(
            UndefinedDimId, "A dim the layer needs is unknown", DiagnosticSeverityLevel.Error, Shapes);
        public static readonly DiagnosticInfo IncompatibleShape = new DiagnosticInfo(
            IncompatibleShapeId, "Layer input shape is incompatible", DiagnosticSeverityLevel.Error, Shapes);
        public static readonly DiagnosticInfo ZeroSizeDim = new DiagnosticInfo(
            ZeroSizeDimId, "Layer output has a dim of size zero", DiagnosticSeverityLevel.Warning, Shapes);
        public static readonly DiagnosticInfo MissingInputShape = new DiagnosticInfo(
            MissingInputShapeId, "Model has no input shape and cannot be counted", DiagnosticSeverityLevel.Warning, Usage);
        public static readonly DiagnosticInfo NotConstant = new DiagnosticInfo(
            NotConstantId, "Argument is not a compile-time constant", DiagnosticSeverityLevel.Info, Usage);
        public static readonly DiagnosticInfo ModelNotEvaluated = new DiagnosticInfo(
            ModelNotEvaluatedId, "[KerasModel] cannot be evaluated at compile time", DiagnosticSeverityLevel.Warning, Usage);
        public static readonly DiagnosticInfo ModelSummary = new DiagnosticInfo(
            ModelSummaryId, "Model parameter counts and output shape", DiagnosticSeverityLevel.Info, Info);
        public static readonly DiagnosticInfo LayerSummary = new DiagnosticInfo(
            LayerSummaryId, "Layer output shape and parameter count", DiagnosticSeverityLevel.Hidden, Info);
        public static readonly DiagnosticInfo InvalidModelTarget = new DiagnosticInfo(
            InvalidModelTargetId, "[KerasModel] is on a member the generator cannot use", DiagnosticSeverityLevel.Error, Usage);
        public static readonly DiagnosticInfo UnknownLayerClass = new DiagnosticInfo(
            UnknownLayerClassId, "Unknown layer class", DiagnosticSeverityLevel.Error, Usage);
        public static readonly DiagnosticInfo UnsupportedConfigField = new DiagnosticInfo(
            UnsupportedConfigFieldId, "Keras config field KerasDsl does not model", DiagnosticSeverityLevel.Error, Usage);

        public static readonly DiagnosticInfo LegacyModelRefused = new DiagnosticInfo(
            LegacyModelRefusedId, "Keras 1 model that Keras 2's legacy converters do not convert", DiagnosticSeverityLevel.Error, Usage);
        public static readonly DiagnosticInfo LegacyModelConverted = new DiagnosticInfo(
            LegacyModelConvertedId, "Keras 1 model read as Keras 2's legacy converters read it", DiagnosticSeverityLevel.Warning, Usage);
        /// <summary>A deprecated argument Keras 3 still takes with a warning (LeakyReLU's alpha, Embedding's input_length).</summary>
        public static readonly DiagnosticInfo DeprecatedArgument = new DiagnosticInfo(
            DeprecatedArgumentId, "Deprecated layer argument", DiagnosticSeverityLevel.Warning, Arguments);

        public static readonly DiagnosticInfo GraphDisconnected = new DiagnosticInfo(
            GraphDisconnectedId, "Model's outputs cannot be computed from its inputs", DiagnosticSeverityLevel.Error, Usage);

        public static readonly DiagnosticInfo KerasDslFailed = new DiagnosticInfo(
            KerasDslFailedId, "KerasDsl failed on a model", DiagnosticSeverityLevel.Warning, Usage);

        public static readonly DiagnosticInfo MutableModelField = new DiagnosticInfo(
            MutableModelFieldId, "[KerasModel] field is not readonly", DiagnosticSeverityLevel.Warning, Usage);

        public static readonly DiagnosticInfo DiscardedResult = new DiagnosticInfo(
            DiscardedResultId, "Result of a model or tensor method is discarded", DiagnosticSeverityLevel.Warning, Usage);

        public static readonly DiagnosticInfo IntegerDivision = new DiagnosticInfo(
            IntegerDivisionId, "Integer division of constants where a double is expected", DiagnosticSeverityLevel.Warning, Arguments);

        public static IReadOnlyList<DiagnosticInfo> All { get; } = new[]
        {
            IncompatibleInputRank, InvalidArgument, UnknownOption, NegativeOutputDim, DuplicateLayerName,
            ParamCountOverflow, UndefinedDim, IncompatibleShape, ZeroSizeDim, MissingInputShape, NotConstant,
            ModelNotEvaluated, ModelSummary, LayerSummary, InvalidModelTarget, UnknownLayerClass, GraphDisconnected, UnsupportedConfigField,
            KerasDslFailed, MutableModelField,
            LegacyModelRefused, LegacyModelConverted,
            DeprecatedArgument,
            DiscardedResult, IntegerDivision,
        };
    }
}
