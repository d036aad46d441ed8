using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using KerasDsl.Analyzers.Models;
using KerasDsl.Analyzers.Program;
using KerasDsl.Core;

namespace KerasDsl.Analyzers.Interpretation
{
    /// <summary>
    /// The evaluator: runs a <see cref="ModelProgram"/> as the program would run it, with Core doing what the runtime's
    /// methods do (<see cref="ApiSemantics"/>, <see cref="GraphBuilder"/>, <see cref="SequentialModel"/>), so the compiler's
    /// model is the runtime's. It never guesses: anything it does not model stops it (<see cref="EvaluationStop"/>), and a
    /// step budget and a call-depth bound make every program end.
    /// </summary>
    internal sealed partial class Interpreter
    {
        /// <summary>Steps one evaluation may take: DenseNet201 takes about 60,000; a runaway loop ends here.</summary>
        public const int MaxSteps = 2_000_000;

        /// <summary>How deep helper calls may nest (recursion included).</summary>
        public const int MaxCallDepth = 64;

        private readonly ModelProgram program;
        private readonly CancellationToken cancellationToken;
        private readonly List<(SourceSpan, Node)> layers = new List<(SourceSpan, Node)>();
        private readonly List<UnknownInput> unknownInputs = new List<UnknownInput>();
        /// <summary>Each model the member's own code builds, by where it starts (its Sequential() or Model() call): the last state seen.</summary>
        private readonly Dictionary<SourceSpan, object> modelsByRoot = new Dictionary<SourceSpan, object>();

        private List<(SourceSpan, object)> Models()
        {
            var list = new List<(SourceSpan, object)>();
            foreach (var pair in modelsByRoot) list.Add((pair.Key, pair.Value));
            return list;
        }

        private readonly List<(SourceSpan, string, string)> warnings = new List<(SourceSpan, string, string)>();

        /// <summary>
        /// The analyzer's mode for ordinary code (a Main method, a test): unknown values instead of stops, so every model the
        /// code builds from constants is still checked. Off for [KerasModel] members.
        /// </summary>
        private readonly bool lenient;
        private Frame frame;
        private int steps;

        /// <summary>Keras's count of made layers and models, which names unnamed ones: the runtime's process-wide counter, started afresh.</summary>
        private long creationOrder;

        private Interpreter(ModelProgram program, bool lenient, CancellationToken cancellationToken)
        {
            this.program = program;
            this.lenient = lenient;
            this.cancellationToken = cancellationToken;
            frame = new Frame(program.Main, null, null);
            // The code's parameters (and anything read before C# would let it be) are unknown.
            if (lenient)
                for (int i = 0; i < frame.Slots.Length; i++) frame.Slots[i] = Unknown.Parameter;
        }

        /// <summary>Runs a [KerasModel] member's program: the first thing it cannot follow stops it.</summary>
        public static Evaluation Evaluate(ModelProgram program, CancellationToken cancellationToken) => Evaluate(program, lenient: false, cancellationToken);

        /// <param name="lenient">True for ordinary code the analyzer checks: unknown values instead of stops.</param>
        public static Evaluation Evaluate(ModelProgram program, bool lenient, CancellationToken cancellationToken)
        {
            var interpreter = new Interpreter(program, lenient, cancellationToken);
            try
            {
                interpreter.Run(program.Main.Body);
                return new Evaluation(interpreter.frame.Returned, null, interpreter.layers, interpreter.steps)
                    { UnknownInputs = interpreter.unknownInputs, Warnings = interpreter.warnings, Models = interpreter.Models() };
            }
            catch (Stop stop)
            {
                return new Evaluation(null, stop.ToEvaluationStop(), interpreter.layers, interpreter.steps)
                    { UnknownInputs = interpreter.unknownInputs, Warnings = interpreter.warnings, Models = interpreter.Models() };
            }
        }

        // ---- frames ----

        /// <summary>One call of a function: its variables, and the call that made it (null for the member itself).</summary>
        private sealed class Frame
        {
            public Frame(FunctionInfo function, Frame? caller, Op? callSite)
            {
                Function = function;
                Caller = caller;
                CallSite = callSite;
                Slots = new object?[Math.Max(function.SlotCount, function.ParameterCount)];
                Depth = caller == null ? 0 : caller.Depth + 1;
            }

