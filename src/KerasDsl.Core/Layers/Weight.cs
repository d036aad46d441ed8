using System;

namespace KerasDsl.Core
{
    /// <summary>
    /// A weight a layer creates in build(): its name, shape and whether training updates it.
    /// Parameter counts are sums of weight sizes, as Keras's count_params is; no layer stores a formula.
    /// </summary>
    public sealed class Weight
    {
        public Weight(string name, long[] shape, bool trainable)
        {
            Name = name;
            Shape = shape;
            Trainable = trainable;
            if (!CheckedMath.TryProduct(shape, out long size))
                throw CheckedMath.Overflow("the size of weight '" + name + "' (" + string.Join(" x ", shape) + ")");
            Size = size;
        }

        public string Name { get; }
        public long[] Shape { get; }
        public bool Trainable { get; }
        public long Size { get; }

        public Weight AsNonTrainable() => Trainable ? new Weight(Name, Shape, false) : this;

        public Weight WithPrefix(string prefix) => new Weight(prefix + Name, Shape, Trainable);

        public override string ToString() => $"{Name} ({string.Join(", ", Shape)}){(Trainable ? "" : " non-trainable")}";
    }
}
