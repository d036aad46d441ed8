using KerasDsl;
using static KerasDsl.Keras;

// Usable in a const: the generator emitted it at compile time.
const long Total = Models.ConvDenseSummary.TotalParams;
Console.WriteLine($"const {Total} = runtime {Models.ConvDense.TotalParams}");

public static partial class Models
{
    [KerasModel]
    public static readonly Sequential ConvDense = Sequential()
        .Conv2D(16, (3, 3), activation: "relu", input: (28, 28, 3))
        .MaxPooling2D((2, 2))
        .Conv2D(32, (3, 3), activation: "relu")
        .MaxPooling2D((2, 2))
        .Conv2D(64, (3, 3), activation: "relu")
        .MaxPooling2D((2, 2))
        .Flatten()
        .Dense(512, activation: "relu")
        .Dense(1);
}
