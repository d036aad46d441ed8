namespace KerasDsl.Core
{
    /// <summary>keras.layers.UpSampling2D: rows and cols × size (n or (r, c), default (2, 2)), with an interpolation.</summary>
    internal sealed class UpSampling2D : UpSamplingBase
    {
        public static readonly LayerType Type = new LayerType("UpSampling2D", a => new UpSampling2D(a));

        private UpSampling2D(LayerArgs args) : base(args, args.IntTuple("size", 2, new long[] { 2, 2 }), SpatialLayout.Read(args, 2))
        {
            // Keras 3 lowercases it and leaves the check to the backend's resize at the first call;
            // these are the TensorFlow backend's RESIZE_INTERPOLATIONS (keras/src/backend/tensorflow/image.py).
            args.Option("interpolation", "nearest", OptionLists.UpSamplingInterpolations);
        }
    }
}
