using System;

namespace KerasDsl.Core
{
    /// <summary>
    /// A weight a layer creates in build(): its name, shape and whether training updates it.
    /// Parameter counts are sums of weight sizes, as Keras's count_params is; no layer stores a formula.
    /// </summary>
    internal sealed class Weight
    {
        private readonly int hash = Identity.Next();

        /// <summary>Equal only to itself, with a hash taken at construction (see <see cref="Identity"/>).</summary>
        public override int GetHashCode() => hash;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public Weight(string name, long[] shape, bool trainable)
            : this(name, shape, trainable, null)
        {
        }

        private Weight(string name, long[] shape, bool trainable, Weight? origin)
        {
            Origin = origin ?? this;
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

        /// <summary>
        /// The weight this one is a view of (itself unless made by <see cref="AsNonTrainable"/> or <see cref="WithPrefix"/>):
        /// the variable Keras would hold once, so a model's totals count each origin once, as Keras's count_params
        /// counts each variable once however many layers and models reach it.
        /// </summary>
        public Weight Origin { get; }

        public Weight AsNonTrainable() => Trainable ? new Weight(Name, Shape, false, Origin) : this;

        public Weight WithPrefix(string prefix) => new Weight(prefix + Name, Shape, Trainable, Origin);

        public override string ToString() => $"{Name} ({string.Join(", ", Shape)}){(Trainable ? "" : " non-trainable")}";
    }
}
