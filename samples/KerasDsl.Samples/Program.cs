using KerasDsl;
using KerasDsl.Samples;
using static KerasDsl.Keras;

// 1. The seed article's six models: Keras's summary table and counts, computed by KerasDsl.
var models = new (string Name, Sequential Model)[]
{
    (nameof(SeedModels.Dense), SeedModels.Dense),
    (nameof(SeedModels.DenseFormula), SeedModels.DenseFormula),
    (nameof(SeedModels.Conv), SeedModels.Conv),
    (nameof(SeedModels.ConvDense), SeedModels.ConvDense),
    (nameof(SeedModels.Recurrent), SeedModels.Recurrent),
    (nameof(SeedModels.Bidirectional), SeedModels.Bidirectional),
};
foreach (var (name, model) in models)
{
    Console.WriteLine($"== SeedModels.{name}");
    Console.WriteLine(model.Summary());
}

// 2. A model Keras would refuse: the design card's example. LSTM wants (batch, timesteps, features).
try
{
    int units = 64; // not a constant: the compiler cannot check this chain, the runtime does
    _ = Sequential().Dense(4, input: 3).LSTM(units);
}
catch (KerasModelException e)
{
    Console.WriteLine($"== A refused model\n{e.Id}: {e.Message}");
}
