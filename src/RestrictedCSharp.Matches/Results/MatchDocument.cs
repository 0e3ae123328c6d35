using System.Text.Json.Serialization;

namespace RestrictedCSharp.Matches.Results;

/// <summary>
/// A match result in the shape of its JSON, members in the order they are written (the order is part of the
/// format: replays are compared byte for byte). Made by <see cref="MatchJson"/>; written by <see cref="MatchesJsonContext"/>.
/// The seed is a decimal string: a 64-bit seed does not fit a JSON reader's double (JavaScript, jq), and a rounded
/// seed reproduces another match.
/// </summary>
internal sealed record MatchDocument(
    string Game,
    string Seed,
    MatchBudgetsDocument Budgets,
    int? Winner,
    string? WinnerName,
    int Turns,
    IReadOnlyList<BotStatsDocument> Bots,
    IReadOnlyList<MatchEvent> Events,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MatchReplayDocument? Replay,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WallClockDocument? WallClock)
{
    public static MatchDocument From(MatchResult result, bool includeReplay, bool includeWallClock) => new(
        result.Game,
        result.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        new MatchBudgetsDocument(
            result.Budgets.TicksPerTurn, result.Budgets.BankCap, result.Budgets.MaxFailures, result.Budgets.Bot.TimeoutMs,
            result.Budgets.Bot.CallDepth, result.Budgets.Bot.AllocatedBytes, result.Budgets.Bot.MemoryMb),
        result.Winner,
        result.WinnerName,
        result.Turns,
        [.. result.Bots.Select(BotStatsDocument.From)],
        result.Events,
        includeReplay ? new MatchReplayDocument(new RawJson(result.Replay.GameJson), result.Replay.TicksByTurn, result.Replay.Logs, result.Replay.Calls) : null,
        includeWallClock ? WallClockDocument.From(result.Timings) : null);
}

internal sealed record MatchBudgetsDocument(
    long TicksPerTurn, long BankCap, int MaxFailures, int TimeoutMs, int CallDepth, long AllocatedBytes, int MemoryMb);

/// <summary>One bot's statistics; its failures by kind in ordinal order of the kind.</summary>
internal sealed record BotStatsDocument(
    int Player, string Name, int Placement, int Calls, long TicksTotal, long TicksMaxTurn, int Failures,
    SortedDictionary<string, int> FailuresByKind, int? EliminatedAtTurn, int LogLines)
{
    public static BotStatsDocument From(BotStats bot) => new(
        bot.Player, bot.Name, bot.Placement, bot.Calls, bot.TicksTotal, bot.TicksMaxTurn, bot.Failures,
        new SortedDictionary<string, int>(bot.FailuresByKind.ToDictionary(), StringComparer.Ordinal), bot.EliminatedAtTurn, bot.LogLines);
}

/// <summary>The replay's turn-by-turn part; <see cref="Board"/> is the game's own JSON, written as it is.</summary>
internal sealed record MatchReplayDocument(
    RawJson Board,
    IReadOnlyList<IReadOnlyList<long>> TicksByTurn,
    IReadOnlyList<IReadOnlyList<LogLine>> Logs,
    IReadOnlyList<IReadOnlyList<TurnCall>> Calls);

/// <summary>Where the wall time went: never in a replay, and marked as not deterministic.</summary>
internal sealed record WallClockDocument(
    string Note, double TotalMs, double StartMs, double BotMs, double HostAndProtocolMs, double EngineMs, int RunnerProcesses)
{
    public static WallClockDocument From(MatchTimings timings) => new(
        "not deterministic; not part of the match record",
        Round(timings.TotalMs), Round(timings.StartMs), Round(timings.BotMs), Round(timings.HostAndProtocolMs), Round(timings.EngineMs),
        timings.RunnerProcesses);

    private static double Round(double ms) => Math.Round(ms, 3, MidpointRounding.AwayFromZero);
}
