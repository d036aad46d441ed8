#if SHAPE_ERROR
using KerasDsl;
using static KerasDsl.Keras;

public static class ShapeError
{
    // The design card's example: LSTM wants (batch, timesteps, features), Dense gives (batch, 4).
    public static readonly Sequential Model = Sequential().Dense(4, input: 3)
        .LSTM(64);
}
#endif
