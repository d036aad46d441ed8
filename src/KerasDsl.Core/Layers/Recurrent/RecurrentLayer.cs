using System;
using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.RNN's part that all recurrent layers share (keras/src/layers/rnn/rnn.py): a
    /// <see cref="RnnCell"/> applied along axis 1 of a (batch, timesteps, ...) input. Output
    /// (batch, timesteps, ...step output) with returnSequences, else (batch, ...step output);
    /// unknown timesteps pass through. The weights are the cell's.
    /// </summary>
    internal abstract class RecurrentLayer : Layer
    {
        protected RecurrentLayer(LayerArgs args, Func<LayerArgs, RnnCell> createCell) : base(args)
        {
            // Keras builds the cell first (LSTM.__init__ makes its LSTMCell before RNN.__init__).
            Cell = createCell(args);
            ReturnSequences = args.Bool("returnSequences", false);
            // return_state=True makes Keras's layer return [output, *states] (rnn.py compute_output_shape): several
            // tensors, which a functional model indexes and which the next layer of a Sequential refuses (KD0008).
            ReturnState = args.Bool("returnState", false);
            GoBackwards = args.Bool("goBackwards", false);
            Stateful = args.Bool("stateful", false);
            Unroll = args.Bool("unroll", false);
            // RNN's zero_output_for_mask: what masked steps output. Changes no shape.
            args.Bool("zeroOutputForMask", false);
        }

        /// <summary>True when the layer also returns its final states, after its output.</summary>
        public bool ReturnState { get; }

        public RnnCell Cell { get; }
        public bool ReturnSequences { get; }
        public bool GoBackwards { get; }
        public bool Stateful { get; }
        public bool Unroll { get; }

        /// <summary>The input's rank, batch dim included: 3 for SimpleRNN, LSTM and GRU (Keras's InputSpec(ndim=3)).</summary>
        protected virtual int InputRank => 3;

        /// <summary>The input's dims in words, e.g. <c>(batch, timesteps, features)</c>.</summary>
        protected virtual string InputLayout => "(batch, timesteps, features)";

        /// <summary>KD0007 unless the dims the cell's weights need are known; the features for SimpleRNN, LSTM and GRU.</summary>
        protected virtual void RequireKnownStepDims(Shape input) => RequireKnown(input, -1, "last dim (features)");

        /// <summary>How to fix an input of the wrong rank; advice for a missing time axis depends on where the input comes from.</summary>
        protected virtual string RankFix(Shape input) =>
            input.Rank < InputRank
                ? MissingTimeAxisFix(input, "RepeatVector(n) repeats a vector n times, Reshape splits it into steps")
                : $"reshape each time step to one vector first, e.g. with TimeDistributed(Flatten()) or Reshape, so {Name} gets {InputLayout}";

        /// <summary>
        /// The fix for an input one time axis short, by its source: the model's input gets a time axis; a recurrent
        /// layer that gives its last step only gets returnSequences; any layer can be followed by <paramref name="layerFix"/>.
        /// </summary>
        protected string MissingTimeAxisFix(Shape input, string layerFix)
        {
            // Only an input exactly one axis short is one a time axis (or returnSequences upstream) would mend.
            if (input.Rank != InputRank - 1)
                return SourceAdvice.ForModelInput($"give the model's input the shape {WithoutBatch(InputLayout)}")
                    + SourceAdvice.ForLayer($"reshape to {WithoutBatch(InputLayout)} before {Name}");
            return SourceAdvice.ForModelInput($"give the model's input a time axis, {WithoutBatch(InputLayout)}: {WithTimeAxis(input)} for sequences of any length")
                + SourceAdvice.ForRecurrentLastStep($"add returnSequences: true to {InputSource}, which gives its last step only without it, or ")
                + SourceAdvice.ForLayer($"give {Name} a time axis first: {layerFix}");
        }

        /// <summary>The input shape without its batch dim and with an unknown time axis in front, as C# writes it: (null, 12).</summary>
        protected static string WithTimeAxis(Shape input)
        {
            var dims = new string[input.Rank];
            dims[0] = "null";
            for (int i = 1; i < input.Rank; i++) dims[i] = input[i]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
            return "(" + string.Join(", ", dims) + ")";
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != InputRank) throw RankMismatch(input, InputRank, InputLayout, RankFix(input)); // the fix is built only on failure
            RequireKnownStepDims(input);
            // keras/src/layers/rnn/rnn.py build(): "When using `stateful=True` in a RNN, the batch size must be static."
            if (Stateful && input[0] == null)
                throw new KerasModelException(Diagnostics.UndefinedDim, Name,
                    $"is stateful, so Keras needs a fixed batch size, but the batch dim of {input} is None: Keras refuses to build it " +
                    "(\"the batch size must be static\"). Give the input a fixed batch size (Input(shape, batchSize: 32) in the functional API; " +
                    "a Sequential's input: has none), or remove stateful: true.",
                    argument: "stateful");
            var step = Cell.ComputeOutputShape(StepShape(input));
            return ReturnSequences ? Shape.Concat(new Shape(input[0], input[1]), step.Slice(1, step.Rank)) : step;
        }

        /// <summary>The output, then with returnState the cell's states, each of one step's output shape (batch included).</summary>
        public override IReadOnlyList<Shape> ComputeOutputShapes(Shape input)
        {
            var output = ComputeOutputShape(input);
            if (!ReturnState) return new[] { output };
            var shapes = new Shape[1 + Cell.StateCount];
            shapes[0] = output;
            var state = Cell.ComputeOutputShape(StepShape(input));
            for (int i = 1; i < shapes.Length; i++) shapes[i] = state;
            return shapes;
        }

        /// <summary>
        /// The sequence alone, or followed by the cell's initial states (Keras's <c>initial_state</c>, which a functional
        /// model passes as more inputs: a seq2seq decoder given the encoder's states). Each state must fit the cell's
        /// state shape; the output is the sequence's.
        /// </summary>
        public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count == 1) return ComputeOutputShapes(inputs[0]);
            int states = Cell.StateCount;
            if (inputs.Count != 1 + states)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"takes a sequence, optionally followed by its {states} initial state{(states == 1 ? "" : "s")} (Keras's initial_state), " +
                    $"but {InputSource} gives {inputs.Count} tensors {LayerOutput.Format(inputs)}. " +
                    $"Give it the sequence alone, or the sequence and {states} state{(states == 1 ? "" : "s")} (e.g. an encoder's with returnState: true).");
            var outputs = ComputeOutputShapes(inputs[0]);
            var state = Cell.ComputeOutputShape(StepShape(inputs[0]));
            for (int i = 1; i < inputs.Count; i++)
                if (!state.Accepts(inputs[i]))
                    throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                        $"is given initial state {i} of shape {inputs[i]} by {InputSource}, but its states have shape {state}. " +
                        "Pass states of the layer's own size (units), e.g. the states of a layer of the same units.");
            return outputs;
        }

        protected override void Build(Shape input, WeightList weights) => Cell.Build(StepShape(input), weights);

        /// <summary>
        /// LSTM's and GRU's implementation choices: use_cudnn ("auto", true or false: which kernel runs them) and
        /// implementation (1 or 2: the same weights, computed in smaller or larger operations; Keras 2.0 also had 0, which
        /// its legacy converter writes for Keras 1's consume_less "cpu", and Keras 3 takes any value). Neither changes a count.
        /// </summary>
        protected static void ReadImplementation(LayerArgs args)
        {
            var cudnn = args.Raw("useCudnn");
            if (cudnn == null || (cudnn.Kind == ArgKind.String && cudnn.Text == "auto")) args.Record("useCudnn", ArgValue.Of("auto"));
            else if (cudnn.Kind == ArgKind.Bool) args.Bool("useCudnn", false);
            else throw args.Invalid("useCudnn", "\"auto\", true or false", cudnn.ToString(), "pass useCudnn: true or false, or leave it out for \"auto\"");
            long implementation = args.Int("implementation", 2);
            if (implementation < 0 || implementation > 2)
                throw args.Invalid("implementation", "1 or 2 (the two ways Keras computes the gates; Keras 2.0 also had 0)", implementation.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "pass implementation: 1 or 2, or leave it out");
        }

        /// <summary>One time step's shape: the input without its time axis (RNN.build's step_input_shape).</summary>
        protected static Shape StepShape(Shape input) => Shape.Concat(new Shape(input[0]), input.Slice(2, input.Rank));

        /// <summary>"(batch, timesteps, features)" → "(timesteps, features)", the input: the user writes.</summary>
        protected static string WithoutBatch(string layout) => layout.Replace("(batch, ", "(");
    }
}
