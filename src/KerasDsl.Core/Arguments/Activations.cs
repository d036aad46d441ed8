using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// Exactly the activation names Keras 3's <c>activations.get</c> resolves by string
    /// (keras/src/activations/__init__.py: the 30 functions of ALL_OBJECTS by their names, and the aliases
    /// "swish" and "hard_swish" of ALL_OBJECTS_DICT). Names only another writer uses (TensorFlow.js's
    /// "gelu_new") are the JSON reader's to map, not Core's to accept.
    /// </summary>
    internal static class Activations
    {
        public static readonly IReadOnlyList<string> Names = System.Array.AsReadOnly(new[]
        {
            "linear", "relu", "relu6", "sigmoid", "softmax", "softplus", "softsign", "tanh", "selu", "elu",
            "exponential", "hard_sigmoid", "hard_silu", "hard_swish", "gelu", "silu", "swish", "leaky_relu",
            "log_softmax", "mish", "celu", "glu", "log_sigmoid", "sparse_plus", "sparse_sigmoid", "sparsemax",
            "squareplus", "soft_shrink", "hard_shrink", "tanh_shrink", "hard_tanh", "threshold",
        });

        private static readonly HashSet<string> Set = new HashSet<string>(Names);

        public static bool IsKnown(string name) => Set.Contains(name);
    }
}
