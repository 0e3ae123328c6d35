using System.Text.Json;
using System.Text.Json.Serialization;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Matches.Tournaments;

/// <summary>
/// A finished tournament game as one line of the results file: which game it was (index, seats, seed, so a
/// resumed run can tell it is the same game), how it ended, and each seat's failed turns. The seed is written as a
/// decimal string, as in a match result: a JSON reader's double would round it to another game's seed. A number is
/// still read, as files written before were.
/// </summary>
public sealed record GameRecord(
    int Game, int Round, IReadOnlyList<string> Players,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)] ulong Seed,
    string? Winner, int Turns, IReadOnlyList<int> Placements, IReadOnlyList<int> Failures)
{
    public static GameRecord From(ScheduledGame game, MatchResult result) => new(
        game.Index, game.Round, game.Players, game.Seed, result.WinnerName, result.Turns,
        [.. result.Bots.Select(b => b.Placement)], [.. result.Bots.Select(b => b.Failures)]);

    /// <summary>True when this record is of <paramref name="game"/> (same index, seats and seed).</summary>
    public bool IsOf(ScheduledGame game) =>
        Game == game.Index && Seed == game.Seed && Players.SequenceEqual(game.Players, StringComparer.Ordinal);

    /// <summary>The record as one compact JSON line (no newline), members in declaration order.</summary>
    public string ToJsonLine() => MatchesJson.Write(this, MatchesJsonContext.Default.GameRecord, indented: false);

    /// <summary>Reads a line written by <see cref="ToJsonLine"/>; null when it is not one.</summary>
    public static GameRecord? TryParse(string line)
    {
        GameRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(line, MatchesJsonContext.Default.GameRecord);
        }
        catch (JsonException)
        {
            return null;
        }
        // Nullable annotations do not reach into lists: a null seat is checked here, with the seats' agreement.
        if (record is null || record.Players.Count < 2 || record.Players.Any(p => p is null)
            || record.Placements.Count != record.Players.Count || record.Failures.Count != record.Players.Count)
            return null;
        return record;
    }
}
