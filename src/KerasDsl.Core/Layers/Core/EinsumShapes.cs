namespace KerasDsl.Core
{
    /// <summary>
    /// The shapes an EinsumDense equation gives (<see cref="EinsumEquation.Analyze"/>): kernel, bias (null without bias
    /// axes) and output, batch dim first; or what Keras could not find or match (an IndexError or a ValueError there).
    /// </summary>
    internal readonly struct EinsumShapes
    {
        /// <summary>Why the shapes could not be computed.</summary>
        public enum Problem
        {
            None,
            /// <summary>The input has fewer dims than the equation's input part names.</summary>
            InputRank,
            /// <summary>The output shape (with the batch dim and any elided dims) is too short for the output part.</summary>
            OutputShapeLength,
            /// <summary>A dim of both input and output has a given output size other than the input's.</summary>
            SharedDim,
        }

        public EinsumShapes(long?[] kernel, long?[]? bias, long?[] output)
        {
            Kernel = kernel;
            Bias = bias;
            Output = output;
            Failure = Problem.None;
            Detail = "";
        }

        private EinsumShapes(Problem failure, string detail)
        {
            Kernel = System.Array.Empty<long?>();
            Bias = null;
            Output = System.Array.Empty<long?>();
            Failure = failure;
            Detail = detail;
        }

        public static EinsumShapes Failed(Problem failure, string detail) => new EinsumShapes(failure, detail);

        public long?[] Kernel { get; }
        public long?[]? Bias { get; }
        public long?[] Output { get; }

        /// <summary><see cref="Problem.None"/> when the shapes were computed; otherwise why not, with <see cref="Detail"/>.</summary>
        public Problem Failure { get; }

        /// <summary>What went wrong, in words that follow "because" in a refusal.</summary>
        public string Detail { get; }
    }
}
