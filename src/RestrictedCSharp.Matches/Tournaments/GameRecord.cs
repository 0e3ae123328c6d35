using System.Text;
using System.Text.Json;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Matches.Tournaments;

/// <summary>
/// A finished tournament game as one line of the results file: which game it was (index, seats, seed, so a
/// resumed run can tell it is the same game), how it ended, and each seat's failed turns.
/// </summary>
public sealed record GameRecord(int Game, int Round, IReadOnlyList<string> Players, ulong Seed, string? Winner, int Turns, IReadOnlyList<int> Placements, IReadOnlyList<int> Failures)
{
    public static GameRecord From(ScheduledGame game, MatchResult result) => new(
        game.Index, game.Round, game.Players, game.Seed, result.WinnerName, result.Turns,
        [.. result.Bots.Select(b => b.Placement)], [.. result.Bots.Select(b => b.Failures)]);

    /// <summary>True when this record is of <paramref name="game"/> (same index, seats and seed).</summary>
    public bool IsOf(ScheduledGame game) =>
        Game == game.Index && Seed == game.Seed && Players.SequenceEqual(game.Players, StringComparer.Ordinal);

    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("game", Game);
            json.WriteNumber("round", Round);
            json.WriteStartArray("players");
            foreach (var player in Players) json.WriteStringValue(player);
            json.WriteEndArray();
            json.WriteNumber("seed", Seed);
            json.WriteString("winner", Winner);
            json.WriteNumber("turns", Turns);
            json.WriteStartArray("placements");
            foreach (var placement in Placements) json.WriteNumberValue(placement);
            json.WriteEndArray();
            json.WriteStartArray("failures");
            foreach (var failures in Failures) json.WriteNumberValue(failures);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a line written by <see cref="ToJsonLine"/>; null when it is not one.</summary>
    public static GameRecord? TryParse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var players = root.GetProperty("players").EnumerateArray().Select(p => p.GetString() ?? throw new FormatException()).ToList();
            var placements = root.GetProperty("placements").EnumerateArray().Select(p => p.GetInt32()).ToList();
            var failures = root.GetProperty("failures").EnumerateArray().Select(p => p.GetInt32()).ToList();
            if (players.Count < 2 || placements.Count != players.Count || failures.Count != players.Count) return null;
            var winner = root.GetProperty("winner");
            return new GameRecord(
                root.GetProperty("game").GetInt32(), root.GetProperty("round").GetInt32(), players,
                root.GetProperty("seed").GetUInt64(), winner.ValueKind == JsonValueKind.Null ? null : winner.GetString(),
                root.GetProperty("turns").GetInt32(), placements, failures);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
