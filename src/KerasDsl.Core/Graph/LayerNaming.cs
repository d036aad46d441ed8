using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras's automatic names for a model's layers (keras/src/utils/naming.py auto_name/uniquify): one counter per
    /// snake_case prefix, taken in the order the layers were made (dense, dense_1, ...), as a fresh Python session
    /// that builds just this model names them. Explicit names do not count. Layers inside the model's layers (a
    /// wrapper's inner layer, a nested model's layers) were made too, and before their owner, so they count first.
    /// </summary>
    internal static class LayerNaming
    {
        /// <summary>The name of each of the map's layers, by its index in <see cref="GraphMap.Layers"/>.</summary>
        public static string[] Assign(GraphMap map, string modelName)
        {
            var layers = map.Layers;
            var names = new string[layers.Length];
            List<(long order, int sub, string? prefix, Layer? layer)>? items = null;
            HashSet<Layer>? seen = null;
            for (int i = 0; i < layers.Length; i++)
            {
                var layer = layers[i];
                // A layer with name: and nothing written inside it moves no counter: it keeps its name.
                if (layer.HasExplicitName && layer.Call.Depth == 1 && !(layer is ModelLayer))
                {
                    names[i] = layer.Name;
                    continue;
                }
                Collect(layer, items ??= new List<(long, int, string?, Layer?)>(), seen ??= new HashSet<Layer>());
            }
            if (items != null)
            {
                items.Sort((a, b) => a.order != b.order ? a.order.CompareTo(b.order) : a.sub.CompareTo(b.sub));
                var counters = new Dictionary<string, int>();
                foreach (var (_, _, prefix, layer) in items)
                {
                    string? name = null;
                    if (prefix != null)
                    {
                        counters.TryGetValue(prefix, out int count);
                        counters[prefix] = count + 1;
                        name = count == 0 ? prefix : prefix + "_" + count;
                    }
                    // Layers inside the model's layers move the counters; only the model's own layers get a name here.
                    int index = layer == null ? -1 : map.IndexOf(layer);
                    if (index >= 0) names[index] = name ?? layer!.Name;
                }
            }

            var byName = new Dictionary<string, Layer>(layers.Length);
            for (int i = 0; i < layers.Length; i++)
            {
                var layer = layers[i];
                var name = names[i];
                if (byName.TryGetValue(name, out var other))
                {
                    // The fix renames the layer whose name: was written (the later one when both were), to a name no layer of the model has.
                    var named = layer.HasExplicitName ? layer : other.HasExplicitName ? other : null;
                    var taken = new HashSet<string>(names);
                    throw new KerasModelException(Diagnostics.DuplicateLayerName, name,
                        $"is the name of two layers of {modelName} ({other.ClassName} and {layer.ClassName}): layer names must be unique in a model. " +
                        "Pass a different name:, or leave name: out for an automatic one.", -1, null,
                        named == null ? null : RefusalFix.Rename(name, NextFreeName(name, taken.Contains), named));
                }
                byName[name] = layer;
            }
            return names;
        }

        /// <summary>
        /// The name Keras's numbering gives next after <paramref name="name"/>, skipping taken ones: <c>dense</c> ->
        /// <c>dense_1</c>, <c>dense_1</c> -> <c>dense_2</c> (a numbered name counts on from its number), for the KD0005 fix.
        /// </summary>
        public static string NextFreeName(string name, System.Func<string, bool> isTaken)
        {
            string stem = name;
            long next = 1;
            int underscore = name.LastIndexOf('_');
            if (underscore > 0 && underscore < name.Length - 1 && name.Length - underscore <= 10)
            {
                bool digits = true;
                for (int i = underscore + 1; i < name.Length; i++) digits &= name[i] >= '0' && name[i] <= '9';
                if (digits && long.TryParse(name.Substring(underscore + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number))
                {
                    stem = name.Substring(0, underscore);
                    next = number + 1;
                }
            }
            while (true)
            {
                string candidate = stem + "_" + next.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!isTaken(candidate)) return candidate;
                next++;
            }
        }

        /// <summary>
        /// The automatic name a layer of <paramref name="prefix"/> made at <paramref name="creationOrder"/> gets among
        /// <paramref name="layers"/>: the prefix numbered by the unnamed layers of that prefix made before it.
        /// </summary>
        public static string NameAmong(IEnumerable<Layer> layers, string prefix, long creationOrder)
        {
            var items = new List<(long order, int sub, string? prefix, Layer? layer)>();
            var seen = new HashSet<Layer>();
            foreach (var layer in layers) Collect(layer, items, seen);
            int count = 0;
            foreach (var item in items)
                if (item.prefix == prefix && item.order < creationOrder) count++;
            return count == 0 ? prefix : prefix + "_" + count;
        }

        /// <summary>
        /// The automatic-name prefixes used up inside a model (its unnamed layers, theirs, and those written inside
        /// wrappers, in the order they were made): a chain the model is added to counts them before the model itself.
        /// </summary>
        public static IEnumerable<string> PrefixesInside(IKerasModel model)
        {
            var items = new List<(long order, int sub, string? prefix, Layer? layer)>();
            var seen = new HashSet<Layer>();
            foreach (var layer in model.Layers.OrderBy(l => l.CreationOrder)) Collect(layer, items, seen);
            items.Sort((a, b) => a.order != b.order ? a.order.CompareTo(b.order) : a.sub.CompareTo(b.sub));
            return items.Where(i => i.prefix != null).Select(i => i.prefix!).ToList();
        }

        /// <summary>The naming events of a layer: its unnamed inner layers, then itself (a prefix when it has no name:).</summary>
        private static void Collect(Layer layer, List<(long, int, string?, Layer?)> items, HashSet<Layer> seen)
        {
            if (!seen.Add(layer)) return;
            int sub = 0;
            if (layer is ModelLayer nested)
                foreach (var inner in nested.Model.Layers.OrderBy(l => l.CreationOrder)) Collect(inner, items, seen);
            else if (layer.Call.Depth > 1)
                foreach (var prefix in InnerPrefixes(layer.Call)) items.Add((layer.CreationOrder, sub++, prefix, null));
            items.Add((layer.CreationOrder, sub, layer.HasExplicitName ? null : layer.AutoNamePrefix, layer));
        }

        /// <summary>The prefixes of the unnamed layers written as arguments of a call, innermost first (Python builds them first).</summary>
        internal static IEnumerable<string> InnerPrefixes(LayerCall call)
        {
            var result = new List<string>();
            // Arguments are layers written inside: collect depth-first, inner ones before the one that holds them.
            Walk(call, result);
            return result;
        }

        private static void Walk(LayerCall call, List<string> prefixes)
        {
            // Nesting is bounded by LayerCall.MaxNesting, so this recursion is too.
            foreach (var arg in call.Args)
            {
                var inner = arg.Value.Layer;
                if (arg.Value.Kind != ArgKind.Layer || inner == null) continue;
                Walk(inner, prefixes);
                var innerName = inner.Find("name");
                if (innerName == null || innerName.IsNull) prefixes.Add(LayerCatalog.AutoNamePrefix(inner.ClassName));
            }
        }
    }
}
