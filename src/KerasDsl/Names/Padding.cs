namespace KerasDsl
{
    /// <summary>
    /// Keras's padding modes, for <c>padding:</c> of convolution and pooling layers (a string is still accepted:
    /// <c>padding: Padding.Same</c> is <c>padding: "same"</c>). "causal" is Conv1D's only.
    /// </summary>
    public static class Padding
    {
        /// <summary><c>"valid"</c>: no padding; the output shrinks.</summary>
        public const string Valid = "valid";

        /// <summary><c>"same"</c>: padded so that stride 1 keeps the size.</summary>
        public const string Same = "same";

        /// <summary><c>"causal"</c>: padded at the start only (Conv1D).</summary>
        public const string Causal = "causal";
    }
}
