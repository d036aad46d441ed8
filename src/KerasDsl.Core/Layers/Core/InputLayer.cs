namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.InputLayer (keras/src/layers/core/input_layer.py), what <c>keras.Input(shape)</c> makes: the
    /// start of a functional graph. <c>shape</c> is the shape without the batch dim (null for an unknown dim).
    /// No weights; its output is its shape with the batch dim.
    /// </summary>
    internal sealed class InputLayer : Layer
    {
        public const string ShapeArg = "shape";

        public static readonly LayerType Type = new LayerType("InputLayer", a => new InputLayer(a));

        private InputLayer(LayerArgs args) : base(args)
        {
            var dims = args.InputShape(ShapeArg)
                ?? throw args.Invalid(ShapeArg, "the input shape without the batch dim", "nothing", "pass shape:, e.g. Input((28, 28, 1)) or Input((null, 8))");
            long? batch = args.OptionalPositiveInt("batchSize");
            // input_layer.py: sparse and ragged (None is False) and optional describe the tensor, not its shape.
            args.Bool("sparse", false);
            args.Bool("ragged", false);
            args.Bool("optional", false);
            OutputShape = Shape.WithBatch(dims).Replace(0, batch);
            string? dtype = args.String("dtype");
            if (dtype != null && System.Array.IndexOf(DTypes, dtype) < 0)
                throw args.Invalid("dtype", "one of Keras's dtypes (" + string.Join(", ", DTypes) + ")", "'" + dtype + "'",
                    "pass dtype: e.g. \"float32\", \"int32\" or \"string\" (text for TextVectorization), or leave it out for float32");
        }

        /// <summary>
        /// The dtype names Keras's standardize_dtype accepts (keras/src/backend/common/dtypes.py ALLOWED_DTYPES, and
        /// "int", which it maps to int64 or int32). Only checked: shapes and counts do not depend on it.
        /// </summary>
        private static readonly string[] DTypes =
        {
            "float16", "float32", "float64", "uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64",
            "bfloat16", "bool", "string", "float8_e4m3fn", "float8_e5m2", "complex64", "complex128", "int",
        };

        /// <summary>The tensor's shape, batch dim included.</summary>
        public Shape OutputShape { get; }

        /// <summary>An input has no inbound tensor: it is applied to nothing.</summary>
        public override System.Collections.Generic.IReadOnlyList<Shape> ComputeOutputShapes(System.Collections.Generic.IReadOnlyList<Shape> inputs)
        {
            if (inputs.Count != 0)
                throw new KerasModelException(Diagnostics.IncompatibleShape, Name, "is an input and cannot be applied to a tensor. Use its tensor (Input(...)) instead.");
            return new[] { OutputShape };
        }

        public override Shape ComputeOutputShape(Shape input) => OutputShape;
    }
}
