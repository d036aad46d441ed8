namespace KerasDsl.Analyzers
{
    /// <summary>The generator's named steps, which the caching tests inspect.</summary>
    internal static class TrackingNames
    {
        /// <summary>[KerasModel] members, parsed into plain values.</summary>
        public const string ModelTargets = nameof(ModelTargets);

        /// <summary>Their facts from Core, or null where nothing is generated.</summary>
        public const string ModelFacts = nameof(ModelFacts);

        /// <summary>The models that get a generated file.</summary>
        public const string ModelsToEmit = nameof(ModelsToEmit);
    }
}
