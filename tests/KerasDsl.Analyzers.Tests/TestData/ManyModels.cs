// Many models in one file, with other code around them, for the incremental caching tests.
using System;
using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Caching
{
    public static partial class Zoo
    {
        [KerasModel] public static readonly Sequential First = Sequential().Dense(7, input: 3).Dense(1);

        [KerasModel] public static readonly Sequential Second = Sequential().Dense(8, input: 3).Dense(2);

        public static int Helper(int x) => x + 1;

        [KerasModel] public static readonly Sequential Third = Sequential().Flatten(input: (4, 4)).Dense(3);

        [KerasModel] public static Sequential Fourth => Sequential(name: "fourth").Dense(5, input: 5);

        [KerasModel] public static Sequential Fifth { get; } = Sequential().Dense(6, input: (2, 6)).Flatten().Dense(1);

        // Not evaluable: no input shape. Still a tracked target, so it must stay cached too.
        [KerasModel] public static readonly Sequential Sixth = Sequential().Dense(2);

        // A functional model built by helper methods, so that an edit elsewhere is seen to leave it cached too.
        [KerasModel] public static Model Seventh() => Residual(Input(6), blocks: 2);

        private static Model Residual(Tensor input, int blocks)
        {
            var x = input;
            for (int i = 0; i < blocks; i++) x = Add([x, Widen(x)]);
            return Model(input, x.Dense(1));
        }

        private static Tensor Widen(Tensor x) => x.Dense((int)x.Shape[-1]!.Value);

        public static string Describe() => string.Join(", ", First, Second, Third);
    }
}
