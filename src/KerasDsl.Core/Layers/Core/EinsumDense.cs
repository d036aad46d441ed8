using System.Globalization;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.EinsumDense (keras/src/layers/core/einsum_dense.py): <c>einsum(equation, inputs, kernel)</c> plus a
    /// bias over <c>bias_axes</c>. The kernel's and bias's shapes and the output shape come from Keras's analysis of the
    /// equation against the input and the partial <c>output_shape</c> (<see cref="EinsumEquation"/>), whose given sizes
    /// stay as given: a null there stays None in the output, as Keras 3's <c>compute_output_shape</c> returns it. With
    /// Keras 3's loraRank r the kernel is non-trainable and lora_kernel_a (kernel[:-1]..., r), lora_kernel_b (r,
    /// kernel[-1]) follow (<see cref="LoraRank"/>). An equation of none of Keras's forms, or whose output or weight has a
    /// dim nothing defines, is refused when the layer is made (Keras refuses it when building).
    /// </summary>
    internal sealed class EinsumDense : Layer
    {
        public static readonly LayerType Type = new LayerType("EinsumDense", a => new EinsumDense(a));

        private readonly EinsumEquation equation;
        private readonly long?[] partialOutput;
        private readonly string? biasAxes;
        private readonly long loraRank;

        private EinsumDense(LayerArgs args) : base(args)
        {
            string text = args.String("equation") ?? throw args.Invalid("equation", "an einsum equation such as \"ab,bc->ac\"", "nothing",
                "pass equation: explicitly; it has no default");
            equation = EinsumEquation.Parse(text) ?? throw args.Invalid("equation", $"an equation of the form {EinsumEquation.Forms}",
                $"'{text}'", "write it as \"ab,bc->ac\", \"...b,bc->...c\" or \"ab...,bc->ac...\" (letters only)");
            partialOutput = args.PartialShape("outputShape") ?? throw args.Invalid("outputShape",
                "the output's shape without the batch dim (an integer, or a tuple of sizes and nulls)", "nothing",
                "pass outputShape: explicitly; it has no default");
            args.Activation();
            biasAxes = args.String("biasAxes");
            if (equation.SpecProblem(biasAxes) is { } problem)
                throw args.Invalid(biasAxes != null && problem.StartsWith("bias", System.StringComparison.Ordinal) ? "biasAxes" : "equation",
                    "an equation whose every output and weight dim is an input or output dim, and bias axes among the output's dims",
                    $"'{text}'" + (biasAxes == null ? "" : $" with biasAxes '{biasAxes}'") + ": " + problem,
                    "name each output dim in the input or the weight, each weight dim in the input or the output, and each bias axis in the output");
            args.WeightOptions("kernel", "glorot_uniform", "bias", "zeros");
            loraRank = LoraRank.Read(args, "kernelConstraint", "kernel");
        }

        public override Shape ComputeOutputShape(Shape input) => new Shape(Analyze(input).Output);

        protected override void Build(Shape input, WeightList weights)
        {
            var shapes = Analyze(input);
            long[] kernel = Known(input, shapes.Kernel, "kernel");
            weights.Add("kernel", loraRank == 0, kernel);
            if (shapes.Bias != null) weights.Add("bias", Known(input, shapes.Bias, "bias"));
            LoraRank.AddAdapters(weights, "kernel", loraRank, kernel);
        }

        private EinsumShapes Analyze(Shape input)
        {
            var shapes = equation.Analyze(input.Dims, partialOutput, biasAxes);
            switch (shapes.Failure)
            {
                case EinsumShapes.Problem.InputRank:
                    throw RankError(input, $"rank {equation.InputSpec.Length} or more (the dims '{equation.InputSpec}' of its equation)",
                        "give the input the dims the equation's input part names, or change the equation");
                case EinsumShapes.Problem.OutputShapeLength:
                    throw Args.Invalid("outputShape", $"a size (or null) for each output dim of '{equation.OutputSpec}' after the batch dim",
                        $"{Fmt(partialOutput)} for input {input} from {InputSource}: {shapes.Detail}",
                        "give outputShape one entry per output dim after the batch dim (the elided ones excepted)");
                case EinsumShapes.Problem.SharedDim:
                    throw ShapeError(input, $"cannot apply its equation to {{input}} from {{source}} with outputShape {Fmt(partialOutput)}: {shapes.Detail}. " +
                        "Give that output dim the input's size, or null.");
            }
            return shapes;
        }

        /// <summary>KD0007 when a weight's shape has an unknown size (from an unknown input dim or a null in outputShape).</summary>
        private long[] Known(Shape input, long?[] shape, string weight)
        {
            if (shape.All(d => d != null)) return shape.Select(d => d!.Value).ToArray();
            throw new KerasModelException(Diagnostics.UndefinedDim, Name,
                $"cannot build its {weight} of shape {Fmt(shape)}: a size is unknown, taken from the input {input} from {InputSource} or from outputShape " +
                $"{Fmt(partialOutput)}. Give the input a known size there, or a size instead of null in outputShape.");
        }

        private static string Fmt(long?[] dims) => new Shape(dims).ToString();
    }
}
