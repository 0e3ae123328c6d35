namespace RestrictedCSharp.Matches.Results;

/// <summary>
/// One bot's match, all deterministic: its place, the ticks it spent (in all, and the most in one turn),
/// its calls and failed turns by kind, and when it was eliminated, if it was.
/// </summary>
public sealed record BotStats(
    int Player,
    string Name,
    int Placement,
    int Calls,
    long TicksTotal,
    long TicksMaxTurn,
    IReadOnlyDictionary<string, int> FailuresByKind,
    int? EliminatedAtTurn,
    int LogLines)
{
    public int Failures => FailuresByKind.Values.Sum();
}
