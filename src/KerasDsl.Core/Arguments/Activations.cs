using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// Activation names Keras resolves by string (keras/src/activations/__init__.py, ALL_OBJECTS and
    /// its aliases), plus the few TensorFlow.js writes in its JSON ('gelu_new').
    /// </summary>
    public static class Activations
    {
        public static readonly string[] Names =
        {
            "linear", "relu", "relu6", "sigmoid", "softmax", "softplus", "softsign", "tanh", "selu", "elu",
            "exponential", "hard_sigmoid", "hard_silu", "hard_swish", "gelu", "silu", "swish", "leaky_relu",
            "log_softmax", "mish", "celu", "glu", "log_sigmoid", "sparse_plus", "sparse_sigmoid", "sparsemax",
            "squareplus", "soft_shrink", "hard_shrink", "tanh_shrink", "hard_tanh", "threshold", "gelu_new",
        };

        private static readonly HashSet<string> Set = new HashSet<string>(Names);

        public static bool IsKnown(string name) => Set.Contains(name);
    }
}
