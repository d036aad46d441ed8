using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras 3's LoRA (<c>lora_rank</c>: keras/src/layers/core/dense.py and embedding.py, <c>enable_lora</c>): the
    /// layer's matrix (in, out) becomes non-trainable and two trainable ones, (in, rank) and (rank, out), are added
    /// after the layer's other weights. No rank (absent, null) or 0 means none, as Keras's <c>if self.lora_rank:</c>.
    /// Keras refuses LoRA on a layer with a constraint on that matrix.
    /// </summary>
    internal static class LoraRank
    {
        public const string Arg = "loraRank";

        /// <summary>
        /// The rank, 0 for none; KD0002 for a negative rank, or a rank with <paramref name="constraintArg"/> set. Reads
        /// lora_alpha too, which only scales the update (Keras: the rank when None).
        /// </summary>
        public static long Read(LayerArgs args, string constraintArg, string matrix)
        {
            long rank = args.Has(Arg) ? args.NonNegativeInt(Arg) : 0;
            if (!args.Has(Arg)) args.Record(Arg, ArgValue.Null);
            args.OptionalFloat("loraAlpha");
            if (rank > 0 && args.Raw(constraintArg) is { } constraint)
                throw args.Invalid(Arg, $"no loraRank with a {constraintArg} (Keras: \"Lora is incompatible with {matrix} constraints\")",
                    $"loraRank {rank.ToString(CultureInfo.InvariantCulture)} and {constraintArg} {constraint}",
                    $"remove {constraintArg}: or loraRank:");
            return rank;
        }

        /// <summary>LoRA's two trainable matrices, (rows, rank) and (rank, columns); nothing without LoRA.</summary>
        public static void AddAdapters(WeightList weights, string prefix, long rank, long rows, long columns)
        {
            if (rank == 0) return;
            weights.Add("lora_" + prefix + "_a", rows, rank);
            weights.Add("lora_" + prefix + "_b", rank, columns);
        }

        /// <summary>
        /// LoRA's two trainable matrices for a kernel of any rank, as EinsumDense's <c>enable_lora</c> factors it on its
        /// last dim: the kernel's shape with its last dim replaced by the rank, and (rank, last dim). Nothing without LoRA.
        /// </summary>
        public static void AddAdapters(WeightList weights, string prefix, long rank, long[] kernel)
        {
            if (rank == 0) return;
            var a = (long[])kernel.Clone();
            a[a.Length - 1] = rank;
            weights.Add("lora_" + prefix + "_a", a);
            weights.Add("lora_" + prefix + "_b", rank, kernel[kernel.Length - 1]);
        }
    }
}
