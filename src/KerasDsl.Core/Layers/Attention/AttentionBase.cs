using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// What keras.layers.Attention and AdditiveAttention share (keras/src/layers/attention/attention.py,
    /// <c>_validate_inputs</c> and <c>compute_output_shape</c>): called on [query, value] or [query, value, key], they give
    /// the query's shape with the value's last dim, <c>(*query[:-1], value[-1])</c>. Keras checks no dims: the shapes
    /// are read as they are, whatever their ranks.
    /// </summary>
    internal abstract class AttentionBase : Layer
    {
        protected AttentionBase(LayerArgs args) : base(args)
        {
        }

        public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(new[] { input })[0];

        public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            RequireQueryAndValue(inputs);
            Shape query = inputs[0], value = inputs[1];
            return new[] { query.Slice(0, query.Rank - 1).Append(value.Last) };
        }

        /// <summary>Keras's "layer accepts inputs list of length 2 or 3, namely [query, value] or [query, value, key]".</summary>
        protected void RequireQueryAndValue(IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count >= 2 && inputs.Count <= 3) return;
            throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                $"takes a list of 2 or 3 inputs, [query, value] or [query, value, key], but {InputSource} gives {inputs.Count}: {LayerOutput.Format(inputs)}. " +
                $"Apply it to two or three tensors, e.g. {ClassName}().Apply(query, value).");
        }
    }
}
