namespace KerasDsl
{
    /// <summary>
    /// Keras's interpolation methods, for <c>interpolation:</c> of UpSampling2D and Resizing (a string is still accepted).
    /// </summary>
    public static class Interpolation
    {
        /// <summary><c>"nearest"</c>.</summary>
        public const string Nearest = "nearest";

        /// <summary><c>"bilinear"</c>.</summary>
        public const string Bilinear = "bilinear";

        /// <summary><c>"bicubic"</c>.</summary>
        public const string Bicubic = "bicubic";

        /// <summary><c>"lanczos3"</c>.</summary>
        public const string Lanczos3 = "lanczos3";

        /// <summary><c>"lanczos5"</c>.</summary>
        public const string Lanczos5 = "lanczos5";

        /// <summary><c>"area"</c>.</summary>
        public const string Area = "area";
    }
}
