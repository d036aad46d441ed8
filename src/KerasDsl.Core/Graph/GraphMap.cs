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
        private readonly Dictionary<Layer, int> layerIndices;
        private readonly int[] positionOfLayer;

        private GraphMap(Layer[] layers, Dictionary<Layer, int> layerIndices, int[] positionOfLayer, Dictionary<Node, int> nodeSlots,
            IReadOnlyList<IReadOnlyList<Node>> nodesByDepth)
        {
            Layers = layers;
            this.layerIndices = layerIndices;
            this.positionOfLayer = positionOfLayer;
            NodeSlots = nodeSlots;
            NodesByDepth = nodesByDepth;
        }

        public Layer[] Layers { get; }

        /// <summary>Every node of the graph (its value: its place in the walk's post-order).</summary>
        public Dictionary<Node, int> NodeSlots { get; }

        public IReadOnlyList<IReadOnlyList<Node>> NodesByDepth { get; }

        /// <summary>Where <paramref name="layer"/> is in <see cref="Layers"/>, or -1 when it is not a layer of the graph.</summary>
        public int IndexOf(Layer layer) => layerIndices.TryGetValue(layer, out int met) ? positionOfLayer[met] : -1;

        /// <summary>
        /// One node on the walk's path: which of its inputs comes next, its layer's index, and where its parents' slots
        /// go in the walk's list of them.
        /// </summary>
        private struct Frame
        {
            public Node Node;
            public int Next;
            public int Layer;
            public int Parents;
        }

        public static GraphMap Build(IReadOnlyList<KerasTensor> inputs, IReadOnlyList<KerasTensor> outputs, string modelName)
        {
            // _build_map: post-order of the nodes from each output (a node's slot is its place in it); a layer's index
            // is when the walk first met it. The walk also notes, by slot, each node's layer index and its parents'
            // slots, so that the depths below are computed over arrays, without looking a node up again.
            // The graph has at least as many nodes (and about as many edges) as its longest path, and most graphs as many
            // layers: the lists and dictionaries start at that size instead of growing to it.
            int atLeast = 0;
            for (int o = 0; o < outputs.Count; o++) if (outputs[o].Node.PathLength > atLeast) atLeast = outputs[o].Node.PathLength;
            var slots = new Dictionary<Node, int>(atLeast, NodeIdentity.Instance);
            var inDecreasingDepth = new List<Node>(atLeast);
            var layerOfSlot = new List<int>(atLeast);
            var parentsOfSlot = new List<int>(atLeast);
            var parentSlots = new List<int>(atLeast);
            var layerIndices = new Dictionary<Layer, int>(atLeast, LayerIdentity.Instance);
            var layersMet = new List<Layer>(atLeast);
            var path = new List<Frame>(atLeast);
            for (int o = 0; o < outputs.Count; o++)
            {
                if (slots.ContainsKey(outputs[o].Node)) continue;
                Enter(outputs[o].Node, layerIndices, layersMet, parentSlots, path);
                while (path.Count > 0)
                {
                    int top = path.Count - 1;
                    var frame = path[top];
                    if (frame.Next < frame.Node.InputArray.Length)
                    {
                        var parent = frame.Node.InputArray[frame.Next].Node;
                        frame.Next++;
                        path[top] = frame;
                        // A DAG built forward has no cycle: a parent not finished is met for the first time. Its slot
                        // is noted when it finishes, below.
                        if (slots.TryGetValue(parent, out int done)) parentSlots[frame.Parents + frame.Next - 1] = done;
                        else Enter(parent, layerIndices, layersMet, parentSlots, path);
                        continue;
                    }
                    path.RemoveAt(top);
                    int slot = inDecreasingDepth.Count;
                    slots[frame.Node] = slot;
                    inDecreasingDepth.Add(frame.Node);
                    layerOfSlot.Add(frame.Layer);
                    parentsOfSlot.Add(frame.Parents);
                    // The node that entered this one is on top again: this node is its input just walked.
                    if (top > 0)
                    {
                        var consumer = path[top - 1];
                        parentSlots[consumer.Parents + consumer.Next - 1] = slot;
                    }
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
                int li = layerOfSlot[i];
                if (layerDepth[li] > depth) depth = layerDepth[li];
                layerDepth[li] = depth;
                nodeDepth[i] = depth;
                int first = parentsOfSlot[i];
                for (int j = 0; j < node.InputArray.Length; j++)
                {
                    int parent = parentSlots[first + j];
                    if (nodeDepth[parent] < 0) depthOrder.Add(parent);
                    if (nodeDepth[parent] < depth + 1) nodeDepth[parent] = depth + 1;
                }
            }

            // Inputs that no output needs still belong to the model, at depth 0. Keras gives each the index -1 and sorts
            // stably, so they keep the inputs' order and come before the others of depth 0.
            var unusedInputs = new List<Layer>();
            for (int i = 0; i < inputs.Count; i++)
            {
                var input = inputs[i];
                if (layerIndices.ContainsKey(input.Node.Layer) || slots.ContainsKey(input.Node)) continue;
                layerIndices[input.Node.Layer] = layersMet.Count + unusedInputs.Count;
                unusedInputs.Add(input.Node.Layer);
                slots[input.Node] = inDecreasingDepth.Count;
                inDecreasingDepth.Add(input.Node);
                nodeDepth[inDecreasingDepth.Count - 1] = 0;
                depthOrder.Add(inDecreasingDepth.Count - 1);
            }

            // Layers by depth, deepest first, then by the order the walk met them (the unused inputs first at depth 0):
            // a counting sort over the depths, which keeps that order within each depth.
            int maxDepth = 0;
            for (int i = 0; i < layerDepth.Length; i++) if (layerDepth[i] > maxDepth) maxDepth = layerDepth[i];
            var start = new int[maxDepth + 2];
            start[maxDepth + 1 - 0] += unusedInputs.Count;
            for (int i = 0; i < layerDepth.Length; i++) start[maxDepth + 1 - layerDepth[i]]++;
            for (int d = 1; d < start.Length; d++) start[d] += start[d - 1];
            var layers = new Layer[layersMet.Count + unusedInputs.Count];
            var positionOfLayer = new int[layers.Length];
            for (int i = 0; i < unusedInputs.Count; i++)
            {
                int at = start[maxDepth]++;
                layers[at] = unusedInputs[i];
                positionOfLayer[layersMet.Count + i] = at;
            }
            for (int i = 0; i < layersMet.Count; i++)
            {
                int at = start[maxDepth - layerDepth[i]]++;
                layers[at] = layersMet[i];
                positionOfLayer[i] = at;
            }

            // Nodes by depth, deepest first; within a depth in the order their depths were first set.
            int nodeMax = 0;
            foreach (var slot in depthOrder) if (nodeDepth[slot] > nodeMax) nodeMax = nodeDepth[slot];
            var counts = new int[nodeMax + 1];
            foreach (var slot in depthOrder) counts[nodeDepth[slot]]++;
            var buckets = new Node[nodeMax + 1][];
            for (int d = 0; d <= nodeMax; d++) buckets[d] = counts[d] == 0 ? Array.Empty<Node>() : new Node[counts[d]];
            var filled = new int[nodeMax + 1];
            foreach (var slot in depthOrder)
            {
                int d = nodeDepth[slot];
                buckets[d][filled[d]++] = inDecreasingDepth[slot];
            }
            int depths = 0;
            for (int d = 0; d <= nodeMax; d++) if (counts[d] > 0) depths++;
            var nodesByDepth = new Node[depths][];
            for (int d = nodeMax, k = 0; d >= 0; d--)
                if (counts[d] > 0) nodesByDepth[k++] = buckets[d];
            CheckConnected(inputs, nodesByDepth, modelName);
            return new GraphMap(layers, layerIndices, positionOfLayer, slots, nodesByDepth);
        }

        /// <summary>Puts a node met for the first time on the path; its layer gets an index if the walk had not met it.</summary>
        private static void Enter(Node node, Dictionary<Layer, int> layerIndices, List<Layer> layersMet, List<int> parentSlots, List<Frame> path)
        {
            if (!layerIndices.TryGetValue(node.Layer, out int layer))
            {
                layer = layersMet.Count;
                layerIndices[node.Layer] = layer;
                layersMet.Add(node.Layer);
            }
            int parents = parentSlots.Count;
            for (int j = 0; j < node.InputArray.Length; j++) parentSlots.Add(-1);
            path.Add(new Frame { Node = node, Next = 0, Layer = layer, Parents = parents });
        }

        /// <summary>
        /// Keras's "Graph disconnected" check. The walk from the outputs reached every node they depend on, up to the
        /// Inputs they start from, so the graph is computable exactly when each of those Inputs is one of the model's.
        /// </summary>
        private static void CheckConnected(IReadOnlyList<KerasTensor> inputs, Node[][] nodesByDepth, string modelName)
        {
            var inputNodes = new HashSet<Node>();
            for (int i = 0; i < inputs.Count; i++) inputNodes.Add(inputs[i].Node);
            var complete = new List<string>();
            for (int di = 0; di < nodesByDepth.Length; di++)
                for (int ni = 0; ni < nodesByDepth[di].Length; ni++)
                {
                    var node = nodesByDepth[di][ni];
                    if (node.InputArray.Length == 0 && node.Layer is InputLayer && !inputNodes.Contains(node))
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
