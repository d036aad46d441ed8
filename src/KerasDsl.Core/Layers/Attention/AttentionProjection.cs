using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// One of MultiHeadAttention's EinsumDense sublayers (query, key, value, attention_output), as its <c>build</c> makes
    /// them (keras/src/layers/attention/multi_head_attention.py, <c>_build_proj_equation</c> and <c>_get_output_shape</c>):
    /// an equation of <c>freeDims</c> dims carried over, <c>boundDims</c> contracted with the kernel and
    /// <c>outputDims</c> made by it, a bias over the made dims. Its shapes come from <see cref="EinsumEquation"/>, the
    /// analysis EinsumDense itself uses.
    /// </summary>
    internal sealed class AttentionProjection
    {
        /// <summary>Keras names the einsum axes with <c>string.ascii_lowercase[i]</c>: 26 at most.</summary>
        public const int Letters = 26;

        private AttentionProjection(string name, EinsumEquation equation, string biasAxes, int outputRank)
        {
            Name = name;
            Equation = equation;
            BiasAxes = biasAxes;
            OutputRank = outputRank;
        }

        /// <summary>The sublayer's name, the prefix of its weights' names.</summary>
        public string Name { get; }

        public EinsumEquation Equation { get; }

        /// <summary>The letters of the made dims (Keras passes them as bias_axes when use_bias).</summary>
        public string BiasAxes { get; }

        /// <summary>The rank of the projection's output, batch dim included.</summary>
        public int OutputRank { get; }

        /// <summary>
        /// Keras's <c>_build_proj_equation(free_dims, bound_dims, output_dims)</c>; null when it needs more than the
        /// alphabet's 26 letters (Keras's IndexError).
        /// </summary>
        public static AttentionProjection? Build(string name, int freeDims, int boundDims, int outputDims)
        {
            if (freeDims + boundDims + outputDims > Letters) return null;
            string Letter(int i) => ((char)('a' + i)).ToString();
            string free = string.Concat(Enumerable.Range(0, freeDims).Select(Letter));
            string bound = string.Concat(Enumerable.Range(freeDims, boundDims).Select(Letter));
            string made = string.Concat(Enumerable.Range(freeDims + boundDims, outputDims).Select(Letter));
            var equation = EinsumEquation.Parse($"{free}{bound},{bound}{made}->{free}{made}");
            // A free part of no letters makes an equation of none of the three forms only when bound is empty too,
            // which MultiHeadAttention never asks for (bound is 1 or 2).
            return equation == null ? null : new AttentionProjection(name, equation, made, freeDims + outputDims);
        }

        /// <summary>Keras's <c>_get_output_shape(output_rank, known_last_dims)</c>: Nones, then the known last dims.</summary>
        public static long?[] PartialOutput(int outputRank, IReadOnlyList<long?> knownLastDims)
        {
            int unknown = System.Math.Max(0, outputRank - knownLastDims.Count);
            return Enumerable.Repeat((long?)null, unknown).Concat(knownLastDims).ToArray();
        }
    }
}
