// Undo history and a work queue with Stack, Queue and LinkedList.
using System.Collections.Generic;

namespace Planner;

public sealed class Bot
{
    private readonly Stack<string> _undo = new();
    private readonly Queue<string> _work = new();
    private readonly LinkedList<int> _recent = new();

    public void Plan(IEnumerable<string> steps)
    {
        foreach (var step in steps)
        {
            _work.Enqueue(step);
        }
    }

    public string? Step(int score)
    {
        _recent.AddLast(score);
        if (_recent.Count > 5)
        {
            _recent.RemoveFirst();
        }

        if (!_work.TryDequeue(out var step))
        {
            return _undo.TryPop(out var undo) ? "undo " + undo : null;
        }

        _undo.Push(step);
        return step;
    }

    public int Trend()
    {
        var first = _recent.First;
        var last = _recent.Last;
        return first is null || last is null ? 0 : last.Value - first.Value;
    }
}