            public FunctionInfo Function { get; }
            public Frame? Caller { get; }
            public Op? CallSite { get; }
            public object?[] Slots { get; }
            public int Depth { get; }
            public object? Returned { get; set; }
        }

        /// <summary>How a statement ended: normally, or by a jump the enclosing statements must see.</summary>
        private enum Flow
        {
            Normal,
            Break,
            Continue,
            Return,
        }

        // ---- statements ----

        private Flow Run(Op op)
        {
            if (!lenient) return RunStatement(op);
            try
            {
                return RunStatement(op);
            }
            catch (UnknownCondition)
            {
                Taint(op);
                return Flow.Normal;
            }
        }

        private Flow RunStatement(Op op)
        {
            Step(op);
            EnsureStack(op);
            switch (op.Kind)
            {
                case OpKind.Block:
                    foreach (var statement in op.Items)
                    {
                        var flow = Run(statement);
                        if (flow != Flow.Normal) return flow;
                    }
                    return Flow.Normal;
                case OpKind.Discard:
                    Eval(op[0]);
                    return Flow.Normal;
                case OpKind.Return:
                    frame.Returned = op.Items.Count == 0 ? null : Eval(op[0]);
                    return Flow.Return;
                case OpKind.If:
                    if (Bool(Eval(op[0]), op[0])) return Run(op[1]);
                    return op.Items.Count > 2 ? Run(op[2]) : Flow.Normal;
                case OpKind.Loop:
                    return Loop(op);
                case OpKind.ForEach:
                    return ForEach(op);
                case OpKind.Jump:
                    return op.Name == "break" ? Flow.Break : Flow.Continue;
                case OpKind.Switch:
                    return Switch(op);
                default:
                    Eval(op);
                    return Flow.Normal;
            }
        }

        private Flow Loop(Op op)
        {
            bool testAfter = op.Value is true;
            var flow = Run(op[0]);
            if (flow != Flow.Normal) return flow;
            while (true)
            {
                if (!testAfter && !Bool(Eval(op[1]), op[1])) return Flow.Normal;
                flow = Run(op[2]);
                if (flow == Flow.Break) return Flow.Normal;
                if (flow == Flow.Return) return flow;
                Run(op[3]);
                if (testAfter && !Bool(Eval(op[1]), op[1])) return Flow.Normal;
            }
        }

        private Flow ForEach(Op op)
        {
            var collection = Eval(op[0]);
            IReadOnlyList<object?> items = collection switch
            {
                ListValue list => list.Items.ToArray(),
                TensorValue tensor => Outputs(tensor),
                string s => Chars(s),
                Unknown _ => throw new UnknownCondition(),
                _ => throw Stopped(StopKind.Unsupported, "a foreach over " + Describe(collection), op[0]),
            };
            foreach (var item in items)
            {
                frame.Slots[op.Slot] = item;
                var flow = Run(op[1]);
                if (flow == Flow.Break) return Flow.Normal;
                if (flow == Flow.Return) return flow;
            }
            return Flow.Normal;
        }

        private static object?[] Outputs(TensorValue tensor)
        {
            var items = new object?[tensor.Tensors.Count];
            for (int i = 0; i < items.Length; i++) items[i] = new TensorValue(new[] { tensor.Tensors[i] });
            return items;
        }

        private static object?[] Chars(string s)
        {
            var items = new object?[s.Length];
            for (int i = 0; i < s.Length; i++) items[i] = s[i];
            return items;
        }

        private Flow Switch(Op op)
        {
            var value = Eval(op[0]);
            Op? chosen = null;
            for (int i = 1; i < op.Items.Count && chosen == null; i++)
            {
                var section = op[i];
                int patterns = (int)section.Value!;
                for (int p = 0; p < patterns; p++)
                    if (Matches(value, section[p])) chosen = section;
            }
            // default: is taken when no case matches, wherever it stands.
            for (int i = 1; i < op.Items.Count && chosen == null; i++)
            {
                var section = op[i];
                for (int p = 0; p < (int)section.Value!; p++)
                    if (section[p].Name == "default") chosen = section;
            }
            if (chosen == null) return Flow.Normal;
            var flow = Run(chosen[chosen.Items.Count - 1]);
            return flow == Flow.Break ? Flow.Normal : flow;
        }

