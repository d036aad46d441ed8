using System;
using KerasDsl.Analyzers.Interpretation;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Diagnostics
{
    /// <summary>
    /// The words of the diagnostics only the compiler reports (KD0011-KD0015, KD0019, KD0020). Refusals and warnings take
    /// Core's words, so the runtime and the compiler say the same.
    /// </summary>
    internal static class Messages
    {
        /// <summary>KD0011, where evaluation of a [KerasModel] member stops: what the compiler does not follow, and the helper path.</summary>
        public static string Stopped(EvaluationStop stop, string memberName)
        {
            string path = stop.Path.Length == 0 ? "" : " (" + stop.Path + ")";
            string what = stop.Kind switch
            {
                StopKind.Throws => $"the program throws here: {stop.What}",
                StopKind.StepBudget => $"evaluation takes {stop.What}",
                StopKind.CallDepth => $"evaluation nests {stop.What}",
                _ => $"the compiler does not follow {stop.What}",
            };
            return $"{memberName} is not evaluated at compile time from here on{path}: {what}. " +
                   (stop.Kind == StopKind.Throws ? "Fix the code; the runtime throws the same." : "The runtime still builds and checks it; write this part with constants, locals, loops and static helper methods to have it checked while you type.");
        }

        /// <summary>KD0011 in ordinary code: a model given a value the compiler does not know.</summary>
        public static string UnknownInput(UnknownInput input) =>
            input.Argument == null
                ? $"{input.Method} is called on a value the compiler does not know here, so the model is not checked or counted at compile time from here on. The runtime still checks it."
                : $"{input.Argument} of {input.Method} is not a compile-time constant, so the model is not checked or counted at compile time from here on. " +
                  "The runtime still checks it; use a literal, a const, or locals and static helpers computed from them to have it checked while you type.";

        /// <summary>KD0012, on a [KerasModel] member that gets no constants.</summary>
        public static string NotEvaluated(string memberName, string reason) =>
            $"[KerasModel] {memberName} cannot be evaluated at compile time, so no {memberName}Summary is generated: {reason}";

        public static string NotAModel(string memberName, string found) =>
            NotEvaluated(memberName, $"its value is {found}, not a Sequential or a Model. Return the model.");

        /// <summary>KD0015, on a [KerasModel] member the generator cannot extend.</summary>
        public static string InvalidTarget(string memberName, string reason) => $"[KerasModel] {memberName} {reason}";

        /// <summary>KD0019: KerasDsl itself failed; the member gets no constants, and the user sees why.</summary>
        public static string Failed(string memberName, string part, string exception) =>
            $"KerasDsl's {part} failed on [KerasModel] {memberName}, so no {memberName}Summary is generated: {exception}. " +
            "This is a bug in KerasDsl, not in the model; the runtime is not affected. Please report it with this message.";

        public static string Describe(Exception e) => e.GetType().FullName + ": " + e.Message;

        /// <summary>KD0020, on a [KerasModel] static field that is not readonly.</summary>
        public static string MutableField(string memberName) =>
            $"[KerasModel] {memberName} is a static field that is not readonly: its constants describe the model of its initializer, " +
            $"and go stale if {memberName} is given another model. Make it static readonly, or a get-only property.";

        /// <summary>
        /// KD0021: the new value a method of <paramref name="type"/> returns is thrown away. <paramref name="root"/> is what the
        /// chain starts from (null when a call: nothing holds it), <paramref name="assignable"/> the same when it can be assigned.
        /// </summary>
        public static string DiscardedResult(string type, string method, string returns, string? root, string? assignable)
        {
            string lost = returns == type && root != null
                ? $"{root} is unchanged"
                : returns == "Tensor" ? "the layer's output is lost" : $"the new {returns} is lost";
            string why = type switch
            {
                "Sequential" when returns == "Sequential" =>
                    $"a Sequential is immutable, and {method} returns a new model with the change (Keras's model.add changes the model in place; KerasDsl's Add does not)",
                "Tensor" when returns == "Tensor" =>
                    $"applying a layer to a tensor returns the layer's output as a new tensor, and leaves the tensor as it was (as Keras's layer(x) does)",
                _ => $"{method} returns a new {returns} and changes nothing else",
            };
            string fix = assignable != null
                ? $"Assign the result ({assignable} = {assignable}.{method}(...);) or chain the next call on it."
                : "Use the result: assign it to a variable, or chain the next call on it.";
            return $"The {returns} that {type}.{method} returns is discarded, so {lost}: {why}. {fix}";
        }

        /// <summary>KD0022: an inexact integer division of constants where a double is expected.</summary>
        public static string IntegerDivision(string written, string integerValue, string exactValue, string fixedText) =>
            $"{written} is an integer division, so its value is {integerValue}, not {exactValue}: both operands are integers, and C# drops the " +
            $"remainder before the result becomes a double (Python's 1 / 255 and 1./255 are both 0.0039...). Write {fixedText} for a double division.";

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
