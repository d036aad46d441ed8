namespace KerasDsl
{
    /// <summary>
    /// Keras 3's regularizer names, for the <c>*Regularizer:</c> arguments (keras/src/regularizers/__init__.py: each
    /// class by its snake_case name; Keras takes the class names too, "L2"). A name makes the class with its defaults
    /// (L1 and L2: 0.01); for another factor call the factory of <see cref="Keras"/> (<c>L2(1e-4)</c>).
    /// </summary>
    public static class Regularizers
    {
        /// <summary><c>"l1"</c>.</summary>
        public const string L1 = "l1";

        /// <summary><c>"l2"</c>.</summary>
        public const string L2 = "l2";

        /// <summary><c>"l1l2"</c>.</summary>
        public const string L1L2 = "l1l2";

        /// <summary><c>"orthogonal_regularizer"</c>.</summary>
        public const string OrthogonalRegularizer = "orthogonal_regularizer";
    }
}
