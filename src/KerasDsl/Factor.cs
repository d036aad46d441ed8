using KerasDsl.Core;

namespace KerasDsl
{
    /// <summary>
    /// The <c>factor</c> of an augmentation layer, as Keras takes it: one number (<c>0.1</c>, the range -0.1 to 0.1, or 0
    /// to 0.1 for RandomContrast, whose factors start at 0) or a pair (lower, upper), <c>(-0.2, 0.3)</c>. <c>default</c>
    /// means "not given".
    /// </summary>
    public readonly struct Factor
    {
        private readonly double lower;
        private readonly double upper;
        private readonly byte kind;   // 0: not given, 1: one number, 2: a pair

        private Factor(double lower, double upper, byte kind)
        {
            this.lower = lower;
            this.upper = upper;
            this.kind = kind;
        }

        /// <summary>False for <c>default</c>: not given.</summary>
        public bool IsSpecified => kind != 0;

        /// <summary>One number: the range -value to value (0 to value for RandomContrast).</summary>
        public static implicit operator Factor(double value) => new Factor(value, value, 1);

        /// <summary>The range from Lower to Upper.</summary>
        public static implicit operator Factor((double Lower, double Upper) range) => new Factor(range.Lower, range.Upper, 2);

        internal ArgValue ToArg() =>
            kind == 0 ? ArgValue.Null : kind == 1 ? ArgValue.Of(lower) : ArgValue.Tuple(ArgValue.Of(lower), ArgValue.Of(upper));

        /// <summary>The value in Python's spelling, as Keras's messages show it: <c>0.1</c>, <c>(-0.2, 0.3)</c>; "None" when not given.</summary>
        public override string ToString() => ToArg().ToString();
    }
}
