using System.Collections.Generic;

namespace KerasDsl.Core
{
    /// <summary>
    /// keras.layers.Attention (keras/src/layers/attention/attention.py), Luong-style dot-product attention on [query,
    /// value] or [query, value, key]: output <c>(*query[:-1], value[-1])</c> (<see cref="AttentionBase"/>). Weights: a
    /// scalar <c>scale</c> with use_scale, a scalar <c>concat_score_weight</c> with score_mode "concat". score_mode is
    /// "dot" or "concat", exactly (Keras compares it as written).
    /// </summary>
    internal sealed class Attention : AttentionBase
    {
        public static readonly LayerType Type = new LayerType("Attention", a => new Attention(a));

        private readonly bool useScale;
        private readonly bool concat;

        private Attention(LayerArgs args) : base(args)
        {
            useScale = args.Bool("useScale", false);
            concat = args.ExactOption("scoreMode", "dot", "dot", "concat") == "concat";
            args.Float("dropout", 0);
            args.Seed();
        }

        protected override void Build(IReadOnlyList<Shape> inputs, WeightList weights)
        {
            RequireQueryAndValue(inputs);
            if (useScale) weights.Add("scale");
            if (concat) weights.Add("concat_score_weight");
        }
    }
}
