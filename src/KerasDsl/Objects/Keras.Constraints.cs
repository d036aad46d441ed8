using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.constraints (keras/src/constraints): one factory per class, named as the class, its parameters named as
    // the constructor's arguments (the rule of Constraint). Core checks them as the constructors do.
    public static partial class Keras
    {
        /// <summary>keras.constraints.MaxNorm: the norm along <paramref name="axis"/> at most <paramref name="maxValue"/>, e.g. <c>kernelConstraint: MaxNorm(3)</c>.</summary>
        /// <param name="maxValue">The largest norm.</param>
        /// <param name="axis">The axis or axes the norms are taken along; <c>default</c> is Keras's 0.</param>
        public static Constraint MaxNorm(double maxValue = 2, Size axis = default) =>
            Constraint.Object("MaxNorm", A("maxValue", maxValue), A("axis", axis));

        /// <summary>keras.constraints.MinMaxNorm: the norm along <paramref name="axis"/> moved into [minValue, maxValue] at <paramref name="rate"/>.</summary>
        /// <param name="minValue">The smallest norm.</param>
        /// <param name="maxValue">The largest norm.</param>
        /// <param name="rate">How far to move the norm each step (1.0: all the way).</param>
        /// <param name="axis">The axis or axes the norms are taken along; <c>default</c> is Keras's 0.</param>
        public static Constraint MinMaxNorm(double minValue = 0.0, double maxValue = 1.0, double rate = 1.0, Size axis = default) =>
            Constraint.Object("MinMaxNorm", A("minValue", minValue), A("maxValue", maxValue), A("rate", rate), A("axis", axis));

        /// <summary>keras.constraints.NonNeg: no negative weights.</summary>
        public static Constraint NonNeg() => Constraint.Object("NonNeg");

        /// <summary>keras.constraints.UnitNorm: a norm of 1 along <paramref name="axis"/>.</summary>
        /// <param name="axis">The axis or axes the norms are taken along; <c>default</c> is Keras's 0.</param>
        public static Constraint UnitNorm(Size axis = default) => Constraint.Object("UnitNorm", A("axis", axis));
    }
}
