// Parses a compact board description with ReadOnlySpan<char> and no allocations.
using System;
using System.Globalization;

namespace Parsing;

public static class BoardText
{
    public static int[] ParseRow(ReadOnlySpan<char> line, int width)
    {
        var cells = new int[width];
        var i = 0;
        while (!line.IsEmpty && i < width)
        {
            var comma = line.IndexOf(',');
            var token = comma < 0 ? line : line[..comma];
            cells[i++] = int.Parse(token.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            line = comma < 0 ? ReadOnlySpan<char>.Empty : line[(comma + 1)..];
        }

        return cells;
    }

    public static int Sum(Span<int> values)
    {
        var total = 0;
        foreach (ref var v in values)
        {
            v = Math.Max(v, 0);
            total += v;
        }

        return total;
    }

    public static bool StartsWithHeader(ReadOnlySpan<char> text) => text.StartsWith("BOARD", StringComparison.Ordinal);
}
