namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.TimeDistributed (keras/src/layers/rnn/time_distributed.py): applies a layer to
    /// every slice along axis 1 of a (batch, time, ...) input. The inner layer sees (batch, ...),
    /// axis 1 dropped; the output is its output with the time axis put back. Weights: the inner
    /// layer's, shared by all time steps.
    /// </summary>
    internal sealed class TimeDistributed : Wrapper
    {
        public static readonly LayerType Type = new LayerType("TimeDistributed", a => new TimeDistributed(a));

        private readonly LayerCall innerCall;
        private readonly Layer inner;

        private TimeDistributed(LayerArgs args) : base(args)
        {
            innerCall = RequiredLayer("layer", "Dense(8)");
            inner = CreateInner(innerCall);
        }

        public override Shape ComputeOutputShape(Shape input)
        {
            // "`TimeDistributed` Layer should be passed an `input_shape` with at least 3 dimensions".
            if (input.Rank < 3) // the fix is built only on failure
                throw RankError(input, "rank 3 or more (batch, time, ...)",
                    SourceAdvice.ForModelInput("give the model's input a time axis in front, (time, ...), e.g. null for sequences of any length")
                    + SourceAdvice.ForRecurrentLastStep($"add returnSequences: true to {InputSource}, which gives its last step only without it, or ")
                    + SourceAdvice.ForLayer($"give {Name} a time axis first, e.g. with RepeatVector(n) or Reshape"));
            var child = Shape.Concat(new Shape(input[0]), input.Slice(2, input.Rank));
            // The inner layer's input is one time step, never the model's input nor a recurrent layer's last step.
            var innerOutput = Inner(innerCall, () => AtEachStep(() => inner.Apply(child, "each time step of " + InputSource)));
            if (innerOutput.Shapes.Count != 1)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"needs its inner {innerCall.ClassName} to give one output, but it gives {innerOutput.Shapes.Count}: {LayerOutput.Format(innerOutput.Shapes)}. " +
                    "Give the inner layer one output (e.g. Bidirectional with mergeMode \"concat\").");
            var output = innerOutput.Shape;
            return Shape.Concat(new Shape(output[0], input[1]), output.Slice(1, output.Rank));
        }

        private static T AtEachStep<T>(System.Func<T> apply)
        {
            try
            {
                return apply();
            }
            catch (KerasModelException e)
            {
                throw SourceAdvice.Resolve(e, InputSourceKind.Layer);
            }
        }

        // The inner layer was built by ComputeOutputShape (it runs first); its weights are the wrapper's.
        protected override void Build(Shape input, WeightList weights) => weights.AddRange(inner.Weights);
    }
}
