using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.AdditiveAttention (keras/src/layers/attention/additive_attention.py), Bahdanau-style attention on
    /// [query, value] or [query, value, key]: output <c>(*query[:-1], value[-1])</c> (<see cref="AttentionBase"/>).
    /// Weights: with use_scale (the default) a <c>scale</c> of the query's last dim, which must then be known.
    /// </summary>
    internal sealed class AdditiveAttention : AttentionBase
    {
        public static readonly LayerType Type = new LayerType("AdditiveAttention", a => new AdditiveAttention(a));

        private readonly bool useScale;

        private AdditiveAttention(LayerArgs args) : base(args)
        {
            useScale = args.Bool("useScale", true);
            args.Float("dropout", 0);
            // additive_attention.py passes **kwargs on to Attention, which takes seed.
            args.Seed();
        }

        protected override void Build(IReadOnlyList<Shape> inputs, WeightList weights)
        {
            RequireQueryAndValue(inputs);
            if (useScale) weights.Add("scale", RequireKnown(inputs[0], -1, "last dim (features) of the query"));
        }
    }
}
