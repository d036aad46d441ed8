using BenchmarkDotNet.Running;
using KerasDsl.Benchmarks;

// `-- generator-steps`: where the generator's time goes over the 500 build-cost models (the profile behind the README's
// build-cost figures); anything else is BenchmarkDotNet's command line.
if (args.Length > 0 && args[0] == "generator-steps")
{
    GeneratorSteps.Print(rounds: 6);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
