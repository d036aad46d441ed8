namespace KerasDsl.Analyzers.Models
{
    /// <summary>Why the parser could not follow a chain past a call.</summary>
    internal enum ChainStopKind
    {
        /// <summary>An argument is not a compile-time constant (KD0011 names it).</summary>
        NotConstant,

        /// <summary>A method of Sequential or Keras that is not a layer Core knows (e.g. a helper added later).</summary>
        NotALayer,

        /// <summary>The code has errors the compiler reports already; nothing more is said.</summary>
        Invalid,
    }

    /// <summary>
    /// Where evaluation of a chain stops: the layer position (-1 for the <c>Sequential(...)</c> call),
    /// the method or factory whose argument is at fault, the argument, and where it is.
    /// The layers before it are still evaluated: C# runs them first, so their refusals are real.
    /// </summary>
    internal sealed record ChainStop(ChainStopKind Kind, int LayerIndex, string Method, string? Argument, string? Outer, SourceSpan Span);
}
