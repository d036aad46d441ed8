namespace KerasDsl
{
    /// <summary>
    /// Keras 3's constraint names, for the <c>*Constraint:</c> arguments (keras/src/constraints/__init__.py: each class
    /// by its snake_case name; Keras takes the class names too, "MaxNorm"). For other arguments call the factory of
    /// <see cref="Keras"/> (<c>MaxNorm(3)</c>).
    /// </summary>
    public static class Constraints
    {
        /// <summary><c>"max_norm"</c>.</summary>
        public const string MaxNorm = "max_norm";

        /// <summary><c>"min_max_norm"</c>.</summary>
        public const string MinMaxNorm = "min_max_norm";

        /// <summary><c>"non_neg"</c>.</summary>
        public const string NonNeg = "non_neg";

        /// <summary><c>"unit_norm"</c>.</summary>
        public const string UnitNorm = "unit_norm";
    }
}
