namespace KerasDsl
{
    /// <summary>
    /// Bidirectional's merge modes, for <c>mergeMode:</c> (keras/src/layers/rnn/bidirectional.py; a string is still accepted).
    /// Null is Keras's None: the two outputs are returned separately.
    /// </summary>
    public static class MergeMode
    {
        /// <summary><c>"concat"</c>: the outputs joined along the last axis (its size doubled).</summary>
        public const string Concat = "concat";

        /// <summary><c>"sum"</c>: the element-wise sum.</summary>
        public const string Sum = "sum";

        /// <summary><c>"mul"</c>: the element-wise product.</summary>
        public const string Mul = "mul";

        /// <summary><c>"ave"</c>: the element-wise mean.</summary>
        public const string Ave = "ave";
    }
}
