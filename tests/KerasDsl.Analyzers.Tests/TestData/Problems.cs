// Chains with every kind of problem, for the robustness tests (typed token by token, they pass
// through every error path of the parser and the analyzer).
using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Problems
{
    public partial class Problems
    {
        const int Zero = 0;
        static int variable = 3;

        [KerasModel] static readonly Sequential Refused = Sequential().Dense(4, input: 3).Dense(Zero);
        [KerasModel] static readonly Sequential NoInput = Sequential().Dense(4).Flatten();
        [KerasModel] static readonly Sequential NotConstant = Sequential().Dense(variable, input: (null, 3));
        [KerasModel] readonly Sequential Instance = Sequential().Dense(1, input: 1);
        [KerasModel] static Sequential Settable { get; set; } = Sequential().Dense(1, input: 1);

        void Chains(LayerSpec spec, string name)
        {
            var a = Sequential(name).Dense(4, activation: "relux", input: 3);
            var b = Sequential().Dense(4, input: 3, name: "x").Dense(2, name: "x").Add(spec);
            var c = Sequential().Flatten(input: (null, 3)).Dense(4).Add(Dense(0), input: 2);
            var d = Sequential().Flatten(input: (int.MaxValue, int.MaxValue, int.MaxValue)).Flatten("channels_first");
            var e = Sequential().Dense(4, input: default(InputShape)).Dense(2, input: 0);
            System.Console.WriteLine(Sequential().Dense(4, input: 0).Summary());
        }
    }
}
