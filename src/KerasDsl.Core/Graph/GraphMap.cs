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
                foreach (var t in node.Inputs)
                    if (!nodeDepths.TryGetValue(t.Node, out int d) || d < depth + 1) nodeDepths[t.Node] = depth + 1;
            }
            // Inputs that no output needs still belong to the model, at depth 0, before the others of that depth.
            foreach (var input in inputs)
                if (!layerDepths.ContainsKey(input.Node.Layer))
                {
                    layerDepths[input.Node.Layer] = 0;
                    layerIndices[input.Node.Layer] = -1;
                    nodeDepths[input.Node] = 0;
                }

            var layers = layerDepths.Keys
                .OrderByDescending(l => layerDepths[l])
                .ThenBy(l => layerIndices[l])
                .ToList();
            var nodesByDepth = nodeDepths
                .GroupBy(p => p.Value)
                .OrderByDescending(g => g.Key)
                .Select(g => (IReadOnlyList<Node>)g.Select(p => p.Key).ToList())
                .ToList();
            CheckConnected(inputs, nodesByDepth, modelName);
            return new GraphMap(layers, nodeDepths, nodesByDepth);
        }

        private static void Enter(Node node, Dictionary<Layer, int> layerIndices, List<(Node, int)> path)
        {
            if (!layerIndices.ContainsKey(node.Layer)) layerIndices[node.Layer] = layerIndices.Count;
            path.Add((node, 0));
        }

        /// <summary>Keras's "Graph disconnected" check: every node's inputs must be computable from the model's inputs.</summary>
        private static void CheckConnected(IReadOnlyList<KerasTensor> inputs, IReadOnlyList<IReadOnlyList<Node>> nodesByDepth, string modelName)
        {
            var computable = new HashSet<KerasTensor>(inputs);
            var inputNodes = new HashSet<Node>();
            foreach (var input in inputs) inputNodes.Add(input.Node);
            var complete = new List<string>();
            foreach (var depth in nodesByDepth)
                foreach (var node in depth)
                {
                    if (node.Inputs.Count > 0 || !(node.Layer is InputLayer))
                        foreach (var t in node.Inputs)
                            if (!computable.Contains(t))
                                throw Disconnected(modelName, node, t, complete);
                    if (node.Inputs.Count == 0 && node.Layer is InputLayer && !inputNodes.Contains(node))
                        throw new KerasModelException(Diagnostics.GraphDisconnected, modelName,
                            $"cannot obtain the value of {node.Layer.Name}'s tensor {node.Outputs[0].Shape}: it is an Input the model's inputs do not include. " +
                            "Add that Input to the model's inputs, or build the outputs from the given inputs only.");
                    foreach (var t in node.Outputs) computable.Add(t);
                    complete.Add(node.Layer.Name);
                }
        }

        private static KerasModelException Disconnected(string modelName, Node node, KerasTensor missing, List<string> complete) =>
            new KerasModelException(Diagnostics.GraphDisconnected, modelName,
                $"is disconnected: it cannot obtain the value of tensor {missing.Shape} from {missing.Node.Layer.Name} at layer {node.Layer.Name}" +
                (complete.Count == 0 ? "" : " (the layers reached: " + string.Join(", ", complete.Take(8)) + (complete.Count > 8 ? ", ..." : "") + ")") +
                ". Add the Input it comes from to the model's inputs.");
    }
}
