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
        private GraphMap(IReadOnlyList<Layer> layers, Dictionary<Node, int> nodeSlots, IReadOnlyList<IReadOnlyList<Node>> nodesByDepth)
        {
            Layers = layers;
            NodeSlots = nodeSlots;
            NodesByDepth = nodesByDepth;
        }

        public IReadOnlyList<Layer> Layers { get; }

        /// <summary>Every node of the graph (its value: its place in the walk's post-order).</summary>
        public Dictionary<Node, int> NodeSlots { get; }

        public IReadOnlyList<IReadOnlyList<Node>> NodesByDepth { get; }

        public static GraphMap Build(IReadOnlyList<KerasTensor> inputs, IReadOnlyList<KerasTensor> outputs, string modelName)
        {
            // _build_map: post-order of the nodes from each output (a node's slot is its place in it); a layer's index
            // is when the walk first met it.
            var slots = new Dictionary<Node, int>();
            var inDecreasingDepth = new List<Node>();
            var layerIndices = new Dictionary<Layer, int>();
            var layersMet = new List<Layer>();
            var path = new List<(Node node, int next)>();
            for (int o = 0; o < outputs.Count; o++)
            {
                if (slots.ContainsKey(outputs[o].Node)) continue;
                Enter(outputs[o].Node, layerIndices, layersMet, path);
                while (path.Count > 0)
                {
                    int top = path.Count - 1;
                    var (node, next) = path[top];
                    if (next < node.Inputs.Count)
                    {
                        path[top] = (node, next + 1);
                        var parent = node.Inputs[next].Node;
                        // A DAG built forward has no cycle: a parent not finished is met for the first time.
                        if (!slots.ContainsKey(parent)) Enter(parent, layerIndices, layersMet, path);
                        continue;
                    }
                    path.RemoveAt(top);
                    slots[node] = inDecreasingDepth.Count;
                    inDecreasingDepth.Add(node);
                }
            }

            // Depths, from the outputs back, in arrays by slot and by layer index; the order in which nodes first get a
            // depth is kept, as Keras's dict of depths keeps it.
            int n = inDecreasingDepth.Count;
            var nodeDepth = new int[n + inputs.Count];
            for (int i = 0; i < nodeDepth.Length; i++) nodeDepth[i] = -1;
            var depthOrder = new List<int>(n + inputs.Count);
            var layerDepth = new int[layersMet.Count];
            for (int i = 0; i < layerDepth.Length; i++) layerDepth[i] = -1;
            for (int i = n - 1; i >= 0; i--)
            {
                var node = inDecreasingDepth[i];
                int depth = nodeDepth[i];
                if (depth < 0) { depth = 0; depthOrder.Add(i); }
                int li = layerIndices[node.Layer];
                if (layerDepth[li] > depth) depth = layerDepth[li];
                layerDepth[li] = depth;
                nodeDepth[i] = depth;
                var nodeInputs = node.Inputs;
                for (int j = 0; j < nodeInputs.Count; j++)
                {
                    int parent = slots[nodeInputs[j].Node];
                    if (nodeDepth[parent] < 0) depthOrder.Add(parent);
                    if (nodeDepth[parent] < depth + 1) nodeDepth[parent] = depth + 1;
                }
            }

            // Inputs that no output needs still belong to the model, at depth 0. Keras gives each the index -1 and sorts
            // stably, so they keep the inputs' order and come before the others of depth 0: here indices below 0.
            var unusedInputs = new List<(Layer layer, int index)>();
            for (int i = 0; i < inputs.Count; i++)
            {
                var input = inputs[i];
                if (layerIndices.ContainsKey(input.Node.Layer) || slots.ContainsKey(input.Node)) continue;
                unusedInputs.Add((input.Node.Layer, -inputs.Count + i));
                slots[input.Node] = inDecreasingDepth.Count;
                inDecreasingDepth.Add(input.Node);
                nodeDepth[inDecreasingDepth.Count - 1] = 0;
                depthOrder.Add(inDecreasingDepth.Count - 1);
            }

            // Layers by depth, deepest first, then by the order the walk met them: one sort of packed keys.
            int maxDepth = 0;
            for (int i = 0; i < layerDepth.Length; i++) if (layerDepth[i] > maxDepth) maxDepth = layerDepth[i];
            var layers = new Layer[layersMet.Count + unusedInputs.Count];
            var keys = new long[layers.Length];
            for (int i = 0; i < layersMet.Count; i++)
            {
                layers[i] = layersMet[i];
                keys[i] = ((long)(maxDepth - layerDepth[i]) << 32) | (uint)(i + inputs.Count);
            }
            for (int i = 0; i < unusedInputs.Count; i++)
            {
                layers[layersMet.Count + i] = unusedInputs[i].layer;
                keys[layersMet.Count + i] = ((long)maxDepth << 32) | (uint)(unusedInputs[i].index + inputs.Count);
            }
            Array.Sort(keys, layers);

            // Nodes by depth, deepest first; within a depth in the order their depths were first set.
            int nodeMax = 0;
            foreach (var slot in depthOrder) if (nodeDepth[slot] > nodeMax) nodeMax = nodeDepth[slot];
            var buckets = new List<Node>?[nodeMax + 1];
            foreach (var slot in depthOrder) (buckets[nodeDepth[slot]] ??= new List<Node>()).Add(inDecreasingDepth[slot]);
            var nodesByDepth = new List<IReadOnlyList<Node>>();
            for (int d = buckets.Length - 1; d >= 0; d--)
                if (buckets[d] != null) nodesByDepth.Add(buckets[d]!);
            CheckConnected(inputs, nodesByDepth, modelName);
            return new GraphMap(layers, slots, nodesByDepth);
        }

        private static void Enter(Node node, Dictionary<Layer, int> layerIndices, List<Layer> layersMet, List<(Node, int)> path)
        {
            if (!layerIndices.ContainsKey(node.Layer))
            {
                layerIndices[node.Layer] = layersMet.Count;
                layersMet.Add(node.Layer);
            }
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
