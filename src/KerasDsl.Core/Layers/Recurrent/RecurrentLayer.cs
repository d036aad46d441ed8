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
    public abstract class RecurrentLayer : Layer
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

        /// <summary>How to fix an input of the wrong rank.</summary>
        protected virtual string RankFix(Shape input) =>
            input.Rank < InputRank
                ? "add returnSequences: true to the previous recurrent layer, or give the model a time axis " +
                  $"(input: {WithoutBatch(InputLayout)} on the first layer, or RepeatVector or Reshape before {Name})"
                : $"reshape each time step to one vector first, e.g. with TimeDistributed(Flatten()) or Reshape, so {Name} gets {InputLayout}";

        public override Shape ComputeOutputShape(Shape input)
        {
            if (input.Rank != InputRank) throw RankMismatch(input, InputRank, InputLayout, RankFix(input)); // the fix is built only on failure
            RequireKnownStepDims(input);
            // keras/src/layers/rnn/rnn.py build(): "When using `stateful=True` in a RNN, the batch size must be static."
            if (Stateful && input[0] == null)
                throw new KerasModelException(Diagnostics.UndefinedDim, Name,
                    $"is stateful, so Keras needs a fixed batch size, but the batch dim of {input} is None: Keras refuses to build it " +
                    "(\"the batch size must be static\"). KerasDsl's input: has no batch size; remove stateful: true.",
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
        /// implementation (1 or 2: the same weights, computed in smaller or larger operations). Neither changes a count.
        /// </summary>
        protected static void ReadImplementation(LayerArgs args)
        {
            var cudnn = args.Raw("useCudnn");
            if (cudnn == null || (cudnn.Kind == ArgKind.String && cudnn.Text == "auto")) args.Record("useCudnn", ArgValue.Of("auto"));
            else if (cudnn.Kind == ArgKind.Bool) args.Bool("useCudnn", false);
            else throw args.Invalid("useCudnn", "\"auto\", true or false", cudnn.ToString(), "pass useCudnn: true or false, or leave it out for \"auto\"");
            long implementation = args.Int("implementation", 2);
            if (implementation != 1 && implementation != 2)
                throw args.Invalid("implementation", "1 or 2 (the two ways Keras computes the gates)", implementation.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "pass implementation: 1 or 2, or leave it out");
        }

        /// <summary>One time step's shape: the input without its time axis (RNN.build's step_input_shape).</summary>
        protected static Shape StepShape(Shape input) => Shape.Concat(new Shape(input[0]), input.Slice(2, input.Rank));

        /// <summary>"(batch, timesteps, features)" → "(timesteps, features)", the input: the user writes.</summary>
        protected static string WithoutBatch(string layout) => layout.Replace("(batch, ", "(");
    }
}
