using System;
using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// TextVectorization's <c>split</c> (keras/src/layers/preprocessing/text_vectorization.py): <see cref="Whitespace"/>
    /// (Keras's default), <see cref="Character"/>, or <see cref="None"/> for Keras's <c>split=None</c>, strings not split,
    /// which changes the output's shape. Keras's strings still convert (<c>split: "character"</c>); a null is refused, since
    /// C#'s null means "not given" and Keras's None means "no splitting".
    /// </summary>
    public readonly struct TextSplit : IEquatable<TextSplit>
    {
        // The rule the compile-time evaluator relies on is KeywordValue's, over KeywordOption.TextSplit.
        private readonly KeywordValue value;

        private TextSplit(KeywordValue value) => this.value = value;

        /// <summary><c>"whitespace"</c>: split on whitespace, Keras's default.</summary>
        public static TextSplit Whitespace { get; } = Member(nameof(Whitespace));

        /// <summary><c>"character"</c>: split into characters.</summary>
        public static TextSplit Character { get; } = Member(nameof(Character));

        /// <summary>Keras's <c>split=None</c>: strings not split (their tokens given already); the input keeps its shape.</summary>
        public static TextSplit None { get; } = Member(nameof(None));

        /// <summary>Keras's name of a split mode (<c>"whitespace"</c>, <c>"character"</c>); a null string is refused where it is used.</summary>
        public static implicit operator TextSplit(string? split) => new TextSplit(KeywordValue.Of(split));

        private static TextSplit Member(string name) => new TextSplit(KeywordValue.Member(KeywordOption.TextSplit, name));

        internal ArgValue ToArg() => value.ToArg(KeywordOption.TextSplit);

        /// <summary>Equal when both are the same mode (or both a refused null).</summary>
        public bool Equals(TextSplit other) => value.Equals(other.value, KeywordOption.TextSplit);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is TextSplit other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => value.GetHashCode(KeywordOption.TextSplit);

        /// <summary>Keras's spelling: <c>'whitespace'</c>, <c>'character'</c> or <c>None</c>.</summary>
        public override string ToString() => value.ToString(KeywordOption.TextSplit);

        /// <summary>Equality by value.</summary>
        public static bool operator ==(TextSplit left, TextSplit right) => left.Equals(right);

        /// <summary>Inequality by value.</summary>
        public static bool operator !=(TextSplit left, TextSplit right) => !left.Equals(right);
    }
}
