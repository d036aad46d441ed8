using System;
using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>Every layer class Core knows, by Keras class name. Each family lists its own types.</summary>
    internal static class LayerCatalog
    {
        private static readonly Dictionary<string, LayerType> ByName = Families()
            .SelectMany(f => f)
            .ToDictionary(t => t.ClassName, StringComparer.Ordinal);

        private static IEnumerable<IReadOnlyList<LayerType>> Families() => new[]
        {
            CoreLayers.Types,
            ConvolutionLayers.Types,
            PoolingLayers.Types,
            ReshapingLayers.Types,
            RecurrentLayers.Types,
            NormalizationLayers.Types,
            ActivationLayers.Types,
            RegularizationLayers.Types,
            PreprocessingLayers.Types,
            AugmentationLayers.Types,
            EncodingLayers.Types,
            MergingLayers.Types,
            AttentionLayers.Types,
            System.Array.AsReadOnly(new[] { InputLayer.Type }),
        };

        public static IEnumerable<LayerType> All => ByName.Values;

        public static bool TryGet(string className, out LayerType type) => ByName.TryGetValue(className, out type!);

        /// <summary>Keras's automatic-name prefix of a class, cached for known classes (Naming's regexes otherwise).</summary>
        public static string AutoNamePrefix(string className) =>
            TryGet(className, out var type) ? type.AutoNamePrefix : Naming.ToSnakeCase(className);

        /// <summary>The class's type; KD0016 for an unknown class, attributed to <paramref name="layerName"/> or the class's snake_case name.</summary>
        public static LayerType Get(string className, string? layerName = null)
        {
            if (TryGet(className, out var type)) return type;
            layerName ??= Naming.ToSnakeCase(className);
            throw new KerasModelException(Diagnostics.UnknownLayerClass, layerName,
                $"is of unknown layer class '{className}': KerasDsl knows {ByName.Count} Keras layer classes ({string.Join(", ", ByName.Keys.OrderBy(k => k, StringComparer.Ordinal))}). " +
                "Check the spelling of the class name.");
        }
    }
}
