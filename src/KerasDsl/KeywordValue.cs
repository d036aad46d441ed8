using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// What <see cref="MergeMode"/> and <see cref="TextSplit"/> hold: Keras's string, a member's record (a null for Keras's
    /// None), nothing (<c>default</c>: the option's default), or a C# null given, refused where the argument is recorded.
    /// The rule the compile-time evaluator relies on: a string converts as written; a null string is refused by
    /// <see cref="KeywordOption.NullRefusal"/>; the static members record <see cref="KeywordOption.Member"/> of their name;
    /// default records <see cref="KeywordOption.Default"/>.
    /// </summary>
    internal readonly struct KeywordValue
    {
        private readonly ArgValue? record;   // null: default, unless nullGiven
        private readonly bool nullGiven;

        private KeywordValue(ArgValue? record, bool nullGiven)
        {
            this.record = record;
            this.nullGiven = nullGiven;
        }

        public static KeywordValue Of(string? keras) => keras == null ? new KeywordValue(null, nullGiven: true) : new KeywordValue(ArgValue.Of(keras), nullGiven: false);

        public static KeywordValue Member(KeywordOption option, string name) => new KeywordValue(option.Member(name), nullGiven: false);

        /// <summary>Core's record: the string, a null for None, the default for <c>default</c>; a null string is refused here.</summary>
        public ArgValue ToArg(KeywordOption option) => nullGiven ? throw option.NullRefusal() : Record(option);

        public bool Equals(KeywordValue other, KeywordOption option) =>
            nullGiven == other.nullGiven && (nullGiven || Equals(Record(option), other.Record(option)));

        public int GetHashCode(KeywordOption option) => nullGiven ? 1 : Record(option).GetHashCode();

        public string ToString(KeywordOption option) => nullGiven ? "null" : Record(option).ToString();

        private ArgValue Record(KeywordOption option) => record ?? option.Default;
    }
}
