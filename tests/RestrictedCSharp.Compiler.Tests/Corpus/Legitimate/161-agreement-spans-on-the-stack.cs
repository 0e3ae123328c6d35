// Spans built by collection expressions and params-span arguments, which the compiler keeps on the stack.
using System;
using System.Collections.Immutable;

namespace Spans;

public sealed class Bot
{
    public int Score(int x, int y)
    {
        Span<int> deltas = [x - 1, x, x + 1];
        ReadOnlySpan<int> weights = [3, y, 1];
        ReadOnlySpan<int> constant = [1, 2, 3];
        var total = 0;
        for (var i = 0; i < deltas.Length; i++)
        {
            total += deltas[i] * weights[i] + constant[i];
        }

        return total;
    }

    public string Label(string a, string b, string c) => string.Join("-", a, b, c);

    public int Largest(int a, int b, int c) => Math.Max(a, Math.Max(b, c));

    public ImmutableArray<int> Frozen(int x) => [x, x * 2, x * 3];
}
