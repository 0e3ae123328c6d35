using System.Text.Json;

namespace RestrictedCSharp.Matches.Play;

/// <summary>
/// The game as the match loop sees it: whose turn it is, the argument each bot's <c>Play</c> gets, how a
/// reply becomes a move, and simultaneous steps. Everything game-specific (the view and reply shapes, the
/// engine, the replay frames) lives behind it.
/// </summary>
/// <typeparam name="TMove">One player's move in one turn.</typeparam>
internal interface ITurnGame<TMove> where TMove : struct
{
    int Players { get; }

    /// <summary>Turns played so far.</summary>
    int Turn { get; }

    bool IsOver { get; }

    bool IsAlive(int player);

    /// <summary>The argument of <paramref name="player"/>'s call this turn, as JSON.</summary>
    JsonElement ViewFor(int player);

    /// <summary>Reads a bot's reply; an illegal one comes back with <see cref="ReplyReading{TMove}.Error"/> set.</summary>
    ReplyReading<TMove> ReadReply(JsonElement? reply);

    /// <summary>Removes a player before the next step (repeated failures, or a bot that did not load).</summary>
    void Eliminate(int player, string reason);

    /// <summary>Plays one turn: one entry per player, null where the bot's turn failed (it keeps its course).</summary>
    void Step(IReadOnlyList<TMove?> moves);

    /// <summary>How it ended (only once <see cref="IsOver"/>).</summary>
    GameOutcome Outcome { get; }

    /// <summary>The game's part of the replay: the board and what happened on it, turn by turn.</summary>
    void WriteReplay(Utf8JsonWriter json);
}

/// <summary>A bot's reply read by the game: a legal move and the lines the bot logged, or why it is illegal.</summary>
internal sealed record ReplyReading<TMove>(TMove? Move, IReadOnlyList<string> Log, string? Error) where TMove : struct
{
    public static ReplyReading<TMove> Illegal(string error) => new(null, [], error);
}

/// <summary>How a game ended: the winner (null for a draw), the turns played, and each player's place (1 = best).</summary>
public sealed record GameOutcome(int? Winner, int Turns, IReadOnlyList<int> Placements);
