// Dijkstra's shortest paths over a weighted road graph.
using System.Collections.Generic;

namespace Roads;

public sealed record Edge(string To, int Cost);

public sealed class RoadMap
{
    private readonly Dictionary<string, List<Edge>> _edges = new();

    public void Connect(string a, string b, int cost)
    {
        Add(a, new Edge(b, cost));
        Add(b, new Edge(a, cost));
    }

    private void Add(string from, Edge edge)
    {
        if (!_edges.TryGetValue(from, out var list))
        {
            _edges[from] = list = new List<Edge>();
        }

        list.Add(edge);
    }

    public IReadOnlyDictionary<string, int> Distances(string source)
    {
        var distances = new Dictionary<string, int> { [source] = 0 };
        var queue = new PriorityQueue<string, int>();
        queue.Enqueue(source, 0);
        var done = new HashSet<string>();
        while (queue.TryDequeue(out var node, out var distance))
        {
            if (!done.Add(node))
            {
                continue;
            }

            foreach (var edge in _edges.GetValueOrDefault(node) ?? [])
            {
                var candidate = distance + edge.Cost;
                if (!distances.TryGetValue(edge.To, out var best) || candidate < best)
                {
                    distances[edge.To] = candidate;
                    queue.Enqueue(edge.To, candidate);
                }
            }
        }

        return distances;
    }
}
