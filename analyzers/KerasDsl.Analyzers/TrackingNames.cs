namespace KerasDsl.Analyzers
{
    /// <summary>The generator's named steps, which the caching tests inspect.</summary>
    internal static class TrackingNames
    {
        /// <summary>[KerasModel] members, lowered into plain-value programs (re-run on every edit, as Roslyn runs every transform).</summary>
        public const string ModelTargets = nameof(ModelTargets);

        /// <summary>Their facts from the evaluator, or nothing, or KerasDsl's failure: run only for a program that changed.</summary>
        public const string ModelFacts = nameof(ModelFacts);

        /// <summary>The list's entry of each model that gets a file (names only, no counts).</summary>
        public const string ModelListEntries = nameof(ModelListEntries);
    }
}
