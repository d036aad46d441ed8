using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// The code fixes of a KD0001 refusal, found by the model that applied the refused layer (it knows the layer's source):
    /// <list type="bullet">
    /// <item><c>returnSequences: true</c> on the recurrent layer upstream, exactly when the refusal's words advise it
    /// (<see cref="SourceAdvice.ForRecurrentLastStep"/>: the input is that layer's last step, one time axis short).</item>
    /// <item>A layer inserted before a layer that takes vectors or sequences (Dense, RepeatVector, the recurrent layers) and
    /// is fed an input of rank 3 or more: <c>Flatten()</c>, <c>GlobalAveragePooling2D()</c> or <c>TimeDistributed(Flatten())</c>,
    /// each offered only when the refused layer, made anew from its call, accepts what the insertion gives. So an LSTM fed an
    /// image (Keras's LSTM takes ndim=3 only, keras/src/layers/rnn/lstm.py) is offered <c>TimeDistributed(Flatten())</c>
    /// (one step per row), never <c>Flatten()</c>, whose rank 2 it refuses too; and Dense, which Keras 3 applies to the last
    /// axis of any input of rank 2 or more (keras/src/layers/core/dense.py, InputSpec(min_ndim=2)), is never refused an image.</item>
    /// </list>
    /// Runs only on a refusal; the trial layers are new objects, so nothing of the model or its layers changes.
    /// </summary>
    internal static class RankFixes
    {
        /// <summary>The layers tried, as method names: "Outer/Inner" is Outer(Inner()).</summary>
        private static readonly string[] Insertions = { "Flatten", "GlobalAveragePooling2D", "TimeDistributed/Flatten" };

        /// <param name="e">The refusal, before its advice is resolved for the source.</param>
        /// <param name="refused">The layer refused (null when it could not be made).</param>
        /// <param name="inputs">The shapes it was given.</param>
        /// <param name="source">The layer whose output it was given, when one layer gave all its inputs.</param>
        /// <param name="canInsert">False when the input shape is the refused call's own <c>input:</c> (nothing to insert before).</param>
        public static RefusalFix? For(KerasModelException e, Layer? refused, IReadOnlyList<Shape>? inputs, Layer? source, bool canInsert)
        {
            if (e.Id != Diagnostics.IncompatibleInputRankId || refused == null) return null;
            if (source != null && SourceAdvice.AdvisesReturnSequences(e.Detail) &&
                (SourceAdvice.KindOf(source) & InputSourceKind.RecurrentLastStep) == InputSourceKind.RecurrentLastStep)
                return RefusalFix.ReturnSequences(source);
            if (!canInsert || inputs == null || inputs.Count != 1 || inputs[0].Rank < 3) return null;
            if (!(refused is Dense || refused is RepeatVector || refused is RecurrentLayer || refused is Bidirectional)) return null;
            var accepted = new List<string>();
            foreach (var insertion in Insertions)
                if (Accepts(refused, insertion, inputs[0])) accepted.Add(insertion);
            return RefusalFix.InsertLayer(accepted);
        }

        private static bool Accepts(Layer refused, string insertion, Shape input)
        {
            try
            {
                int slash = insertion.IndexOf('/');
                var call = slash < 0
                    ? new LayerCall(insertion)
                    : new LayerCall(insertion.Substring(0, slash), new Arg("layer", ArgValue.Of(new LayerCall(insertion.Substring(slash + 1)))));
                var inserted = LayerCatalog.Get(call.ClassName).Create(new LayerArgs(call, "inserted"));
                var between = inserted.ComputeOutputShapes(input.AsList());
                var fresh = LayerCatalog.Get(refused.Call.ClassName).Create(new LayerArgs(refused.Call, refused.Name));
                fresh.ComputeOutputShapes(between);
                return true;
            }
            catch (KerasModelException)
            {
                return false;
            }
        }
    }
}
