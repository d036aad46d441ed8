using System.Collections.Generic;
using KerasDsl.Analyzers.Models;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Interpretation
{
    /// <summary>Why the interpreter stopped before the model's end.</summary>
    internal enum StopKind
    {
        /// <summary>Code it does not follow (a call of a method outside the compilation, a lambda, a non-constant input): Info.</summary>
        Unsupported,

        /// <summary>More steps than <see cref="Interpreter.MaxSteps"/> (a loop with a runaway bound): Info.</summary>
        StepBudget,

        /// <summary>Calls nested deeper than <see cref="Interpreter.MaxCallDepth"/> (recursion): Info.</summary>
        CallDepth,

        /// <summary>C# would throw here (an index out of range, a null, an overflow in checked code): Info, the program fails at run time.</summary>
        Throws,

        /// <summary>Keras (Core) refuses the model here: <see cref="EvaluationStop.Refusal"/> is the runtime's exception, with its ID and words.</summary>
        Refusal,
    }

    /// <summary>
    /// Where and why evaluation stopped. <see cref="Span"/> is in the evaluated member's own code (a refusal inside a helper
    /// method is reported at the member's call of that helper); <see cref="Path"/> names the helpers between, innermost
    /// first ("in ConvBlock, called from DenseBlock at line 60"), empty when the stop is in the member's code.
    /// </summary>
    internal sealed record EvaluationStop(StopKind Kind, string What, SourceSpan Span, string Path, KerasModelException? Refusal);

    /// <summary>
    /// What the interpreter found: the member's value (a <see cref="SequentialValue"/>, <see cref="ModelValue"/>, ...), or why it
    /// stopped; and, for the analyzer's tooltips, each layer a runtime call of the member's own code added, where that call is.
    /// </summary>
    internal sealed class Evaluation
    {
        public Evaluation(object? value, EvaluationStop? stop, IReadOnlyList<(SourceSpan Span, Node Node)> layers, int steps)
        {
            Value = value;
            Stop = stop;
            Layers = layers;
            Steps = steps;
        }

        public object? Value { get; }
        public EvaluationStop? Stop { get; }
        public IReadOnlyList<(SourceSpan Span, Node Node)> Layers { get; }

        /// <summary>In lenient evaluation, where a model met an unknown value (KD0011).</summary>
        public IReadOnlyList<UnknownInput> UnknownInputs { get; init; } = System.Array.Empty<UnknownInput>();

        /// <summary>Keras's warnings (KD0009), where the call that caused each is in the evaluated code.</summary>
        public IReadOnlyList<(SourceSpan Span, string Id, string Message)> Warnings { get; init; } = System.Array.Empty<(SourceSpan, string, string)>();

        /// <summary>Each model the evaluated code itself builds (its root call's place, and its last state), for the KD0013 tooltip.</summary>
        public IReadOnlyList<(SourceSpan Root, object Model)> Models { get; init; } = System.Array.Empty<(SourceSpan, object)>();

        /// <summary>How many steps the interpreter took (for the benchmarks and the budget's tests).</summary>
        public int Steps { get; }

        /// <summary>The model the member's value is, as Core's interface: null when evaluation stopped or the value is not a model.</summary>
        public IKerasModel? Model =>
            Stop != null ? null : Value switch
            {
                SequentialValue s => s.Model,
                ModelValue m => m.Model,
                _ => null,
            };
    }
}
