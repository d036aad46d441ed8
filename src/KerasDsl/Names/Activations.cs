namespace KerasDsl
{
    /// <summary>
    /// Keras 3's activation names, for <c>activation:</c> and the Activation layer (keras/src/activations/__init__.py:
    /// ALL_OBJECTS by function name, and the aliases swish and hard_swish). A string is still accepted:
    /// <c>activation: Activations.Relu</c> is <c>activation: "relu"</c>.
    /// </summary>
    public static class Activations
    {
        /// <summary><c>"linear"</c>: the identity, what null means.</summary>
        public const string Linear = "linear";

        /// <summary><c>"relu"</c>.</summary>
        public const string Relu = "relu";

        /// <summary><c>"relu6"</c>.</summary>
        public const string Relu6 = "relu6";

        /// <summary><c>"sigmoid"</c>.</summary>
        public const string Sigmoid = "sigmoid";

        /// <summary><c>"softmax"</c>.</summary>
        public const string Softmax = "softmax";

        /// <summary><c>"softplus"</c>.</summary>
        public const string Softplus = "softplus";

        /// <summary><c>"softsign"</c>.</summary>
        public const string Softsign = "softsign";

        /// <summary><c>"tanh"</c>.</summary>
        public const string Tanh = "tanh";

        /// <summary><c>"selu"</c>.</summary>
        public const string Selu = "selu";

        /// <summary><c>"elu"</c>.</summary>
        public const string Elu = "elu";

        /// <summary><c>"exponential"</c>.</summary>
        public const string Exponential = "exponential";

        /// <summary><c>"hard_sigmoid"</c>.</summary>
        public const string HardSigmoid = "hard_sigmoid";

        /// <summary><c>"hard_silu"</c>.</summary>
        public const string HardSilu = "hard_silu";

        /// <summary><c>"hard_swish"</c>, Keras's alias of hard_silu.</summary>
        public const string HardSwish = "hard_swish";

        /// <summary><c>"gelu"</c>.</summary>
        public const string Gelu = "gelu";

        /// <summary><c>"silu"</c>.</summary>
        public const string Silu = "silu";

        /// <summary><c>"swish"</c>, Keras's alias of silu.</summary>
        public const string Swish = "swish";

        /// <summary><c>"leaky_relu"</c>.</summary>
        public const string LeakyRelu = "leaky_relu";

        /// <summary><c>"log_softmax"</c>.</summary>
        public const string LogSoftmax = "log_softmax";

        /// <summary><c>"mish"</c>.</summary>
        public const string Mish = "mish";

        /// <summary><c>"celu"</c>.</summary>
        public const string Celu = "celu";

        /// <summary><c>"glu"</c>.</summary>
        public const string Glu = "glu";

        /// <summary><c>"log_sigmoid"</c>.</summary>
        public const string LogSigmoid = "log_sigmoid";

        /// <summary><c>"sparse_plus"</c>.</summary>
        public const string SparsePlus = "sparse_plus";

        /// <summary><c>"sparse_sigmoid"</c>.</summary>
        public const string SparseSigmoid = "sparse_sigmoid";

        /// <summary><c>"sparsemax"</c>.</summary>
        public const string Sparsemax = "sparsemax";

        /// <summary><c>"squareplus"</c>.</summary>
        public const string Squareplus = "squareplus";

        /// <summary><c>"soft_shrink"</c>.</summary>
        public const string SoftShrink = "soft_shrink";

        /// <summary><c>"hard_shrink"</c>.</summary>
        public const string HardShrink = "hard_shrink";

        /// <summary><c>"tanh_shrink"</c>.</summary>
        public const string TanhShrink = "tanh_shrink";

        /// <summary><c>"hard_tanh"</c>.</summary>
        public const string HardTanh = "hard_tanh";

        /// <summary><c>"threshold"</c>.</summary>
        public const string Threshold = "threshold";
    }
}
