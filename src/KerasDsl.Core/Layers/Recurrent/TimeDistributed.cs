namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.TimeDistributed (keras/src/layers/rnn/time_distributed.py): applies a layer to
    /// every slice along axis 1 of a (batch, time, ...) input. The inner layer sees (batch, ...),
    /// axis 1 dropped; the output is its output with the time axis put back. Weights: the inner
    /// layer's, shared by all time steps.
    /// </summary>
    public sealed class TimeDistributed : Wrapper
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
            RequireMinRank(input, 3, "(batch, time, ...)",
                "add returnSequences: true to the previous recurrent layer, or give the model a time axis (input: (time, ...) on the first layer)");
            var child = Shape.Concat(new Shape(input[0]), input.Slice(2, input.Rank));
            var innerOutput = Inner(innerCall, () => inner.Apply(child, "each time step of " + InputSource));
            if (innerOutput.Shapes.Count != 1)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                    $"needs its inner {innerCall.ClassName} to give one output, but it gives {innerOutput.Shapes.Count}: {LayerOutput.Format(innerOutput.Shapes)}. " +
                    "Give the inner layer one output (e.g. Bidirectional with mergeMode \"concat\").");
            var output = innerOutput.Shape;
            return Shape.Concat(new Shape(output[0], input[1]), output.Slice(1, output.Rank));
        }

        // The inner layer was built by ComputeOutputShape (it runs first); its weights are the wrapper's.
        protected override void Build(Shape input, WeightList weights) => weights.AddRange(inner.Weights);
    }
}
