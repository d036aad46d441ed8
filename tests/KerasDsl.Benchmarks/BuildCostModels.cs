namespace KerasDsl.Benchmarks;

/// <summary>
/// The build-cost benchmark's models, written in C#: build-cost/generate.py's recipe (Dense, Conv2D, recurrent and
/// Bidirectional chains of 4 to 12 layers, 10 models per file), with .NET's random numbers instead of Python's.
/// </summary>
internal static class BuildCostModels
{
    public static IEnumerable<string> Sources(int count, int seed = 42)
    {
        var rng = new Random(seed);
        T Pick<T>(params T[] items) => items[rng.Next(items.Length)];
        string[] kinds = ["LSTM", "GRU", "SimpleRNN"];

        IEnumerable<string> Dense(int n)
        {
            yield return $".Dense({Pick(16, 32, 64, 128)}, activation: \"relu\", input: {Pick(8, 32, 100)})";
            for (int i = 0; i < n - 2; i++) yield return $".Dense({Pick(8, 16, 32, 64)}, activation: \"relu\")";
            yield return ".Dense(1)";
        }

        IEnumerable<string> Conv(int n)
        {
            yield return $".Conv2D({Pick(8, 16, 32)}, (3, 3), activation: \"relu\", padding: \"same\", input: (64, 64, 3))";
            for (int i = 0; i < n - 3; i++) yield return i % 2 == 1 ? ".MaxPooling2D((2, 2))" : $".Conv2D({Pick(16, 32, 64)}, (3, 3), padding: \"same\")";
            yield return ".Flatten()";
            yield return $".Dense({Pick(10, 100)}, activation: \"softmax\")";
        }

        IEnumerable<string> Recurrent(int n)
        {
            yield return $".{Pick(kinds)}({Pick(16, 32, 64)}, returnSequences: true, input: (null, {Pick(5, 20)}))";
            for (int i = 0; i < n - 2; i++) yield return $".{Pick(kinds)}({Pick(8, 16, 32)}, returnSequences: true)";
            yield return $".{Pick(kinds)}({Pick(4, 8)})";
        }

        IEnumerable<string> Bidirectional(int n)
        {
            yield return $".Bidirectional({Pick(kinds)}({Pick(16, 32)}, returnSequences: true), input: (null, 10))";
            for (int i = 0; i < n - 3; i++) yield return $".Bidirectional({Pick(kinds)}({Pick(8, 16)}, returnSequences: true))";
            yield return ".GlobalMaxPooling1D()";
            yield return ".Dense(2, activation: \"softmax\")";
        }

        Func<int, IEnumerable<string>>[] chains = [Dense, Conv, Recurrent, Bidirectional];
        for (int f = 0; f < count / 10; f++)
        {
            var lines = new List<string> { "using KerasDsl;", "using static KerasDsl.Keras;", "", "namespace BuildCost;", "", $"public static partial class Models{f}", "{" };
            for (int m = 0; m < 10; m++)
            {
                var chain = Pick(chains);
                lines.Add("    [KerasModel]");
                lines.Add($"    public static readonly Sequential M{m} = Sequential()");
                lines.Add("        " + string.Join("\n        ", chain(rng.Next(4, 13))) + ";");
                lines.Add("");
            }
            lines.Add("}");
            yield return string.Join("\n", lines) + "\n";
        }
    }
}
