using System.Collections.Generic;
using System.Linq;

namespace Samples.Greedy;

/// <summary>A square on the board and what taking it is worth.</summary>
public readonly record struct Move(int X, int Y, int Value);

/// <summary>Takes the most valuable move; breaks ties with the seeded random the game hands out.</summary>
public sealed class GreedyBot(int seed)
{
    private readonly System.Random _random = new(seed);

    /// <summary>The runner constructs bots without arguments; a game would pass its own seed.</summary>
    public GreedyBot()
        : this(seed: 7)
    {
    }

    public Move Choose(IReadOnlyList<Move> moves)
    {
        var best = moves.Max(m => m.Value);
        var candidates = moves.Where(m => m.Value == best).ToList();
        return candidates[_random.Next(candidates.Count)];
    }
}
