using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Lambda (keras/src/layers/core/lambda_layer.py): a function applied to the input, no weights. Its
    /// <c>compute_output_shape</c> prepends the input's batch dim to <c>output_shape</c> (the shape without the batch
    /// dim) when it is given. Without it, Keras infers the shape by running the Python function on a symbolic tensor;
    /// KerasDsl cannot run that function, so it refuses the layer once its shape is needed (KD0002 on outputShape),
    /// rather than guess. <c>function</c>, <c>mask</c> and <c>arguments</c> change no shape and are not read.
    /// </summary>
    internal sealed class Lambda : Layer
    {
        public static readonly LayerType Type = new LayerType("Lambda", a => new Lambda(a));

        private readonly long?[]? outputShape;

        private Lambda(LayerArgs args) : base(args)
        {
            outputShape = args.PartialShape("outputShape");
        }

        public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(new[] { input })[0];

        /// <summary>Keras applies a Lambda to one tensor or a list of them; the batch dim is the first input's.</summary>
        public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count == 0) return base.ComputeOutputShapes(inputs);
            if (outputShape == null)
                throw Args.Invalid("outputShape", "the output shape without the batch dim (Keras infers it by running the function, which KerasDsl cannot run)",
                    "nothing", "pass outputShape:, e.g. the input's shape without the batch dim for an element-wise function");
            var dims = new long?[outputShape.Length + 1];
            dims[0] = inputs[0][0];
            outputShape.CopyTo(dims, 1);
            return new[] { new Shape(dims) };
        }
    }
}
