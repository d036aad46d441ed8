using System;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// Bidirectional's <c>mergeMode</c> (keras/src/layers/rnn/bidirectional.py <c>merge_mode</c>): how the forward and backward
    /// outputs become the layer's output. <see cref="Concat"/> (Keras's default, and <c>default</c> here), <see cref="Sum"/>,
    /// <see cref="Mul"/>, <see cref="Ave"/>, or <see cref="None"/>, Keras's <c>merge_mode=None</c>: no merge, the two outputs
    /// apart. Keras's strings convert implicitly (<c>mergeMode: "sum"</c>) and are checked as Keras checks them (KD0003).
    /// <para>
    /// A null (<c>mergeMode: null</c>) is refused (KD0003): Keras's None means two outputs, C#'s null means "not given", and
    /// the two would give models of different shapes and counts. Write <see cref="None"/> for the two outputs, or leave
    /// <c>mergeMode</c> out for <see cref="Concat"/>.
    /// </para>
    /// </summary>
    public readonly struct MergeMode : IEquatable<MergeMode>
    {
        // The rule the compile-time evaluator relies on is KeywordValue's, over KeywordOption.MergeMode.
        private readonly KeywordValue value;

        private MergeMode(KeywordValue value) => this.value = value;

        /// <summary><c>"concat"</c>: the outputs joined along the last axis (its size doubled). Keras's default.</summary>
        public static MergeMode Concat { get; } = Member(nameof(Concat));

        /// <summary><c>"sum"</c>: the element-wise sum.</summary>
        public static MergeMode Sum { get; } = Member(nameof(Sum));

        /// <summary><c>"mul"</c>: the element-wise product.</summary>
        public static MergeMode Mul { get; } = Member(nameof(Mul));

        /// <summary><c>"ave"</c>: the element-wise mean.</summary>
        public static MergeMode Ave { get; } = Member(nameof(Ave));

        /// <summary>
        /// Keras's <c>merge_mode=None</c>: no merge; the layer gives the forward and backward outputs apart, two tensors
        /// (<c>t[0]</c>, <c>t[1]</c> in the functional API; two shapes in the summary), then the states with <c>returnState</c>.
        /// </summary>
        public static MergeMode None { get; } = Member(nameof(None));

        /// <summary>
        /// Keras's string: <c>"concat"</c>, <c>"sum"</c>, <c>"mul"</c> or <c>"ave"</c> (case matters, as in Keras); any other is
        /// refused where the layer is made (KD0003). A null is refused too (see <see cref="MergeMode"/>).
        /// </summary>
        public static implicit operator MergeMode(string? mode) => new MergeMode(KeywordValue.Of(mode));

        private static MergeMode Member(string name) => new MergeMode(KeywordValue.Member(KeywordOption.MergeMode, name));

        /// <summary>Core's record: the string, a null for <see cref="None"/>; a null string is refused here, where its layer is made.</summary>
        internal ArgValue ToArg() => value.ToArg(KeywordOption.MergeMode);

        /// <summary>Equal when both record the same mode (<c>default</c> equals <see cref="Concat"/>).</summary>
        public bool Equals(MergeMode other) => value.Equals(other.value, KeywordOption.MergeMode);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is MergeMode other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => value.GetHashCode(KeywordOption.MergeMode);

        /// <summary>Keras's spelling: <c>'concat'</c>, ..., <c>None</c>; <c>null</c> for a refused null.</summary>
        public override string ToString() => value.ToString(KeywordOption.MergeMode);

        /// <summary>Equality by mode.</summary>
        public static bool operator ==(MergeMode left, MergeMode right) => left.Equals(right);

        /// <summary>Inequality by mode.</summary>
        public static bool operator !=(MergeMode left, MergeMode right) => !left.Equals(right);
    }
}
