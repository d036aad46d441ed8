using static KerasDsl.Args;

namespace KerasDsl
{
    // keras.initializers (keras/src/initializers): one factory per class, named as the class, its parameters named as
    // the constructor's arguments (the rule of Initializer). Core checks them as the constructors do.
    public static partial class Keras
    {
        /// <summary>keras.initializers.Constant: every value <paramref name="value"/>.</summary>
        /// <param name="value">The value (a scalar).</param>
        public static Initializer Constant(double value = 0.0) => Initializer.Object("Constant", A("value", value));

        /// <summary>keras.initializers.Zeros: every value 0.</summary>
        public static Initializer Zeros() => Initializer.Object("Zeros");

        /// <summary>keras.initializers.Ones: every value 1.</summary>
        public static Initializer Ones() => Initializer.Object("Ones");

        /// <summary>keras.initializers.Identity: the identity matrix times <paramref name="gain"/> (2-D weights only).</summary>
        /// <param name="gain">The factor applied to the identity matrix.</param>
        public static Initializer Identity(double gain = 1.0) => Initializer.Object("Identity", A("gain", gain));

        /// <summary>keras.initializers.STFT: the kernel of a short-time Fourier transform (the STFTSpectrogram layer's).</summary>
        /// <param name="side">"real" or "imag": which part of the transform the kernel computes.</param>
        /// <param name="window">A scipy.signal.windows name such as "hann", or null for no window.</param>
        /// <param name="scaling">"density" or "spectrum", or null for no scaling.</param>
        /// <param name="periodic">Whether the window is periodic.</param>
        public static Initializer STFT(string side = "real", string? window = "hann", string? scaling = "density", bool periodic = false) =>
            Initializer.Object("STFT", A("side", side), A("window", window), A("scaling", scaling), A("periodic", periodic));

        /// <summary>keras.initializers.RandomNormal: a normal distribution.</summary>
        /// <param name="mean">The mean.</param>
        /// <param name="stddev">The standard deviation.</param>
        /// <param name="seed">A seed, or null for a random one.</param>
        public static Initializer RandomNormal(double mean = 0.0, double stddev = 0.05, int? seed = null) =>
            Initializer.Object("RandomNormal", A("mean", mean), A("stddev", stddev), A("seed", seed));

        /// <summary>keras.initializers.TruncatedNormal: a normal distribution cut at two standard deviations.</summary>
        /// <param name="mean">The mean.</param>
        /// <param name="stddev">The standard deviation.</param>
        /// <param name="seed">A seed, or null for a random one.</param>
        public static Initializer TruncatedNormal(double mean = 0.0, double stddev = 0.05, int? seed = null) =>
            Initializer.Object("TruncatedNormal", A("mean", mean), A("stddev", stddev), A("seed", seed));

        /// <summary>keras.initializers.RandomUniform: a uniform distribution over [minval, maxval).</summary>
        /// <param name="minval">The lower bound.</param>
        /// <param name="maxval">The upper bound.</param>
        /// <param name="seed">A seed, or null for a random one.</param>
        public static Initializer RandomUniform(double minval = -0.05, double maxval = 0.05, int? seed = null) =>
            Initializer.Object("RandomUniform", A("minval", minval), A("maxval", maxval), A("seed", seed));

        /// <summary>keras.initializers.VarianceScaling: a distribution scaled to the weights' fan-in, fan-out or their average.</summary>
        /// <param name="scale">The scaling factor, above 0.</param>
        /// <param name="mode">"fan_in", "fan_out" or "fan_avg".</param>
        /// <param name="distribution">"truncated_normal", "untruncated_normal" or "uniform" ("normal" is "truncated_normal").</param>
        /// <param name="seed">A seed, or null for a random one.</param>
        /// <param name="inputAxes">The axes whose sizes make the fan-in, or <c>default</c> for Keras's rule.</param>
        /// <param name="outputAxes">The axes whose sizes make the fan-out, or <c>default</c> for Keras's rule.</param>
        public static Initializer VarianceScaling(double scale = 1.0, string mode = "fan_in", string distribution = "truncated_normal",
            int? seed = null, Size inputAxes = default, Size outputAxes = default) =>
            Initializer.Object("VarianceScaling", A("scale", scale), A("mode", mode), A("distribution", distribution), A("seed", seed),
                A("inputAxes", inputAxes), A("outputAxes", outputAxes));