        // ---- steps and stops ----

        private void Step(Op op)
        {
            if (++steps > MaxSteps)
                throw Stopped(StopKind.StepBudget, $"more than {MaxSteps:N0} steps (a loop whose bound is too large, or that never ends)", op);
            if ((steps & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
        }

        private void EnsureStack(Op op)
        {
            try
            {
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            }
            catch (InsufficientExecutionStackException)
            {
                throw Stopped(StopKind.StepBudget, "code nested too deep for the compiler's stack (a chain or expression of thousands of calls)", op);
            }
        }

        /// <summary>A stop at <paramref name="at"/>, placed in the member's own code with the path of helper calls that led there.</summary>
        private Stop Stopped(StopKind kind, string what, Op at, KerasModelException? refusal = null)
        {
            var (span, path) = Place(at);
            return new Stop(kind, what, span, path, refusal);
        }

        /// <summary>A Keras warning (KD0009) from the call at <paramref name="at"/>, placed as a stop would be.</summary>
        private void Warn(Op at, ModelWarning warning)
        {
            var (span, path) = Place(at);
            warnings.Add((span, warning.Id, path.Length == 0 ? warning.Message : warning.Message + " (" + path + ")"));
        }

        /// <summary>Where in the member's own code something at <paramref name="at"/> is reported, and the helper path that led there.</summary>
        private (SourceSpan Span, string Path) Place(Op at)
        {
            var span = at.Span;
            // Innermost first: "in ConvBlock, called from DenseBlock at line 60, called from Build at line 12"; a recursion's
            // repeated call is said once with its count.
            var calls = new List<(string Caller, int? Line)>();
            string? innermost = null;
            for (var f = frame; f.Caller != null; f = f.Caller)
            {
                innermost ??= f.Function.Name;
                calls.Add((f.Caller.Function.Name, f.CallSite!.Value as int?));
                if (f.Caller.Caller == null) span = f.CallSite.Span;
            }
            var path = new StringBuilder();
            for (int i = 0; i < calls.Count;)
            {
                int run = 1;
                while (i + run < calls.Count && calls[i + run] == calls[i]) run++;
                path.Append(path.Length == 0 ? "in " + innermost : "").Append(", called from ").Append(calls[i].Caller);
                if (calls[i].Line is int line) path.Append(" at line ").Append(line.ToString(CultureInfo.InvariantCulture));
                if (run > 1) path.Append(" (").Append(run.ToString(CultureInfo.InvariantCulture)).Append(" times)");
                i += run;
            }
            return (span, path.ToString());
        }

        private sealed class Stop : Exception
        {
            private readonly StopKind kind;
            private readonly string what;
            private readonly SourceSpan span;
            private readonly string path;
            private readonly KerasModelException? refusal;

            public Stop(StopKind kind, string what, SourceSpan span, string path, KerasModelException? refusal)
            {
                this.kind = kind;
                this.what = what;
                this.span = span;
                this.path = path;
                this.refusal = refusal;
            }

            public EvaluationStop ToEvaluationStop() => new EvaluationStop(kind, what, span, path, refusal);
        }

        private static string Describe(object? value) =>
            value switch
            {
                null => "null",
                string _ => "a string",
                int _ or long _ => "an integer",
                double _ => "a number",
                bool _ => "a bool",
                ListValue list => list.IsList ? "a List" : "an array",
                TupleValue _ => "a tuple",
                TensorValue _ => "a Tensor",
                SequentialValue _ => "a Sequential",
                ModelValue _ => "a Model",
                LayerValue _ => "a layer",
                KerasObjectValue o => "a Keras " + o.Call.ClassName,
                Shape _ => "a Shape",
                _ => "a " + value.GetType().Name,
            };
    }
}
