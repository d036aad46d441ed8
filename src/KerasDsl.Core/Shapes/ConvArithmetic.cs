namespace KerasDsl.Core
{
    /// <summary>
    /// The one place for the output length of a convolution, a transposed convolution and a
    /// pooling window along one spatial axis, transcribed from Keras 3:
    /// <c>compute_conv_output_shape</c> and <c>compute_pooling_output_shape</c>
    /// (keras/src/ops/operation_utils.py) and <c>_get_output_shape_given_tf_padding</c>
    /// (keras/src/backend/common/backend_utils.py). An unknown input length (null) gives an
    /// unknown output length, as Keras's none_dims do. Results may be zero or negative: the
    /// caller decides (a zero is accepted with a warning, a negative is KD0004).
    /// Padding names are lowercase ('valid', 'same', 'causal'), checked by the caller.
    /// </summary>
    internal static class ConvArithmetic
    {
        /// <summary>The span of a dilated kernel: <c>dilation * (kernel - 1) + 1</c>.</summary>
        public static long DilatedKernel(long kernel, long dilation) =>
            CheckedMath.Add(CheckedMath.Multiply(dilation, kernel - 1, "the dilated kernel size"), 1, "the dilated kernel size");

        /// <summary>
        /// A convolution's output length: 'valid' is <c>floor((n - dilated_kernel) / stride) + 1</c>,
        /// 'same' and 'causal' are <c>floor((n - 1) / stride) + 1</c>.
        /// </summary>
        public static long? ConvLength(long? input, long kernel, long stride, string padding, long dilation = 1)
        {
            if (input == null) return null;
            long n = input.Value;
            if (padding == "valid") return FloorDiv(n - DilatedKernel(kernel, dilation), stride) + 1;
            return FloorDiv(n - 1, stride) + 1;
        }

        /// <summary>
        /// A transposed convolution's output length. 'valid': <c>(n - 1) * stride + dilated_kernel + output_padding</c>,
        /// with output_padding defaulting to <c>max(dilated_kernel, stride) - dilated_kernel</c>.
        /// 'same': <c>n * stride</c> without output_padding, else <c>(n - 1) * stride + dilated_kernel % 2 + output_padding</c>.
        /// </summary>
        public static long? TransposeLength(long? input, long kernel, long stride, string padding, long? outputPadding, long dilation = 1)
        {
            if (input == null) return null;
            long n = input.Value;
            long k = DilatedKernel(kernel, dilation);
            const string what = "the transposed convolution's output size";
            if (padding == "valid")
            {
                long pad = outputPadding ?? (k > stride ? k : stride) - k;
                return CheckedMath.Add(CheckedMath.Add(CheckedMath.Multiply(n - 1, stride, what), k, what), pad, what);
            }
            if (outputPadding == null) return CheckedMath.Multiply(n, stride, what);
            return CheckedMath.Add(CheckedMath.Multiply(n - 1, stride, what), k % 2 + outputPadding.Value, what);
        }

        /// <summary>
        /// A pooling window's output length: 'valid' is <c>floor((n - pool) / stride) + 1</c>,
        /// 'same' is <c>floor((n - 1) / stride) + 1</c>.
        /// </summary>
        public static long? PoolLength(long? input, long pool, long stride, string padding)
        {
            if (input == null) return null;
            long n = input.Value;
            if (padding == "valid") return FloorDiv(n - pool, stride) + 1;
            return FloorDiv(n - 1, stride) + 1;
        }

        /// <summary>Python's <c>//</c> (numpy's floor of a division): rounds toward minus infinity.</summary>
        public static long FloorDiv(long a, long b)
        {
            long q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
            return q;
        }
    }
}
