using System.Text;
using System.Text.Json;

namespace RestrictedCSharp.Matches.Results;

/// <summary>
/// A match result as JSON: the deterministic record (same bots, seed and budgets give the same bytes),
/// optionally with the replay's turn-by-turn data, and optionally followed by the wall-clock figures, which
/// are the one part that is not deterministic and are never written into a replay.
/// </summary>
public static class MatchJson
{
    /// <summary>The full record a replay is made from (result plus turn-by-turn data), compact.</summary>
    public static string Replay(MatchResult result) => Write(result, includeReplay: true, includeWallClock: false, indented: false);

    /// <summary>The result for a report: no turn-by-turn data; <paramref name="includeWallClock"/> adds a <c>wallClock</c> object last.</summary>
    public static string Summary(MatchResult result, bool includeWallClock) => Write(result, includeReplay: false, includeWallClock, indented: true);

    private static string Write(MatchResult result, bool includeReplay, bool includeWallClock, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            WriteResult(json, result);
            if (includeReplay) WriteReplay(json, result.Replay);
            if (includeWallClock) WriteWallClock(json, result.Timings);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter json, MatchResult result)
    {
        json.WriteString("game", result.Game);
        json.WriteNumber("seed", result.Seed);
        var budgets = result.Budgets;
        json.WriteStartObject("budgets");
        json.WriteNumber("ticksPerTurn", budgets.TicksPerTurn);
        json.WriteNumber("bankCap", budgets.BankCap);
        json.WriteNumber("maxFailures", budgets.MaxFailures);
        json.WriteNumber("timeoutMs", budgets.Bot.TimeoutMs);
        json.WriteNumber("callDepth", budgets.Bot.CallDepth);
        json.WriteNumber("allocatedBytes", budgets.Bot.AllocatedBytes);
        json.WriteNumber("memoryMb", budgets.Bot.MemoryMb);
        json.WriteEndObject();
        if (result.Winner is { } winner) json.WriteNumber("winner", winner);
        else json.WriteNull("winner");
        json.WriteString("winnerName", result.WinnerName);
        json.WriteNumber("turns", result.Turns);

        json.WriteStartArray("bots");
        foreach (var bot in result.Bots)
        {
            json.WriteStartObject();
            json.WriteNumber("player", bot.Player);
            json.WriteString("name", bot.Name);
            json.WriteNumber("placement", bot.Placement);
            json.WriteNumber("calls", bot.Calls);
            json.WriteNumber("ticksTotal", bot.TicksTotal);
            json.WriteNumber("ticksMaxTurn", bot.TicksMaxTurn);
            json.WriteNumber("failures", bot.Failures);
            json.WriteStartObject("failuresByKind");
            foreach (var (kind, count) in bot.FailuresByKind.OrderBy(f => f.Key, StringComparer.Ordinal))
                json.WriteNumber(kind, count);
            json.WriteEndObject();
            if (bot.EliminatedAtTurn is { } turn) json.WriteNumber("eliminatedAtTurn", turn);
            else json.WriteNull("eliminatedAtTurn");
            json.WriteNumber("logLines", bot.LogLines);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var e in result.Events)
        {
            json.WriteStartObject();
            json.WriteNumber("turn", e.Turn);
            json.WriteNumber("player", e.Player);
            json.WriteString("bot", e.Bot);
            json.WriteString("kind", e.Kind);
            json.WriteString("message", e.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteReplay(Utf8JsonWriter json, MatchReplay replay)
    {
        json.WriteStartObject("replay");
        json.WritePropertyName("board");
        json.WriteRawValue(replay.GameJson, skipInputValidation: false);
        json.WriteStartArray("ticksByTurn");
        foreach (var ticks in replay.TicksByTurn)
        {
            json.WriteStartArray();
            foreach (var t in ticks) json.WriteNumberValue(t);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("logs");
        foreach (var lines in replay.Logs)
        {
            json.WriteStartArray();
            foreach (var line in lines)
            {
                json.WriteStartArray();
                json.WriteNumberValue(line.Turn);
                json.WriteStringValue(line.Text);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteWallClock(Utf8JsonWriter json, MatchTimings timings)
    {
        json.WriteStartObject("wallClock");
        json.WriteString("note", "not deterministic; not part of the match record");
        json.WriteNumber("totalMs", Round(timings.TotalMs));
        json.WriteNumber("startMs", Round(timings.StartMs));
        json.WriteNumber("botMs", Round(timings.BotMs));
        json.WriteNumber("hostAndProtocolMs", Round(timings.HostAndProtocolMs));
        json.WriteNumber("engineMs", Round(timings.EngineMs));
        json.WriteNumber("runnerProcesses", timings.RunnerProcesses);
        json.WriteEndObject();
    }

    private static double Round(double ms) => Math.Round(ms, 3, MidpointRounding.AwayFromZero);
}
