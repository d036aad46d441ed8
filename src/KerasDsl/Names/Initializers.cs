namespace KerasDsl
{
    /// <summary>
    /// Keras 3's initializer names, for the <c>*Initializer:</c> arguments (keras/src/initializers/__init__.py:
    /// each class by its snake_case name, and the aliases normal, uniform, one and zero). Keras takes the class names
    /// too ("HeNormal"), case-sensitively; a string is still accepted. A name makes the class with its defaults; for
    /// other arguments call the factory of <see cref="Keras"/> (<c>HeNormal(seed: 1)</c>).
    /// </summary>
    public static class Initializers
    {
        /// <summary><c>"constant"</c>.</summary>
        public const string Constant = "constant";

        /// <summary><c>"identity"</c>.</summary>
        public const string Identity = "identity";

        /// <summary><c>"ones"</c>.</summary>
        public const string Ones = "ones";

        /// <summary><c>"stft"</c>.</summary>
        public const string STFT = "stft";

        /// <summary><c>"zeros"</c>: Keras's usual bias initializer.</summary>
        public const string Zeros = "zeros";

        /// <summary><c>"glorot_normal"</c>.</summary>
        public const string GlorotNormal = "glorot_normal";

        /// <summary><c>"glorot_uniform"</c>: Keras's usual kernel initializer.</summary>
        public const string GlorotUniform = "glorot_uniform";

        /// <summary><c>"he_normal"</c>.</summary>
        public const string HeNormal = "he_normal";

        /// <summary><c>"he_uniform"</c>.</summary>
        public const string HeUniform = "he_uniform";

        /// <summary><c>"lecun_normal"</c>.</summary>
        public const string LecunNormal = "lecun_normal";

        /// <summary><c>"lecun_uniform"</c>.</summary>
        public const string LecunUniform = "lecun_uniform";

        /// <summary><c>"orthogonal"</c>: Keras's recurrent kernel initializer.</summary>
        public const string Orthogonal = "orthogonal";

        /// <summary><c>"random_normal"</c>.</summary>
        public const string RandomNormal = "random_normal";

        /// <summary><c>"random_uniform"</c>.</summary>
        public const string RandomUniform = "random_uniform";

        /// <summary><c>"truncated_normal"</c>.</summary>
        public const string TruncatedNormal = "truncated_normal";

        /// <summary><c>"variance_scaling"</c>.</summary>
        public const string VarianceScaling = "variance_scaling";

        /// <summary><c>"normal"</c>, Keras's alias of random_normal.</summary>
        public const string Normal = "normal";

        /// <summary><c>"uniform"</c>, Keras's alias of random_uniform.</summary>
        public const string Uniform = "uniform";

        /// <summary><c>"one"</c>, Keras's alias of ones.</summary>
        public const string One = "one";

        /// <summary><c>"zero"</c>, Keras's alias of zeros.</summary>
        public const string Zero = "zero";
    }
}
