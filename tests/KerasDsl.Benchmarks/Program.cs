using BenchmarkDotNet.Running;
using KerasDsl.Benchmarks;

// `-- generator-steps`: where the generator's time goes over the 500 build-cost models (the profile behind the README's
// build-cost figures), `-- generator-steps N` for N rounds (6 by default, more to profile the warm ones); anything else
// is BenchmarkDotNet's command line.
if (args.Length > 0 && args[0] == "generator-steps")
{
    GeneratorSteps.Print(rounds: args.Length > 1 ? int.Parse(args[1]) : 6);
    return;
}
// `-- phases [N]`: each phase of that work timed apart (bind, lower, run, summarize, emit, parse what was emitted).
if (args.Length > 0 && args[0] == "phases")
{
    Phases.Print(rounds: args.Length > 1 ? int.Parse(args[1]) : 6);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
