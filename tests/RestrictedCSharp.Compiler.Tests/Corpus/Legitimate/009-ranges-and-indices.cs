// History analysis with ranges and indices on arrays, strings and spans.
using System;

namespace History;

public sealed class Bot
{
    public int Act(int[] history, string tag)
    {
        if (history.Length < 4)
        {
            return 0;
        }

        var last = history[^1];
        var recent = history[^3..];
        var middle = history[1..^1];
        var prefix = tag[..2];
        Span<int> window = history.AsSpan()[^2..];
        var range = 1..3;
        var slice = history[range];
        return last + recent.Length + middle.Length + prefix.Length + window[0] + slice.Length;
    }
}
