using System.Collections.Generic;
using System.Collections.Immutable;
using KerasDsl.Analyzers.Diagnostics;
using KerasDsl.Analyzers.Interpretation;
using KerasDsl.Core;
using Microsoft.CodeAnalysis;

namespace KerasDsl.Analyzers.Reporting
{
    /// <summary>
    /// A refusal's code-fix data as diagnostic properties (<see cref="FixProperties"/>): Core's <see cref="RefusalFix"/>, and
    /// where the layer it names was written (from the evaluation's record of the layers the code's own calls made). Only
    /// refusals in the evaluated code itself get them (not one inside a helper, reported at the helper's call); a fix whose
    /// other layer was not made by a call of this code (a helper's, a loop's earlier round reported elsewhere) gets none.
    /// </summary>
    internal static class RefusalFixData
    {
        public static (IEnumerable<Location>? Additional, ImmutableDictionary<string, string?>? Properties) For(
            EvaluationStop stop, Interpretation.Evaluation evaluation, SyntaxTree tree)
        {
            if (!(stop.Refusal?.Fix is { } fix) || stop.Path.Length != 0) return (null, null);
            Location[]? additional = null;
            if (fix.Layer != null)
            {
                var span = SpanOf(fix.Layer, evaluation);
                if (span == null) return (null, null);
                additional = new[] { span.Value.ToLocation(tree) };
            }
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[FixProperties.Fix] = fix.Kind switch
            {
                RefusalFixKind.ReturnSequences => FixProperties.ReturnSequences,
                RefusalFixKind.InsertLayer => FixProperties.InsertLayer,
                RefusalFixKind.ReplaceOption => FixProperties.ReplaceOption,
                _ => FixProperties.Rename,
            };
            if (fix.Argument != null) properties[FixProperties.Argument] = fix.Argument;
            if (fix.Value != null) properties[FixProperties.Value] = fix.Value;
            for (int i = 0; i < fix.Choices.Count; i++) properties[FixProperties.ChoiceKey(i)] = fix.Choices[i];
            return (additional, properties.ToImmutable());
        }

        /// <summary>Where the call that made <paramref name="layer"/> is, when the evaluated code's own call made it.</summary>
        private static Models.SourceSpan? SpanOf(Layer layer, Interpretation.Evaluation evaluation)
        {
            foreach (var (span, node) in evaluation.Layers)
                if (ReferenceEquals(node.Layer, layer) && !span.IsNone) return span;
            return null;
        }
    }
}
