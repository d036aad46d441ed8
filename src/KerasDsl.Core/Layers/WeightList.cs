using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The weights a layer declares in <see cref="Layer.Build(Shape, WeightList)"/>; Keras's add_weight.</summary>
    public sealed class WeightList
    {
        private readonly List<Weight> weights = new List<Weight>();

        public IReadOnlyList<Weight> Items => weights;

        public void Add(string name, bool trainable, params long[] shape) => weights.Add(new Weight(name, shape, trainable));

        public void Add(string name, params long[] shape) => Add(name, true, shape);

        public void AddRange(IEnumerable<Weight> more) => weights.AddRange(more);
    }
}
