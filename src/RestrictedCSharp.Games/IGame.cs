using System.Text.Json;

namespace RestrictedCSharp.Games;

/// <summary>
/// One game in play, as the match loop sees it: who moves this turn, the argument each mover's bot method
/// gets, how a reply becomes a move, and the step. Turns may be simultaneous (every living player moves)
/// or alternate (one player moves); the loop asks <see cref="IsToMove"/> and calls only those bots.
/// </summary>
public interface IGame
{
    int Players { get; }

    /// <summary>Turns played so far (stepped): the turn being asked for is <c>Turn + 1</c>, as reports and replays number it (docs/TURNS.md).</summary>
    int Turn { get; }

    bool IsOver { get; }

    /// <summary>True while the player is in the game (not lost, not eliminated).</summary>
    bool IsAlive(int player);

    /// <summary>
    /// True when the player's bot is called this turn. A game that is not over steps every turn, movers or
    /// not, so it must end by itself (a turn limit) even if nobody moves.
    /// </summary>
    bool IsToMove(int player);

    /// <summary>The argument of <paramref name="player"/>'s call this turn, as JSON.</summary>
    JsonElement ViewFor(int player);

    /// <summary>Reads a bot's reply; an illegal one comes back with <see cref="ReplyReading.Error"/> set.</summary>
    ReplyReading ReadReply(int player, JsonElement? reply);

    /// <summary>Removes a player before the next step (repeated failures, or a bot that did not load).</summary>
    void Eliminate(int player, string reason);

    /// <summary>
    /// Plays one turn: one entry per player, the <see cref="ReplyReading.Move"/> of each mover whose reply was
    /// legal, null where the player did not move or its turn failed (the game decides what that means).
    /// </summary>
    void Step(IReadOnlyList<object?> moves);

    /// <summary>
    /// Why the player is out by the game's own rules (such as <c>hit the wall</c>), in words; null while it plays,
    /// for a game where nobody dies, and for a player the match eliminated (the match reports those itself).
    /// The match asks after each step and records the answer as an event of the turn just played.
    /// </summary>
    string? DeathOf(int player) => null;

    /// <summary>
    /// What <paramref name="player"/>'s bot is shown this turn, in one short line (where it stands, what is free
    /// around it), for the replay's view of a turn. Deterministic; empty when the game gives none.
    /// </summary>
    string DescribeView(int player) => "";

    /// <summary>A legal move (a <see cref="ReplyReading.Move"/>) in a few words, for the replay's view of a turn.</summary>
    string DescribeMove(int player, object move) => move.ToString() ?? "";

    /// <summary>How it ended (only once <see cref="IsOver"/>).</summary>
    GameOutcome Outcome { get; }

    /// <summary>A short description of the setting for reports, such as <c>32x32</c>.</summary>
    string Describe();

    /// <summary>The game's part of the replay: the board and what happened on it, turn by turn. Deterministic.</summary>
    void WriteReplay(Utf8JsonWriter json);
}

/// <summary>A bot's reply read by the game: a legal move (the game's own type) and the lines the bot logged, or why it is illegal.</summary>
public sealed record ReplyReading(object? Move, IReadOnlyList<string> Log, string? Error)
{
    public static ReplyReading Legal(object move, IReadOnlyList<string> log) => new(move, log, null);

    public static ReplyReading Illegal(string error) => new(null, [], error);
}

/// <summary>How a game ended: the winner (null for a draw), the turns played, and each player's place (1 = best).</summary>
public sealed record GameOutcome(int? Winner, int Turns, IReadOnlyList<int> Placements);
