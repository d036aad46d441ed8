using System.Collections.Generic;
using System.Globalization;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's element-wise merge base (keras/src/layers/merging/base_merge.py): Add, Subtract, Multiply,
    /// Average, Maximum, Minimum. The inputs' shapes (batch dim aside) broadcast as NumPy's do, axis by axis from
    /// the last: equal sizes, a 1 against any size, or an unknown size (which gives an unknown one). No weights.
    /// </summary>
    internal abstract class Merge : Layer
    {
        protected Merge(LayerArgs args) : base(args)
        {
        }

        /// <summary>How many inputs the merge takes at least (Keras 3's base: 1), and at most (Subtract: 2).</summary>
        protected virtual int MinInputs => 1;
        protected virtual int MaxInputs => int.MaxValue;

        public override Shape ComputeOutputShape(Shape input) => ComputeOutputShapes(new[] { input })[0];

        public override IReadOnlyList<Shape> ComputeOutputShapes(IReadOnlyList<Shape> inputs)
        {
            RequireInputCount(inputs, MinInputs, MaxInputs);
            var output = Dims(inputs[0]);
            for (int i = 1; i < inputs.Count; i++) output = Broadcast(output, Dims(inputs[i]), inputs[0], inputs[i]);
            long? batch = null;
            foreach (var s in inputs)
                if (s[0] != null)
                {
                    if (batch != null && batch != s[0])
                        throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                            $"cannot merge tensors with different batch sizes: {InputSource} gives {LayerOutput.Format(inputs)}. Give the inputs the same batch size.");
                    batch = s[0];
                }
            var all = new long?[output.Length + 1];
            all[0] = batch;
            output.CopyTo(all, 1);
            return new[] { Shape.FromOwned(all) };
        }

        /// <summary>KD0008 unless the layer got between <paramref name="min"/> and <paramref name="max"/> inputs.</summary>
        protected void RequireInputCount(IReadOnlyList<Shape> inputs, int min, int max)
        {
            if (inputs.Count >= min && inputs.Count <= max) return;
            string expected = min == max ? $"exactly {min}" : $"at least {min}";
            throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                $"should be called on a list of {expected} input{(min == 1 && min == max ? "" : "s")}, but {InputSource} gives {inputs.Count}: {LayerOutput.Format(inputs)}. " +
                $"Pass {expected} tensors, e.g. {ClassName}([a, b]).");
        }

        private static long?[] Dims(Shape s)
        {
            var d = new long?[s.Rank - 1];
            for (int i = 1; i < s.Rank; i++) d[i - 1] = s[i];
            return d;
        }

        /// <summary>Keras's _compute_elemwise_op_output_shape.</summary>
        private long?[] Broadcast(long?[] a, long?[] b, Shape first, Shape other)
        {
            if (a.Length < b.Length) { var t = a; a = b; b = t; }
            var result = new long?[a.Length];
            int offset = a.Length - b.Length;
            for (int i = 0; i < offset; i++) result[i] = a[i];
            for (int i = 0; i < b.Length; i++)
            {
                long? x = a[offset + i], y = b[i];
                if (x == null || y == null) result[offset + i] = null;
                else if (x == 1) result[offset + i] = y;
                else if (y == 1) result[offset + i] = x;
                else if (x != y)
                    throw new KerasModelException(Diagnostics.IncompatibleShape, Name,
                        $"has inputs of incompatible shapes ({InputSource} gives {first} and {other}): they differ at a dim where neither is 1 " +
                        $"({x.Value.ToString(CultureInfo.InvariantCulture)} against {y.Value.ToString(CultureInfo.InvariantCulture)}), so they cannot be merged element-wise. " +
                        "Give the inputs the same shape (a Dense or Conv to the same size, or a 1 where one should broadcast).");
                else result[offset + i] = x;
            }
            return result;
        }
    }

    /// <summary>keras.layers.Add: the inputs' element-wise sum.</summary>
    internal sealed class Add : Merge
    {
        public static readonly LayerType Type = new LayerType("Add", a => new Add(a));
        private Add(LayerArgs args) : base(args) { }
    }

    /// <summary>keras.layers.Subtract: the first input minus the second; exactly two inputs.</summary>
    internal sealed class Subtract : Merge
    {
        public static readonly LayerType Type = new LayerType("Subtract", a => new Subtract(a));
        private Subtract(LayerArgs args) : base(args) { }
        protected override int MinInputs => 2;
        protected override int MaxInputs => 2;
    }

    /// <summary>keras.layers.Multiply: the inputs' element-wise product.</summary>
    internal sealed class Multiply : Merge
    {
        public static readonly LayerType Type = new LayerType("Multiply", a => new Multiply(a));
        private Multiply(LayerArgs args) : base(args) { }
    }

    /// <summary>keras.layers.Average: the inputs' element-wise mean.</summary>
    internal sealed class Average : Merge
    {
        public static readonly LayerType Type = new LayerType("Average", a => new Average(a));
        private Average(LayerArgs args) : base(args) { }
    }

    /// <summary>keras.layers.Maximum: the inputs' element-wise maximum.</summary>
    internal sealed class Maximum : Merge
    {
        public static readonly LayerType Type = new LayerType("Maximum", a => new Maximum(a));
        private Maximum(LayerArgs args) : base(args) { }
    }

    /// <summary>keras.layers.Minimum: the inputs' element-wise minimum.</summary>
    internal sealed class Minimum : Merge
    {
        public static readonly LayerType Type = new LayerType("Minimum", a => new Minimum(a));
        private Minimum(LayerArgs args) : base(args) { }
    }
}
