// Pluggable strategies described by an interface with static abstract members.
using System.Collections.Generic;

namespace Strategies;

public interface IStrategy<TSelf> where TSelf : IStrategy<TSelf>
{
    static abstract string Name { get; }

    static abstract TSelf Create(int seed);

    int Choose(IReadOnlyList<int> options);
}

public sealed class Greedy : IStrategy<Greedy>
{
    public static string Name => "greedy";

    public static Greedy Create(int seed) => new();

    public int Choose(IReadOnlyList<int> options)
    {
        var best = 0;
        for (var i = 1; i < options.Count; i++)
        {
            if (options[i] > options[best])
            {
                best = i;
            }
        }

        return best;
    }
}

public sealed class Cautious(int threshold) : IStrategy<Cautious>
{
    public static string Name => "cautious";

    public static Cautious Create(int seed) => new(seed % 10);

    public int Choose(IReadOnlyList<int> options)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] <= threshold)
            {
                return i;
            }
        }

        return 0;
    }
}

public static class Runner
{
    public static (string Name, int Choice) Run<T>(int seed, IReadOnlyList<int> options) where T : IStrategy<T> =>
        (T.Name, T.Create(seed).Choose(options));
}
