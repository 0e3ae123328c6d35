namespace RestrictedCSharp.Matches.Results;

/// <summary>
/// A played match. Everything but <see cref="Timings"/> is deterministic: the same bots, seed and budgets give
/// the same result (as long as no call reaches the wall-clock backstop, which is by nature not deterministic).
/// <see cref="Turns"/> is the number of turns played, counted as everything else a user sees (docs/TURNS.md):
/// the last turn's number, which is also the turn of the last event and of the last elimination.
/// </summary>
public sealed record MatchResult(
    string Game,
    ulong Seed,
    MatchBudgets Budgets,
    int? Winner,
    int Turns,
    IReadOnlyList<BotStats> Bots,
    IReadOnlyList<MatchEvent> Events,
    MatchReplay Replay,
    MatchTimings Timings)
{
    public string? WinnerName => Winner is { } w ? Bots[w].Name : null;
}

/// <summary>The turn-by-turn record a replay shows besides the board: ticks per turn, log lines and calls of each bot.</summary>
/// <param name="GameJson">The game's own part (board size, frames), as JSON.</param>
/// <param name="TicksByTurn">Per bot, the ticks of each turn's call (-1 for a turn it was not called).</param>
/// <param name="Logs">Per bot, the lines it logged, with their turn.</param>
/// <param name="Calls">Per bot, what it saw and answered in each turn it was called (bounded per match, see <see cref="TurnCall"/>).</param>
public sealed record MatchReplay(
    string GameJson, IReadOnlyList<IReadOnlyList<long>> TicksByTurn, IReadOnlyList<IReadOnlyList<LogLine>> Logs, IReadOnlyList<IReadOnlyList<TurnCall>> Calls);

/// <summary>A line a bot logged during <see cref="Turn"/>.</summary>
public sealed record LogLine(int Turn, string Text);
