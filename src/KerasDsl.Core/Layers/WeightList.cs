using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>The weights a layer declares in <see cref="Layer.Build(Shape, WeightList)"/>; Keras's add_weight.</summary>
    internal sealed class WeightList
    {
        // Most layers declare at most four weights (a kernel and a bias; BatchNormalization's four): they are held in
        // fields, and the one array a build keeps is made at its exact size by ToArray, instead of a List and its
        // growing array for every layer applied.
        private Weight? w0, w1, w2, w3;
        private List<Weight>? more;

        internal int Count { get; private set; }

        public IReadOnlyList<Weight> Items => ToArray(trainable: true);

        internal Weight this[int index] =>
            index == 0 ? w0! : index == 1 ? w1! : index == 2 ? w2! : index == 3 ? w3! : more![index - 4];

        public void Add(string name, bool trainable, params long[] shape) => Add(new Weight(name, shape, trainable));

        public void Add(string name, params long[] shape) => Add(name, true, shape);

        public void AddRange(IEnumerable<Weight> weights)
        {
            foreach (var w in weights) Add(w);
        }

        private void Add(Weight weight)
        {
            switch (Count)
            {
                case 0: w0 = weight; break;
                case 1: w1 = weight; break;
                case 2: w2 = weight; break;
                case 3: w3 = weight; break;
                default: (more ??= new List<Weight>()).Add(weight); break;
            }
            Count++;
        }

        /// <summary>The weights in the order declared; non-trainable views of them when <paramref name="trainable"/> is false.</summary>
        internal Weight[] ToArray(bool trainable)
        {
            if (Count == 0) return System.Array.Empty<Weight>();
            var array = new Weight[Count];
            for (int i = 0; i < array.Length; i++) array[i] = trainable ? this[i] : this[i].AsNonTrainable();
            return array;
        }
    }
}
