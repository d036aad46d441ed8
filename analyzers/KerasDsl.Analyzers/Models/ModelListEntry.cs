namespace KerasDsl.Analyzers.Models
{
    /// <summary>
    /// One [KerasModel] member as the assembly's list (<see cref="Emitter.ModelListEmitter"/>) needs it: where its Summary
    /// class is, not its counts (the list reads those from the class's constants), so an edit to a model's layers leaves
    /// its entry equal and the list's step cached.
    /// </summary>
    /// <param name="HintName">The model's file name: the list's order.</param>
    /// <param name="Member">The member's full name as a user reads it, without <c>@</c>: <c>Seed.Models.SeedModels.Mlp</c>.</param>
    /// <param name="SummaryClass">
    /// The Summary class as the list names it, <c>global::Seed.Models.SeedModels.MlpSummary</c>; null when the list cannot
    /// name it (<paramref name="NotListedBecause"/> says why).
    /// </param>
    /// <param name="NotListedBecause">Why the model is left out of the list, as the list's comment says it; null when listed.</param>
    internal sealed record ModelListEntry(string HintName, string Member, string? SummaryClass, string? NotListedBecause);
}
