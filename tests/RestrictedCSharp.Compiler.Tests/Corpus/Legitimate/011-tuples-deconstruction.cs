// Tuple returns, deconstruction of tuples, records and key/value pairs.
using System.Collections.Generic;

namespace Tuples;

public sealed record Move(int Dx, int Dy, string Name);

public sealed class Bot
{
    public (int Best, int Worst) Range(IEnumerable<int> scores)
    {
        var (best, worst) = (int.MinValue, int.MaxValue);
        foreach (var s in scores)
        {
            (best, worst) = (s > best ? s : best, s < worst ? s : worst);
        }

        return (best, worst);
    }

    public string Describe(Move move)
    {
        var (dx, dy, name) = move;
        return $"{name}:{dx},{dy}";
    }

    public int Total(Dictionary<string, int> stock)
    {
        var total = 0;
        foreach (var (_, count) in stock)
        {
            total += count;
        }

        return total;
    }

    public (int Q, int R) Divide(int a, int b) => (a / b, a % b);
}
