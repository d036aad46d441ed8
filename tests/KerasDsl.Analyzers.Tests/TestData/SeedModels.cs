// The seed article's models ("Count Number of Parameters of Model in TensorFlow 2"), written with
// KerasDsl. ParityTests checks each generated constant against the runtime's count and against
// the article's printed totals.
using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Seed
{
    public static partial class SeedModels
    {
        // Article: Total params: 123, Trainable params: 38, Non-trainable params: 85.
        [KerasModel]
        public static readonly Sequential TwoFrozenDense = Sequential()
            .Dense(4, activation: "relu", input: 3)
            .Dense(5, activation: "relu", trainable: false)
            .Dense(10, activation: "relu", trainable: false)
            .Dense(2, activation: "softmax");

        // Article: Total params: 387, Trainable params: 249, Non-trainable params: 138.
        [KerasModel]
        public static readonly Sequential Dense = Sequential()
            .Dense(5, activation: "relu", input: 3)
            .Dense(8, activation: "relu", trainable: false)
            .Dense(10, activation: "relu", trainable: false)
            .Dense(15, activation: "relu")
            .Dense(4, activation: "softmax");
    }
}
