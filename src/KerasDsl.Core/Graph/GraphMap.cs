using System;
using System.Collections.Generic;
using System.Linq;

namespace KerasDsl.Core
{
    /// <summary>
    /// Keras 2's <c>_map_graph_network</c> (tf.keras engine/functional.py), iterative so that a graph of any depth
    /// maps without recursion: the nodes reachable from the outputs, their depths (an output's node is 0, a node
    /// feeding one of depth d is at least d + 1), the layers ordered by depth (deepest first) and, within a depth,
    /// by the order a depth-first walk from the outputs met them. Summaries, "Connected to" and model.layers follow it.
    /// </summary>
    internal sealed class GraphMap
    {
        private GraphMap(IReadOnlyList<Layer> layers, Dictionary<Node, int> nodeDepths, IReadOnlyList<IReadOnlyList<Node>> nodesByDepth)
        {
            Layers = layers;
            NodeDepths = nodeDepths;
            NodesByDepth = nodesByDepth;
        }

        public IReadOnlyList<Layer> Layers { get; }
        public Dictionary<Node, int> NodeDepths { get; }
        public IReadOnlyList<IReadOnlyList<Node>> NodesByDepth { get; }

        public static GraphMap Build(IReadOnlyList<KerasTensor> inputs, IReadOnlyList<KerasTensor> outputs, string modelName)
        {
            // _build_map: post-order of the nodes from each output; a layer's index is when it was first met.
            var finished = new HashSet<Node>();
            var inDecreasingDepth = new List<Node>();
            var layerIndices = new Dictionary<Layer, int>();
            var path = new List<(Node node, int next)>();
            foreach (var output in outputs)
            {
                if (finished.Contains(output.Node)) continue;
                Enter(output.Node, layerIndices, path);
                while (path.Count > 0)
                {
                    int top = path.Count - 1;
                    var (node, next) = path[top];
                    if (next < node.Inputs.Count)
                    {
                        path[top] = (node, next + 1);
                        var parent = node.Inputs[next].Node;
                        // A DAG built forward has no cycle: a parent not finished is met for the first time.
                        if (!finished.Contains(parent)) Enter(parent, layerIndices, path);
                        continue;
                    }
                    path.RemoveAt(top);
                    finished.Add(node);
                    inDecreasingDepth.Add(node);
                }
            }

            // Depths, from the outputs back.
            var nodeDepths = new Dictionary<Node, int>();
            var layerDepths = new Dictionary<Layer, int>();
            for (int i = inDecreasingDepth.Count - 1; i >= 0; i--)
            {
                var node = inDecreasingDepth[i];
                if (!nodeDepths.TryGetValue(node, out int depth)) depth = 0;
                if (layerDepths.TryGetValue(node.Layer, out int previous) && previous > depth) depth = previous;
                layerDepths[node.Layer] = depth;
                nodeDepths[node] = depth;
                var nodeInputs = node.Inputs;
                for (int j = 0; j < nodeInputs.Count; j++)
                {
                    var t = nodeInputs[j];
                    if (!nodeDepths.TryGetValue(t.Node, out int d) || d < depth + 1) nodeDepths[t.Node] = depth + 1;
                }
            }
            // Inputs that no output needs still belong to the model, at depth 0, before the others of that depth.
            // Keras gives each -1 and sorts stably, so they keep the inputs' order: here each its own index below 0.
            for (int i = 0; i < inputs.Count; i++)
            {
                var input = inputs[i];
                if (!layerDepths.ContainsKey(input.Node.Layer))
                {
                    layerDepths[input.Node.Layer] = 0;
                    layerIndices[input.Node.Layer] = -inputs.Count + i;
                    nodeDepths[input.Node] = 0;
                }
            }

            // Layers by depth, deepest first, then by the order the walk met them: one sort of packed keys.
            int maxDepth = 0;
            foreach (var d in layerDepths.Values) if (d > maxDepth) maxDepth = d;
            var layers = new Layer[layerDepths.Count];
            var keys = new long[layers.Length];
            int k = 0;
            foreach (var pair in layerDepths)
            {
                layers[k] = pair.Key;
                keys[k++] = ((long)(maxDepth - pair.Value) << 32) | (uint)(layerIndices[pair.Key] + inputs.Count);
            }
            Array.Sort(keys, layers);

            // Nodes by depth, deepest first; within a depth in the order their depths were set, as Keras's dict keeps them.
            var buckets = new List<Node>?[maxDepth + 1];
            int nodeMax = 0;
            foreach (var d in nodeDepths.Values) if (d > nodeMax) nodeMax = d;
            if (nodeMax > maxDepth) buckets = new List<Node>?[nodeMax + 1];
            foreach (var pair in nodeDepths) (buckets[pair.Value] ??= new List<Node>()).Add(pair.Key);
            var nodesByDepth = new List<IReadOnlyList<Node>>();
            for (int d = buckets.Length - 1; d >= 0; d--)
                if (buckets[d] != null) nodesByDepth.Add(buckets[d]!);
            CheckConnected(inputs, nodesByDepth, modelName);
            return new GraphMap(layers, nodeDepths, nodesByDepth);
        }

        private static void Enter(Node node, Dictionary<Layer, int> layerIndices, List<(Node, int)> path)
        {
            if (!layerIndices.ContainsKey(node.Layer)) layerIndices[node.Layer] = layerIndices.Count;
            path.Add((node, 0));
        }

        /// <summary>
        /// Keras's "Graph disconnected" check. The walk from the outputs reached every node they depend on, up to the
        /// Inputs they start from, so the graph is computable exactly when each of those Inputs is one of the model's.
        /// </summary>
        private static void CheckConnected(IReadOnlyList<KerasTensor> inputs, IReadOnlyList<IReadOnlyList<Node>> nodesByDepth, string modelName)
        {
            var inputNodes = new HashSet<Node>();
            for (int i = 0; i < inputs.Count; i++) inputNodes.Add(inputs[i].Node);
            var complete = new List<string>();
            for (int di = 0; di < nodesByDepth.Count; di++)
                for (int ni = 0; ni < nodesByDepth[di].Count; ni++)
                {
                    var node = nodesByDepth[di][ni];
                    if (node.Inputs.Count == 0 && node.Layer is InputLayer && !inputNodes.Contains(node))
                    {
                        foreach (var consumerDepth in nodesByDepth)
                            foreach (var consumer in consumerDepth)
                                foreach (var t in consumer.Inputs)
                                    if (t.Node == node) throw Disconnected(modelName, consumer, t, complete);
                        throw new KerasModelException(Diagnostics.GraphDisconnected, modelName,
                            $"cannot obtain the value of {node.Layer.Name}'s tensor {node.Outputs[0].Shape}: it is an Input the model's inputs do not include. " +
                            "Add that Input to the model's inputs, or build the outputs from the given inputs only.");
                    }
                    if (complete.Count < 9) complete.Add(node.Layer.Name);
                }
        }


        private static KerasModelException Disconnected(string modelName, Node node, KerasTensor missing, List<string> complete) =>
            new KerasModelException(Diagnostics.GraphDisconnected, modelName,
                $"is disconnected: it cannot obtain the value of tensor {missing.Shape} from {missing.Node.Layer.Name} at layer {node.Layer.Name}" +
                (complete.Count == 0 ? "" : " (the layers reached: " + string.Join(", ", complete.Take(8)) + (complete.Count > 8 ? ", ..." : "") + ")") +
                ". Add the Input it comes from to the model's inputs.");
    }
}
