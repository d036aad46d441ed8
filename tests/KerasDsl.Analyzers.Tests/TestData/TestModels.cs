// Models in every form the generator accepts, for the parity and robustness tests.
using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.TestModels;

public partial class Forms
{
    private const int Hidden = 2 * 32;
    private const string Relu = "relu";

    [KerasModel]
    public static readonly Sequential ConstantsAndNames = Sequential(name: "constants")
        .Flatten(input: (28, 28), name: "pixels")
        .Dense(units: Hidden, activation: Relu)
        .Dense(activation: "softmax", units: 10, useBias: false);

    [KerasModel]
    public static Sequential Property { get; } = Sequential().Dense(16, input: (null, 8)).Dense(4, trainable: false);

    [KerasModel]
    public static Sequential ExpressionBody => Sequential()
        .Add(Dense(8), input: (4, 6))
        .Flatten()
        .Add(Dense(1, activation: "sigmoid"));

    [KerasModel]
    internal static readonly Sequential Frozen = Sequential().Dense(3, input: 5, trainable: false).Dense(3, trainable: false);

    public partial struct Nested<T>
    {
        [KerasModel]
        public static readonly Sequential Deep = Sequential()
            .Dense(-(-7), input: (2, 3, 4))
            .Dense(7)
            .Flatten()
            .Dense(1);
    }

    [KerasModel]
    public static readonly Sequential ZeroSize = Sequential().Dense(4, input: 0).Dense(2);

    [KerasModel]
    public static readonly Sequential Big = Sequential().Dense(int.MaxValue, input: int.MaxValue).Dense(2);

    private const int Features = 5;

    [KerasModel]
    public static readonly Sequential Wrappers = Sequential()
        .Bidirectional(LSTM(Hidden / 2, returnSequences: true), mergeMode: "sum", input: (null, Features))
        .TimeDistributed(Dense(8, activation: Relu))
        .Add(Bidirectional(GRU(4, resetAfter: false), backwardLayer: GRU(4, resetAfter: false, goBackwards: true)));

    [KerasModel]
    public static readonly Sequential Padding = Sequential()
        .ZeroPadding2D(((1, 2), (3, 4)), input: (5, 5, 1))
        .Conv2D(8, 3, strides: (2, 1), padding: "same")
        .Cropping2D((1, 1))
        .MaxPooling2D()
        .Flatten();

    [KerasModel]
    public static readonly Sequential SeveralOutputs = Sequential()
        .Bidirectional(LSTM(3, returnSequences: true), mergeMode: MergeMode.None, input: (4, 2));
}
