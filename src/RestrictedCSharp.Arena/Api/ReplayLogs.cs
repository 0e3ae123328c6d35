using System.Text.Json.Nodes;

namespace RestrictedCSharp.Arena.Api;

/// <summary>A bot's turn as its owner sees it: what it was shown, what it answered, the ticks it spent and what it logged.</summary>
/// <param name="Saw">Null when the record did not keep this call (it keeps a bounded share of each bot's calls).</param>
/// <param name="Ticks">Null when the record has no figure for the turn; negative when the bot was not called.</param>
public sealed record TurnLog(int Turn, string? Saw, string? Answered, long? Ticks, IReadOnlyList<string> Logs);

/// <summary>A bot's per-turn logs in one match: its seat and its turns.</summary>
public sealed record BotMatchLogs(long Match, string Bot, int Seat, IReadOnlyList<TurnLog> Turns);

/// <summary>
/// Reads and trims the per-seat parts of a match's replay record (<c>MatchJson.Replay</c>: <c>replay.ticksByTurn</c>,
/// <c>replay.calls</c> and <c>replay.logs</c>, one array per seat). A bot's log lines are its owner's: every view
/// that is not the owner's (or the operator's) is made with <see cref="KeepLogsOf"/>.
/// </summary>
public static class ReplayLogs
{
    /// <summary>The record with the log lines of every seat not in <paramref name="seats"/> removed (their arrays emptied).</summary>
    public static string KeepLogsOf(string replayJson, IReadOnlySet<int> seats)
    {
        var root = JsonNode.Parse(replayJson)!;
        if (root["replay"]?["logs"] is JsonArray logs)
        {
            for (var i = 0; i < logs.Count; i++)
            {
                if (!seats.Contains(i)) logs[i] = new JsonArray();
            }
        }
        return root.ToJsonString();
    }

    /// <summary>The seat's turns, in order: every turn the record has a figure, a call or a log line for.</summary>
    public static IReadOnlyList<TurnLog> TurnsOf(string replayJson, int seat)
    {
        var replay = JsonNode.Parse(replayJson)?["replay"];
        var ticks = Seat(replay?["ticksByTurn"], seat);
        var calls = Seat(replay?["calls"], seat);
        var logs = Seat(replay?["logs"], seat);

        var turns = new SortedDictionary<int, (string? Saw, string? Answered, long? Ticks, List<string> Logs)>();
        (string? Saw, string? Answered, long? Ticks, List<string> Logs) At(int turn) =>
            turns.TryGetValue(turn, out var found) ? found : (null, null, null, []);
        for (var i = 0; i < ticks.Count; i++)
        {
            var entry = At(i + 1);
            turns[i + 1] = entry with { Ticks = ticks[i]?.GetValue<long>() };
        }
        foreach (var call in calls.OfType<JsonArray>())
        {
            if (call.Count < 3) continue;
            var turn = call[0]!.GetValue<int>();
            turns[turn] = At(turn) with { Saw = call[1]?.GetValue<string>(), Answered = call[2]?.GetValue<string>() };
        }
        foreach (var line in logs.OfType<JsonArray>())
        {
            if (line.Count < 2) continue;
            var turn = line[0]!.GetValue<int>();
            var entry = At(turn);
            entry.Logs.Add(line[1]?.GetValue<string>() ?? "");
            turns[turn] = entry;
        }
        return [.. turns.Select(t => new TurnLog(t.Key, t.Value.Saw, t.Value.Answered, t.Value.Ticks, t.Value.Logs))];
    }

    private static JsonArray Seat(JsonNode? perSeat, int seat) =>
        perSeat is JsonArray seats && seat < seats.Count && seats[seat] is JsonArray mine ? mine : [];
}
