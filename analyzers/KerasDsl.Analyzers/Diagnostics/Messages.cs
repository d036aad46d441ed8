using KerasDsl.Analyzers.Models;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Diagnostics
{
    /// <summary>
    /// The words of the diagnostics only the compiler reports (KD0011-KD0015). Refusals and
    /// warnings take Core's words, so the runtime and the compiler say the same.
    /// </summary>
    internal static class Messages
    {
        /// <summary>KD0011, on the argument (or method) at which the compiler stops following a chain.</summary>
        public static string NotConstant(ChainStop stop, string modelName)
        {
            string where = stop.Outer == null ? stop.Method : $"{stop.Method} (inside {stop.Outer})";
            if (stop.Kind == ChainStopKind.NotALayer)
                return $"{where} is not a layer the compiler knows, so {modelName} is not checked or counted at compile time from here on. " +
                       "The runtime still checks it.";
            return $"{stop.Argument} of {where} is not a compile-time constant, so {modelName} is not checked or counted at compile time from here on. " +
                   "The runtime still checks it; use a literal or a const to have it checked while you type.";
        }

        /// <summary>KD0012, on a [KerasModel] member whose chain the compiler cannot evaluate.</summary>
        public static string NotEvaluated(string memberName, ChainInfo? chain, bool functional = false)
        {
            string reason;
            var stop = chain?.Stop;
            if (chain == null && functional)
                reason = "it is a functional model (Input, Model(inputs, outputs)), which the compiler does not evaluate yet. " +
                         "The runtime counts it (Summary(), TotalParams); write the model as a Sequential() chain to have its constants now.";
            else if (chain == null)
                reason = "its value is not a Sequential() chain the compiler can follow. Write the model in the initializer as Sequential().Layer(...)...";
            else if (stop!.Kind == ChainStopKind.NotALayer)
                reason = $"{stop.Method} is not a layer the compiler knows.";
            else
                reason = $"{stop.Argument} of {stop.Method}{(stop.Outer == null ? "" : " (inside " + stop.Outer + ")")} is not a compile-time constant. Use a literal or a const.";
            return $"[KerasModel] {memberName} cannot be evaluated at compile time, so no {memberName}Summary is generated: {reason}";
        }

        /// <summary>KD0015, on a [KerasModel] member the generator cannot extend.</summary>
        public static string InvalidTarget(string memberName, string reason) => $"[KerasModel] {memberName} {reason}";

        /// <summary>KD0013, the model's tooltip: "sequential: 57,377 params (57,377 trainable, 0 non-trainable), output (None, 1)".</summary>
        public static string ModelSummary(ModelSummary summary) =>
            $"{summary.Name}: {Thousands(summary.TotalParams)} params ({Thousands(summary.TrainableParams)} trainable, " +
            $"{Thousands(summary.NonTrainableParams)} non-trainable), output {LayerOutput.Format(summary.OutputShapes)}";

        /// <summary>KD0014, a layer's tooltip: "conv2d: output (None, 26, 26, 16), 448 params" (a list for several outputs, as Keras 2 prints it).</summary>
        public static string LayerSummary(Node node) =>
            $"{node.Layer.Name}: output {LayerOutput.Format(node.Output!.Shapes)}, {Thousands(node.Output.Params)} params";

        private static string Thousands(long value) => ClassicSummaryRenderer.Thousands(value);
    }
}
