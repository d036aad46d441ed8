namespace KerasDsl
{
    /// <summary>
    /// Keras's data formats, for <c>dataFormat:</c> (a string is still accepted). Null means Keras's
    /// image_data_format(), "channels_last" by default.
    /// </summary>
    public static class DataFormat
    {
        /// <summary><c>"channels_last"</c>: (batch, ..., channels).</summary>
        public const string ChannelsLast = "channels_last";

        /// <summary><c>"channels_first"</c>: (batch, channels, ...).</summary>
        public const string ChannelsFirst = "channels_first";
    }
}
