// Nullable values, null-coalescing and closures over locals.
using System;
using System.Collections.Generic;

namespace Memory;

public sealed class Bot
{
    private readonly Dictionary<string, int> _lastSeen = new();
    private int? _target;
    private string? _note;

    public int Act(int turn, string? enemy, IReadOnlyList<int> candidates)
    {
        if (enemy is { Length: > 0 })
        {
            _lastSeen[enemy] = turn;
        }

        _target ??= candidates.Count > 0 ? candidates[0] : null;
        _note = enemy?.Trim() ?? _note;
        var threshold = turn / 2;
        Func<int, bool> recent = seen => seen >= threshold;
        Comparison<int> byDistance = (a, b) => Math.Abs(a - turn).CompareTo(Math.Abs(b - turn));

        var sorted = new List<int>(candidates);
        sorted.Sort(byDistance);
        var count = 0;
        foreach (var seen in _lastSeen.Values)
        {
            if (recent(seen))
            {
                count++;
            }
        }

        return (_target ?? -1) + count + (sorted.Count > 0 ? sorted[0] : 0) + (_note?.Length ?? 0);
    }
}
