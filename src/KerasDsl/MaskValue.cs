using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// A value of the input that a layer masks (Hashing's <c>mask_value</c>): a string (<c>""</c>) for string inputs, an
    /// integer (<c>0</c>) for integer ones. <c>default</c> means "not given" (Keras's None: nothing is masked).
    /// </summary>
    public readonly struct MaskValue
    {
        private readonly string? text;
        private readonly long integer;
        private readonly byte kind;   // 0: not given, 1: a string, 2: an integer

        private MaskValue(string? text, long integer, byte kind)
        {
            this.text = text;
            this.integer = integer;
            this.kind = kind;
        }

        /// <summary>False for <c>default</c>: nothing is masked.</summary>
        public bool IsSpecified => kind != 0;

        /// <summary>A string value, for string inputs (<c>""</c>); null is <c>default</c>, nothing masked.</summary>
        public static implicit operator MaskValue(string? value) => new MaskValue(value, 0, value == null ? (byte)0 : (byte)1);

        /// <summary>An integer value, for integer inputs (<c>0</c>).</summary>
        public static implicit operator MaskValue(long value) => new MaskValue(null, value, 2);

        internal ArgValue ToArg() => kind == 0 ? ArgValue.Null : kind == 1 ? ArgValue.Of(text) : ArgValue.Of(integer);

        /// <summary>The value in Python's spelling, as Keras's messages show it; "None" when not given.</summary>
        public override string ToString() => ToArg().ToString();
    }
}
