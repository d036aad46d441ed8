using System;

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
            // return_state=True makes Keras's layer return [output, *states]: several tensors,
            // which a Sequential cannot pass on. The builder does not offer it; Keras JSON may carry it.
            if (args.Bool("returnState", false))
                throw args.Invalid("returnState", "False (a layer of a Sequential model has one output)", "True",
                    "remove returnState: true; the states are only reachable with Keras's functional API");
            GoBackwards = args.Bool("goBackwards", false);
            Stateful = args.Bool("stateful", false);
            Unroll = args.Bool("unroll", false);
        }

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

        protected override void Build(Shape input, WeightList weights) => Cell.Build(StepShape(input), weights);

        /// <summary>One time step's shape: the input without its time axis (RNN.build's step_input_shape).</summary>
        protected static Shape StepShape(Shape input) => Shape.Concat(new Shape(input[0]), input.Slice(2, input.Rank));

        /// <summary>"(batch, timesteps, features)" → "(timesteps, features)", the input: the user writes.</summary>
        protected static string WithoutBatch(string layout) => layout.Replace("(batch, ", "(");
    }
}
