// Keras 3's arguments as a ported model writes them: typed initializers, regularizers and constraints made by Keras's
// factories, names given as strings, shapes and sizes as C# 12 collection expressions ([null] is Keras's (None,)),
// Input with every argument, a deprecated alias. ParityTests compares each model's constants with the runtime's.
using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Typed
{
    public static partial class TypedArguments
    {
        // Objects and names side by side; the counts do not depend on them, the layers' configurations do.
        [KerasModel]
        public static readonly Sequential Objects = Sequential()
            .Dense(16, kernelInitializer: HeNormal(seed: 1), kernelRegularizer: L2(1e-4), kernelConstraint: MaxNorm(3), input: 8)
            .Dense(8, kernelInitializer: "glorot_normal", biasRegularizer: L1L2(l1: 0.01, l2: 0.02), activityRegularizer: L1(0.1))
            .Dense(4, kernelInitializer: VarianceScaling(scale: 2.0, mode: "fan_out"), biasConstraint: NonNeg());

        // The one-dim text input that a C# tuple cannot spell: [null] is (None,).
        [KerasModel]
        public static readonly Sequential VariableLengthText = Sequential()
            .Input([null], dtype: "int32")
            .Embedding(1000, 16)
            .GlobalAveragePooling1D()
            .Dense(1, activation: "sigmoid");

        // Sizes and shapes in brackets: [3, 3] is (3, 3), [2] is (2,), a Reshape to six dims.
        [KerasModel]
        public static Sequential Brackets() => Sequential()
            .Input([28, 28, 1])
            .Conv2D(8, [3, 3], strides: [1, 1], padding: Padding.Same)
            .MaxPooling2D([2, 2])
            .Reshape([2, 7, 2, 7, 2, 4])
            .Flatten()
            .Dense(10);

        // keras.Input with every argument, in a functional model; Embedding's deprecated inputLength (KD0025 warns).
        [KerasModel]
        public static Model FunctionalInput
        {
            get
            {
                var tokens = Input([null], name: "tokens", batchSize: 32, dtype: "int32", sparse: false, ragged: false, optional: false);
                var x = tokens.Embedding(500, 8, embeddingsInitializer: RandomUniform(minval: -0.1, maxval: 0.1), embeddingsRegularizer: L2(1e-5));
                x = x.LSTM(4, recurrentInitializer: Orthogonal(gain: 1.0, seed: 2), kernelConstraint: UnitNorm());
                return Model(tokens, x.Dense(1), name: "typed_functional");
            }
        }
    }
}
