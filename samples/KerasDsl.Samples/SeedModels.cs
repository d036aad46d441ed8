using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

/// <summary>
/// The six models of the seed article ("Count Number of Parameters of Model in TensorFlow 2"),
/// transliterated one-to-one from its Python. Names are given where the article's Python session
/// had already used the automatic ones, so the summaries match the article's. [KerasModel] makes the
/// generator emit each model's counts as constants: SeedModels.ConvDenseSummary.TotalParams is 57377.
/// </summary>
public static partial class SeedModels
{
    [KerasModel]
    public static readonly Sequential Dense = Sequential()
        .Dense(4, activation: "relu", input: 3)
        .Dense(5, activation: "relu", trainable: false)
        .Dense(10, activation: "relu", trainable: false)
        .Dense(2, activation: "softmax");

    [KerasModel]
    public static readonly Sequential DenseFormula = Sequential()
        .Dense(5, activation: "relu", input: 3)
        .Dense(8, activation: "relu", trainable: false)
        .Dense(10, activation: "relu", trainable: false)
        .Dense(15, activation: "relu")
        .Dense(4, activation: "softmax");

    [KerasModel]
    public static readonly Sequential Conv = Sequential()
        .Conv2D(64, (6, 6), activation: "relu", input: (28, 28, 3))
        .MaxPooling2D(2, 2)
        .Conv2D(32, (4, 4), activation: "relu")
        .MaxPooling2D((2, 2));

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

    [KerasModel]
    public static readonly Sequential Recurrent = Sequential()
        .LSTM(64, returnSequences: true, input: (null, 5))
        .GRU(32, returnSequences: true)
        .GRU(16, returnSequences: true, resetAfter: false)
        .SimpleRNN(8);

    [KerasModel]
    public static readonly Sequential Bidirectional = Sequential()
        .Bidirectional(LSTM(64, returnSequences: true), input: (null, 5))
        .Bidirectional(GRU(32, returnSequences: true))
        .Bidirectional(GRU(16, returnSequences: true, resetAfter: false))
        .Bidirectional(SimpleRNN(8));
}
