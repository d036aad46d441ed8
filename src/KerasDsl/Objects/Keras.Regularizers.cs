using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.regularizers (keras/src/regularizers): one factory per class, named as the class, its parameters named as
    // the constructor's arguments (the rule of Regularizer). Core checks them as the constructors do.
    public static partial class Keras
    {
        /// <summary>keras.regularizers.L1: a penalty of l1 · sum(|w|).</summary>
        /// <param name="l1">The factor, a finite number of 0 or more.</param>
        public static Regularizer L1(double l1 = 0.01) => Regularizer.Object("L1", A("l1", l1));

        /// <summary>keras.regularizers.L2: a penalty of l2 · sum(w²), e.g. <c>kernelRegularizer: L2(1e-4)</c>.</summary>
        /// <param name="l2">The factor, a finite number of 0 or more.</param>
        public static Regularizer L2(double l2 = 0.01) => Regularizer.Object("L2", A("l2", l2));

        /// <summary>keras.regularizers.L1L2: both penalties (each 0 unless given).</summary>
        /// <param name="l1">The L1 factor, a finite number of 0 or more.</param>
        /// <param name="l2">The L2 factor, a finite number of 0 or more.</param>
        public static Regularizer L1L2(double l1 = 0.0, double l2 = 0.0) => Regularizer.Object("L1L2", A("l1", l1), A("l2", l2));

        /// <summary>keras.regularizers.OrthogonalRegularizer: a penalty on the dot products of the weights' rows (or columns).</summary>
        /// <param name="factor">The factor, a finite number of 0 or more.</param>
        /// <param name="mode">"rows" or "columns".</param>
        public static Regularizer OrthogonalRegularizer(double factor = 0.01, string mode = "rows") =>
            Regularizer.Object("OrthogonalRegularizer", A("factor", factor), A("mode", mode));
    }
}
