using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace KerasDsl.Core
{
    /// <summary>
    /// An EinsumDense equation as Keras 3.15 reads it (keras/src/layers/core/einsum_dense.py, <c>_analyze_einsum_string</c>
    /// and <c>_analyze_split_string</c>), ported step by step, Keras's quirks included: "..." is replaced by "0" and the
    /// text must begin with one of <c>X,Y-&gt;Z</c>, <c>...X,Y-&gt;...Z</c> or <c>X...,Y-&gt;Z...</c> (X of two letters
    /// or more there), each part ASCII letters (Python's <c>re.match</c>: what follows the match is ignored). A letter
    /// that appears twice in a part maps to its last position (Python's dict comprehension).
    /// </summary>
    internal sealed class EinsumEquation
    {
        private static readonly Regex Plain = new Regex("^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)", RegexOptions.CultureInvariant);
        private static readonly Regex LeftElided = new Regex("^0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)", RegexOptions.CultureInvariant);
        private static readonly Regex RightElided = new Regex("^([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0", RegexOptions.CultureInvariant);

        /// <summary>Keras's words for an equation of none of the three forms.</summary>
        public const string Forms = "[X],[Y]->[Z], ...[X],[Y]->...[Z], or [X]...,[Y]->[Z]...";

        private EinsumEquation(Match match, bool leftElided)
        {
            InputSpec = match.Groups[1].Value;
            WeightSpec = match.Groups[2].Value;
            OutputSpec = match.Groups[3].Value;
            IsLeftElided = leftElided;
        }

        public string InputSpec { get; }
        public string WeightSpec { get; }
        public string OutputSpec { get; }

        /// <summary>True for <c>...X,Y-&gt;...Z</c>: the dims the input has beyond X are its leading ones.</summary>
        public bool IsLeftElided { get; }

        /// <summary>The equation's parts, or null when it has none of Keras's three forms.</summary>
        public static EinsumEquation? Parse(string equation)
        {
            string text = equation.Replace("...", "0");
            var match = Plain.Match(text);
            if (match.Success) return new EinsumEquation(match, leftElided: false);
            match = LeftElided.Match(text);
            if (match.Success) return new EinsumEquation(match, leftElided: true);
            match = RightElided.Match(text);
            if (match.Success) return new EinsumEquation(match, leftElided: false);
            return null;
        }

        /// <summary>
        /// What Keras refuses in the equation and bias axes whatever the input (a dim of the output or of the weight
        /// that nothing defines; a bias axis not in the output; an empty bias_axes, for which Keras's <c>min()</c> of
        /// no positions fails), in Keras's words; null when there is nothing.
        /// </summary>
        public string? SpecProblem(string? biasAxes)
        {
            foreach (char dim in OutputSpec)
                if (InputSpec.IndexOf(dim) < 0 && WeightSpec.IndexOf(dim) < 0)
                    return $"dimension '{dim}' is in the output '{OutputSpec}' but in neither the input '{InputSpec}' nor the weight '{WeightSpec}'";
            foreach (char dim in WeightSpec)
                if (InputSpec.IndexOf(dim) < 0 && OutputSpec.IndexOf(dim) < 0)
                    return $"weight dimension '{dim}' is in neither the input '{InputSpec}' nor the output '{OutputSpec}' (the weight must be fully specified)";
            if (biasAxes == null) return null;
            if (biasAxes.Length == 0) return "bias axes '' name no output dimension";
            foreach (char dim in biasAxes)
                if (OutputSpec.IndexOf(dim) < 0)
                    return $"bias dimension '{dim}' is not part of the output '{OutputSpec}'";
            return null;
        }

        /// <summary>
        /// The kernel's and bias's shapes and the full output shape for an input (batch dim included) and the partial
        /// output shape given (no batch dim), as <c>_analyze_split_string</c> computes them. A dim Keras cannot find
        /// (an input of lower rank than the equation's input, an output shape too short for it) or a shared dim whose
        /// given output size is not the input's is reported in <see cref="EinsumShapes.Failure"/>.
        /// </summary>
        public EinsumShapes Analyze(IReadOnlyList<long?> input, IReadOnlyList<long?> partialOutput, string? biasAxes)
        {
            int rank = input.Count;
            int elided = rank - InputSpec.Length;
            if (elided < 0) return EinsumShapes.Failed(EinsumShapes.Problem.InputRank, $"the input '{InputSpec}' names {InputSpec.Length} dims");

            var output = new List<long?>(partialOutput.Count + rank);
            output.AddRange(partialOutput);
            output.Insert(0, input[0]);
            if (elided > 0 && IsLeftElided)
            {
                // Keras inserts each at position 1, so that the leading input dims come out in reverse order.
                for (int i = 1; i < elided; i++) output.Insert(1, input[i]);
            }
            else if (elided > 0)
            {
                for (int i = rank - elided; i < rank; i++) output.Add(input[i]);
            }

            int shift = IsLeftElided ? elided : 0;
            foreach (char dim in InputSpec)
            {
                long? inputAt = input[InputSpec.LastIndexOf(dim) + shift];
                if (OutputSpec.IndexOf(dim) < 0) continue;
                int at = OutputSpec.LastIndexOf(dim) + shift;
                if (at >= output.Count) return TooShort(output);
                long? outputAt = output[at];
                if (outputAt != null && outputAt != inputAt)
                    return EinsumShapes.Failed(EinsumShapes.Problem.SharedDim,
                        $"input and output do not match at the shared dimension '{dim}': the input has {Dim(inputAt)}, the output shape {Dim(outputAt)}");
            }

            var kernel = new long?[WeightSpec.Length];
            for (int i = 0; i < kernel.Length; i++)
            {
                // Keras 3.15 takes a weight dim from the output shape first (3.x before it took the input's), so that
                // a null given there for a dim shared with the input leaves the kernel's size unknown.
                char dim = WeightSpec[i];
                if (OutputSpec.IndexOf(dim) >= 0)
                {
                    int at = OutputSpec.LastIndexOf(dim) + shift;
                    if (at >= output.Count) return TooShort(output);
                    kernel[i] = output[at];
                }
                else kernel[i] = input[InputSpec.LastIndexOf(dim) + shift];
            }

            long?[]? bias = null;
            if (biasAxes != null)
            {
                if (OutputSpec.Length - 1 + shift >= output.Count) return TooShort(output);
                int first = OutputSpec.Length;
                foreach (char dim in biasAxes) first = System.Math.Min(first, OutputSpec.IndexOf(dim));
                var shape = new List<long?>();
                for (int i = first; i < OutputSpec.Length; i++)
                    shape.Add(biasAxes.IndexOf(OutputSpec[i]) >= 0 ? output[OutputSpec.LastIndexOf(OutputSpec[i]) + shift] : 1);
                if (!IsLeftElided) for (int i = 0; i < elided; i++) shape.Add(1);
                bias = shape.ToArray();
            }
            return new EinsumShapes(kernel, bias, output.ToArray());
        }

        private EinsumShapes TooShort(List<long?> output) =>
            EinsumShapes.Failed(EinsumShapes.Problem.OutputShapeLength,
                $"the output '{OutputSpec}' needs more dims than the output shape gives ({output.Count} with the batch dim and the elided ones)");

        private static string Dim(long? d) => d?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None";
    }
}
