using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Bidirectional (keras/src/layers/rnn/bidirectional.py): a forward copy of a
    /// recurrent layer and a backward one (a copy with go_backwards=True, or backwardLayer), both
    /// applied to the input. Weights: both layers', named forward_lstm/... and backward_lstm/....
    /// Output: the forward layer's, with the last dim doubled for "concat", as is for "sum", "mul"
    /// and "ave", and twice (two outputs) for None.
    /// </summary>
    internal sealed class Bidirectional : Wrapper
    {
        public static readonly LayerType Type = new LayerType("Bidirectional", a => new Bidirectional(a));

        private static readonly string[] MergeModes = { "concat", "sum", "mul", "ave" };

        private readonly LayerCall forwardCall;
        private readonly LayerCall backwardCall;
        private readonly RecurrentLayer forward;
        private readonly RecurrentLayer backward;
        private readonly string forwardName;
        private readonly string backwardName;

        private Bidirectional(LayerArgs args) : base(args)
        {
            forwardCall = RequiredLayer("layer", "LSTM(64)");
            forward = CreateRecurrent(forwardCall, "layer");
            // Keras names the copies forward_<name> and backward_<name>; a given backward layer keeps its name.
            forwardName = "forward_" + RemovePrefix(InnerName(forwardCall), "forward_");
            var given = args.Layer("backwardLayer");
            if (given == null)
            {
                // Keras 3 sets go_backwards=True on the copy (it does not invert it, as Keras 2 did).
                backwardCall = WithArg(forwardCall, "goBackwards", ArgValue.True);
                backwardName = "backward_" + RemovePrefix(InnerName(forwardCall), "backward_");
            }
            else
            {
                backwardCall = given;
                backwardName = InnerName(given);
            }
            backward = CreateRecurrent(backwardCall, "backwardLayer");
            MergeMode = ReadMergeMode(args);
            args.Record("mergeMode", ArgValue.Of(MergeMode));
            Verify(given != null);
        }

        /// <summary>True when the wrapped layer has no returnSequences: the output is the last step only.</summary>
        internal bool ReturnsLastStep => !forward.ReturnSequences;

        /// <summary>"concat", "sum", "mul", "ave", or null for Keras's None (two outputs).</summary>
        public string? MergeMode { get; }

        public override IReadOnlyList<Shape> ComputeOutputShapes(Shape input)
        {
            var forwardOutput = Inner(forwardCall, () => forward.Apply(input, InputSource));
            Inner(backwardCall, () => backward.Apply(input, InputSource));
            // Keras's compute_output_shape uses the forward layer's shape only, even when a
            // backwardLayer of other units makes the real tensors differ.
            var shape = forwardOutput.Shape;
            Shape[] merged;
            switch (MergeMode)
            {
                case "concat":
                    long? last = shape.Last == null ? (long?)null
                        : CheckedMath.TryMultiply(shape.Last.Value, 2, out long doubled) ? doubled : throw CheckedMath.Overflow("the concatenated size of " + shape);
                    merged = new[] { shape.Replace(-1, last) };
                    break;
                case null:
                    merged = new[] { shape, shape };
                    break;
                default:
                    merged = new[] { shape };
                    break;
            }
            if (!forward.ReturnState) return merged;
            // bidirectional.py: with return_state, the merged output(s), then the forward layer's states twice (forward, backward).
            var states = forwardOutput.Shapes.Skip(1).ToArray();
            return merged.Concat(states).Concat(states).ToArray();
        }

        /// <summary>The first output's shape (the only one unless mergeMode is None).</summary>
        public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(input)[0];

        protected override void Build(Shape input, WeightList weights)
        {
            // Both inner layers were built by ComputeOutputShapes (it runs first).
            weights.AddRange(forward.Weights.Select(w => w.WithPrefix(forwardName + "/")));
            weights.AddRange(backward.Weights.Select(w => w.WithPrefix(backwardName + "/")));
        }

        private RecurrentLayer CreateRecurrent(LayerCall call, string argument)
        {
            var layer = CreateInner(call);
            if (layer is RecurrentLayer recurrent) return recurrent;
            // Keras accepts any Layer here, then reads go_backwards, stateful and return_sequences,
            // which only recurrent layers have.
            throw Args.Invalid(argument, "a recurrent layer (SimpleRNN, LSTM, GRU, ConvLSTM1D, ConvLSTM2D or ConvLSTM3D)",
                call.ClassName + "(...)", $"wrap a recurrent layer, e.g. Bidirectional(LSTM(64)); to apply {call.ClassName} to each time step, use TimeDistributed");
        }

        /// <summary>
        /// Keras's merge_mode: one of "sum", "mul", "ave", "concat" (case-sensitive, not lowercased) or
        /// None. Absent means "concat"; a null is Python's None (Keras JSON writes merge_mode: null; the C# API
        /// records MergeMode.None so, and refuses a C# null before it gets here: KeywordOption.NullRefusal).
        /// </summary>
        private string? ReadMergeMode(LayerArgs args)
        {
            var v = args.Call.Find("mergeMode");
            if (v == null) return "concat";
            if (v.IsNull) return null;
            if (v.Kind == ArgKind.String && MergeModes.Contains(v.Text))
                return v.Text;
            string detail = $"has an unknown mergeMode {v}: expected one of 'concat', 'sum', 'mul', 'ave', or None (Keras's None, MergeMode.None in C#: two outputs). Pass one of these.";
            if (v.Kind == ArgKind.String) throw args.UnknownOption("mergeMode", v.Text!, detail, MergeModes);
            throw new KerasModelException(Diagnostics.UnknownOption, Name, detail, argument: "mergeMode");
        }

        /// <summary>Keras's _verify_layer_config: opposite directions, and the same stateful, return_sequences and return_state.</summary>
        private void Verify(bool backwardGiven)
        {
            if (forward.GoBackwards == backward.GoBackwards)
            {
                if (!backwardGiven)
                    throw Args.Invalid("layer", "a layer with goBackwards false (Keras 3 makes the backward copy with goBackwards true, so both would run backwards)",
                        forwardCall.ClassName + " with goBackwards true", "remove goBackwards: true from the wrapped layer");
                throw Args.Invalid("backwardLayer", $"a layer with goBackwards {(!forward.GoBackwards ? "true" : "false")} (the opposite of the forward layer's)",
                    backwardCall.ClassName + $" with goBackwards {(backward.GoBackwards ? "true" : "false")}",
                    $"pass goBackwards: {(!forward.GoBackwards ? "true" : "false")} to the backward layer");
            }
            if (forward.ReturnSequences != backward.ReturnSequences)
                throw Mismatch("returnSequences", forward.ReturnSequences, backward.ReturnSequences);
            if (forward.Stateful != backward.Stateful)
                throw Mismatch("stateful", forward.Stateful, backward.Stateful);
            if (forward.ReturnState != backward.ReturnState)
                throw Mismatch("returnState", forward.ReturnState, backward.ReturnState);
        }

        private KerasModelException Mismatch(string attribute, bool forwardValue, bool backwardValue) =>
            Args.Invalid("backwardLayer", $"a layer with the forward layer's {attribute} ({Py(forwardValue)})", $"{attribute} {Py(backwardValue)}",
                $"pass the same {attribute}: to both layers");

        private static string Py(bool b) => b ? "True" : "False";

        private static string RemovePrefix(string name, string prefix) =>
            name.StartsWith(prefix, System.StringComparison.Ordinal) ? name.Substring(prefix.Length) : name;

        private static LayerCall WithArg(LayerCall call, string name, ArgValue value) =>
            new LayerCall(call.ClassName, new EquatableArray<Arg>(call.Args.Where(a => a.Name != name).Concat(new[] { new Arg(name, value) }).ToArray()));
    }
}