        /// <summary>keras.initializers.GlorotNormal (Xavier normal): VarianceScaling(1.0, "fan_avg", "truncated_normal").</summary>
        /// <param name="seed">A seed, or null for a random one.</param>
        /// <param name="inputAxes">The axes whose sizes make the fan-in, or <c>default</c> for Keras's rule.</param>
        /// <param name="outputAxes">The axes whose sizes make the fan-out, or <c>default</c> for Keras's rule.</param>
        public static Initializer GlorotNormal(int? seed = null, Size inputAxes = default, Size outputAxes = default) =>
            FanScaled("GlorotNormal", seed, inputAxes, outputAxes);

        /// <summary>keras.initializers.GlorotUniform (Xavier uniform): VarianceScaling(1.0, "fan_avg", "uniform"), Keras's usual kernel initializer.</summary>
        /// <param name="seed">A seed, or null for a random one.</param>
        /// <param name="inputAxes">The axes whose sizes make the fan-in, or <c>default</c> for Keras's rule.</param>
        /// <param name="outputAxes">The axes whose sizes make the fan-out, or <c>default</c> for Keras's rule.</param>
        public static Initializer GlorotUniform(int? seed = null, Size inputAxes = default, Size outputAxes = default) =>
            FanScaled("GlorotUniform", seed, inputAxes, outputAxes);

        /// <summary>keras.initializers.LecunNormal: VarianceScaling(1.0, "fan_in", "truncated_normal").</summary>
        /// <param name="seed">A seed, or null for a random one.</param>
        /// <param name="inputAxes">The axes whose sizes make the fan-in, or <c>default</c> for Keras's rule.</param>
        /// <param name="outputAxes">The axes whose sizes make the fan-out, or <c>default</c> for Keras's rule.</param>
        public static Initializer LecunNormal(int? seed = null, Size inputAxes = default, Size outputAxes = default) =>
            FanScaled("LecunNormal", seed, inputAxes, outputAxes);

        /// <summary>keras.initializers.LecunUniform: VarianceScaling(1.0, "fan_in", "uniform").</summary>
        /// <param name="seed">A seed, or null for a random one.</param>
        /// <param name="inputAxes">The axes whose sizes make the fan-in, or <c>default</c> for Keras's rule.</param>
        /// <param name="outputAxes">The axes whose sizes make the fan-out, or <c>default</c> for Keras's rule.</param>
        public static Initializer LecunUniform(int? seed = null, Size inputAxes = default, Size outputAxes = default) =>
            FanScaled("LecunUniform", seed, inputAxes, outputAxes);

        /// <summary>keras.initializers.HeNormal: VarianceScaling(2.0, "fan_in", "truncated_normal"), for ReLU layers.</summary>
        /// <param name="seed">A seed, or null for a random one.</param>
        /// <param name="inputAxes">The axes whose sizes make the fan-in, or <c>default</c> for Keras's rule.</param>
        /// <param name="outputAxes">The axes whose sizes make the fan-out, or <c>default</c> for Keras's rule.</param>
        public static Initializer HeNormal(int? seed = null, Size inputAxes = default, Size outputAxes = default) =>
            FanScaled("HeNormal", seed, inputAxes, outputAxes);

        /// <summary>keras.initializers.HeUniform: VarianceScaling(2.0, "fan_in", "uniform").</summary>
        /// <param name="seed">A seed, or null for a random one.</param>
        /// <param name="inputAxes">The axes whose sizes make the fan-in, or <c>default</c> for Keras's rule.</param>
        /// <param name="outputAxes">The axes whose sizes make the fan-out, or <c>default</c> for Keras's rule.</param>
        public static Initializer HeUniform(int? seed = null, Size inputAxes = default, Size outputAxes = default) =>
            FanScaled("HeUniform", seed, inputAxes, outputAxes);

        /// <summary>keras.initializers.Orthogonal: an orthogonal matrix times <paramref name="gain"/>, Keras's recurrent kernel initializer.</summary>
        /// <param name="gain">The factor applied to the matrix.</param>
        /// <param name="seed">A seed, or null for a random one.</param>
        public static Initializer Orthogonal(double gain = 1.0, int? seed = null) =>
            Initializer.Object("Orthogonal", A("gain", gain), A("seed", seed));

        private static Initializer FanScaled(string className, int? seed, Size inputAxes, Size outputAxes) =>
            Initializer.Object(className, A("seed", seed), A("inputAxes", inputAxes), A("outputAxes", outputAxes));
    }
}
