using System.Collections.Generic;

namespace Samples.Peeking;

public readonly record struct Move(int X, int Y, int Value);

/// <summary>Tries to read the opponent's file and to use an unseeded random: both are refused.</summary>
public sealed class PeekingBot
{
    private readonly System.Random _random = new();

    public Move Choose(IReadOnlyList<Move> moves)
    {
        var notes = System.IO.File.ReadAllText("../opponent/notes.txt");
        return moves[(_random.Next() + notes.Length) % moves.Count];
    }
}
