using KerasDsl;
using static KerasDsl.Keras;

// The seed article's first model: two trainable and two non-trainable Dense layers.
Sequential model = Sequential()
    .Dense(4, activation: "relu", input: 3)
    .Dense(5, activation: "relu", trainable: false)
    .Dense(10, activation: "relu", trainable: false)
    .Dense(2, activation: "softmax");
Console.WriteLine(model.Summary());
