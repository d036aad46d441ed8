using KerasDsl;
using static KerasDsl.Keras;

namespace KerasDsl.Samples;

/// <summary>
/// The design card's example, a model Keras refuses: LSTM wants (batch, timesteps, features) and Dense
/// gives (batch, 4). The compiler reports KD0001 on the <c>LSTM</c> call. This file is built on purpose:
/// samples/KerasDsl.Samples/.editorconfig turns KD0001 into a warning for this one file, so that building the samples shows
/// the diagnostic without failing. Anywhere else it is an error.
/// </summary>
public static class ShapeError
{
    public static Sequential Build() => Sequential()
        .Dense(4, input: 3)
        .LSTM(64);
}
