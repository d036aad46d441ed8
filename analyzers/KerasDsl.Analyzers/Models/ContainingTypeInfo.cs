namespace KerasDsl.Analyzers.Models
{
    /// <summary>
    /// A type that holds a [KerasModel] member, as the emitter re-declares it:
    /// <c>partial {Keyword} {Name}{TypeParameters}</c>, e.g. <c>partial record struct Pair&lt;in T&gt;</c>.
    /// <see cref="Name"/> is already escaped with <c>@</c> where C# needs it.
    /// </summary>
    internal sealed record ContainingTypeInfo(string Keyword, string Name, string TypeParameters);
}
