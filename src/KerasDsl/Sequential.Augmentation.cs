namespace KerasDsl
{
    // keras.layers image augmentation (keras/src/layers/preprocessing/image_preprocessing): RandomFlip, RandomRotation,
    // RandomZoom, RandomTranslation, RandomContrast, RandomBrightness, RandomCrop. No weights; images of rank 4 (a batch)
    // or 3 (one image).
    public sealed partial class Sequential
    {
        /// <summary>keras.layers.RandomFlip: flips images ("horizontal", "vertical" or "horizontal_and_vertical"). Shape unchanged.</summary>
        public Sequential RandomFlip(string mode = "horizontal_and_vertical", int? seed = null, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.RandomFlip(mode, seed, dataFormat, trainable, name), input);

        /// <summary>keras.layers.RandomRotation: rotates by a random fraction of 2 pi, factor in [-1, 1] (0.1 or (-0.1, 0.2)). Shape unchanged.</summary>
        public Sequential RandomRotation(Factor factor, string fillMode = "reflect", string interpolation = "bilinear", int? seed = null,
            double fillValue = 0.0, string? dataFormat = null, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.RandomRotation(factor, fillMode, interpolation, seed, fillValue, dataFormat, trainable, name), input);

        /// <summary>keras.layers.RandomZoom: zooms by random fractions in (-1, 1] (widthFactor: the height's unless given). Shape unchanged.</summary>
        public Sequential RandomZoom(Factor heightFactor, Factor widthFactor = default, string fillMode = "reflect", string interpolation = "bilinear",
            int? seed = null, double fillValue = 0.0, string? dataFormat = null, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.RandomZoom(heightFactor, widthFactor, fillMode, interpolation, seed, fillValue, dataFormat, trainable, name), input);

        /// <summary>keras.layers.RandomTranslation: shifts by random fractions of the height and width, each in [-1, 1]. Shape unchanged.</summary>
        public Sequential RandomTranslation(Factor heightFactor, Factor widthFactor, string fillMode = "reflect", string interpolation = "bilinear",
            int? seed = null, double fillValue = 0.0, string? dataFormat = null, InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.RandomTranslation(heightFactor, widthFactor, fillMode, interpolation, seed, fillValue, dataFormat, trainable, name), input);

        /// <summary>keras.layers.RandomContrast: scales contrast by a random factor in [0, 1]; valueRange (0, 255) unless given. Shape unchanged.</summary>
        public Sequential RandomContrast(Factor factor, (double, double)? valueRange = null, int? seed = null, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.RandomContrast(factor, valueRange, seed, dataFormat, trainable, name), input);

        /// <summary>keras.layers.RandomBrightness: adds a random brightness in [-1, 1] of valueRange ((0, 255) unless given). Shape unchanged.</summary>
        public Sequential RandomBrightness(Factor factor, (double, double)? valueRange = null, int? seed = null, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.RandomBrightness(factor, valueRange, seed, dataFormat, trainable, name), input);

        /// <summary>keras.layers.RandomCrop: a random (height, width) window of each image: the output's height and width.</summary>
        public Sequential RandomCrop(int height, int width, int? seed = null, string? dataFormat = null,
            InputShape input = default, bool trainable = true, string? name = null) =>
            Add(Keras.RandomCrop(height, width, seed, dataFormat, trainable, name), input);
    }

    public static partial class Keras
    {
        /// <summary>keras.layers.RandomFlip, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec RandomFlip(string mode = "horizontal_and_vertical", int? seed = null, string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("RandomFlip", Args.A("mode", mode), Args.A("seed", seed), Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.RandomRotation, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec RandomRotation(Factor factor, string fillMode = "reflect", string interpolation = "bilinear", int? seed = null,
            double fillValue = 0.0, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("RandomRotation", Args.A("factor", factor), Args.A("fillMode", fillMode), Args.A("interpolation", interpolation), Args.A("seed", seed),
                Args.A("fillValue", fillValue), Args.A("dataFormat", dataFormat), Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.RandomZoom, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec RandomZoom(Factor heightFactor, Factor widthFactor = default, string fillMode = "reflect", string interpolation = "bilinear",
            int? seed = null, double fillValue = 0.0, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("RandomZoom", Args.A("heightFactor", heightFactor), Args.A("widthFactor", widthFactor), Args.A("fillMode", fillMode),
                Args.A("interpolation", interpolation), Args.A("seed", seed), Args.A("fillValue", fillValue), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.RandomTranslation, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec RandomTranslation(Factor heightFactor, Factor widthFactor, string fillMode = "reflect", string interpolation = "bilinear",
            int? seed = null, double fillValue = 0.0, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("RandomTranslation", Args.A("heightFactor", heightFactor), Args.A("widthFactor", widthFactor), Args.A("fillMode", fillMode),
                Args.A("interpolation", interpolation), Args.A("seed", seed), Args.A("fillValue", fillValue), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.RandomContrast, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec RandomContrast(Factor factor, (double, double)? valueRange = null, int? seed = null, string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("RandomContrast", Args.A("factor", factor), Args.A("valueRange", valueRange), Args.A("seed", seed), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.RandomBrightness, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec RandomBrightness(Factor factor, (double, double)? valueRange = null, int? seed = null, string? dataFormat = null,
            bool trainable = true, string? name = null) =>
            Args.Spec("RandomBrightness", Args.A("factor", factor), Args.A("valueRange", valueRange), Args.A("seed", seed), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));

        /// <summary>keras.layers.RandomCrop, for <c>Sequential(...).Add</c>, wrappers and the functional API.</summary>
        public static LayerSpec RandomCrop(int height, int width, int? seed = null, string? dataFormat = null, bool trainable = true, string? name = null) =>
            Args.Spec("RandomCrop", Args.A("height", height), Args.A("width", width), Args.A("seed", seed), Args.A("dataFormat", dataFormat),
                Args.A("trainable", trainable), Args.A("name", name));
    }
}
