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

        // Article: Total params: 39,776, Trainable params: 39,776, Non-trainable params: 0.
        [KerasModel]
        public static readonly Sequential Conv = Sequential()
            .Conv2D(64, (6, 6), activation: "relu", input: (28, 28, 3))
            .MaxPooling2D(2, 2)
            .Conv2D(32, (4, 4), activation: "relu")
            .MaxPooling2D((2, 2));

        // Article: Total params: 57,377, Trainable params: 57,377, Non-trainable params: 0.
        // The names are the article's (its Python session had used the automatic ones already).
        [KerasModel]
        public static readonly Sequential ConvDense = Sequential()
            .Conv2D(16, (3, 3), activation: "relu", input: (28, 28, 3), name: "conv2d_2")
            .MaxPooling2D((2, 2), name: "max_pooling2d_2")
            .Conv2D(32, (3, 3), activation: "relu", name: "conv2d_3")
            .MaxPooling2D((2, 2), name: "max_pooling2d_3")
            .Conv2D(64, (3, 3), activation: "relu", name: "conv2d_4")
            .MaxPooling2D((2, 2), name: "max_pooling2d_4")
            .Flatten()
            .Dense(512, activation: "relu", name: "dense_5")
            .Dense(1, name: "dense_6");

        // Article: Total params: 29,880, Trainable params: 29,880, Non-trainable params: 0.
        [KerasModel]
        public static readonly Sequential Recurrent = Sequential()
            .LSTM(64, returnSequences: true, input: (null, 5))
            .GRU(32, returnSequences: true)
            .GRU(16, returnSequences: true, resetAfter: false)
            .SimpleRNN(8);

        // Article: Total params: 75,376, Trainable params: 75,376, Non-trainable params: 0.
        [KerasModel]
        public static readonly Sequential Bidirectional = Sequential()
            .Bidirectional(LSTM(64, returnSequences: true), input: (null, 5))
            .Bidirectional(GRU(32, returnSequences: true))
            .Bidirectional(GRU(16, returnSequences: true, resetAfter: false))
            .Bidirectional(SimpleRNN(8));
    }
}
